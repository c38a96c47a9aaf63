package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hardground.analysis.BatchFixtures;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class BatchCommandTest {
    @TempDir
    static Path dir;

    static String rules;
    static String cache;

    @BeforeAll
    static void rules() {
        rules = BatchFixtures.rules(dir).toString();
        cache = dir.resolve("cache").toString();
    }

    private static CliRun batch(String... args) {
        List<String> all = new ArrayList<>(List.of("batch", "--rules", rules, "--cache-dir", cache, "--trials", "200"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static String file(Path work, String name, String text) {
        return BatchFixtures.write(work.resolve(name), text).toString();
    }

    @Test
    void exitsZeroWhenEveryExpectationHolds(@TempDir Path work) {
        CliRun run = batch(file(work, "passing.yaml", BatchFixtures.PASSING));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("PASS   passing ").contains("PASS   passing [unratified]")
                .contains("2 scenario-variants: 2 passed, 0 failed, 0 errors")
                .contains("rule coverage: 2 of 3 rules fired; never fired:").contains("fixture.drl:23  Never fires");
    }

    @Test
    void exitsOneWhenAnExpectationFailsAndSaysExpectedAndActual(@TempDir Path work) {
        CliRun run = batch(file(work, "passing.yaml", BatchFixtures.PASSING), file(work, "deal.yaml", BatchFixtures.FAILING));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL   deal").contains("score: expected at least 60, actual 50.0");
    }

    @Test
    void exitsTwoForABrokenFileYetScoresAndReportsTheOthers(@TempDir Path work) throws Exception {
        Path json = work.resolve("out/batch.json");
        CliRun run = batch(file(work, "broken.yaml", BatchFixtures.BROKEN), file(work, "deal.yaml", BatchFixtures.FAILING),
                "--json", json.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("broken.yaml:2:1: error: unknown key 'asOff'").doesNotContain("\tat ");
        assertThat(run.out()).contains("ERROR  broken").contains("FAIL   deal");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("failed").asInt()).isEqualTo(1);
    }

    @Test
    void failOnDeadRulesExitsOneWhenARuleNeverFired(@TempDir Path work) {
        CliRun run = batch(file(work, "passing.yaml", BatchFixtures.PASSING), "--fail-on-dead-rules");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("1 rules never fired");
    }

    @Test
    void theJsonReportHasTheShapeOfTheDesign(@TempDir Path work) throws Exception {
        Path json = work.resolve("batch.json");
        batch(file(work, "treaty.yaml", BatchFixtures.PASSING_WITH_FAILING_VARIANT), file(work, "broken.yaml", BatchFixtures.BROKEN),
                "--json", json.toString());

        JsonNode r = new ObjectMapper().readTree(json.toFile());
        assertThat(fields(r)).startsWith("total", "passed", "failed", "errors", "skipped", "results", "coverage");
        assertThat(List.of(r.get("total").asInt(), r.get("passed").asInt(), r.get("failed").asInt(), r.get("errors").asInt()))
                .containsExactly(3, 1, 1, 1);
        for (JsonNode row : r.get("results")) {
            assertThat(fields(row)).startsWith("scenario", "variant", "file", "line", "status", "messages");
            assertThat(row.get("status").asText()).isIn("passed", "failed", "error");
            assertThat(row.get("messages").isArray()).isTrue();
        }
        JsonNode failed = r.get("results").get(2);
        assertThat(failed.get("variant").asText()).isEqualTo("unratified");
        assertThat(failed.get("messages").get(0).asText()).isEqualTo("verdict: expected durable, actual fragile (score 50.0)");
        JsonNode coverage = r.get("coverage");
        assertThat(coverage.get("rules").asInt()).isEqualTo(3);
        assertThat(coverage.get("fired").asInt()).isEqualTo(2);
        assertThat(coverage.get("neverFired").get(0).get("location").asText()).endsWith("fixture.drl:23");
        assertThat(coverage.get("byRule")).hasSize(3);
        assertThat(r.get("rules").asText()).hasSize(64);
        assertThat(r.has("rulesHash")).as("one key for the rule-set hash in every output").isFalse();
    }

    @Test
    void theJUnitReportIsValidAgainstTheJUnitSchemaWithASuitePerFile(@TempDir Path work) throws Exception {
        Path xml = work.resolve("junit.xml");
        batch(file(work, "a.yaml", BatchFixtures.PASSING_WITH_FAILING_VARIANT), file(work, "b.yaml", BatchFixtures.BROKEN),
                "--junit", xml.toString());

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/junit-10.xsd").toFile())
                .newValidator().validate(new StreamSource(xml.toFile()));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("verdict: expected durable, actual fragile (score 50.0)");
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertThat(error.getTextContent()).contains("b.yaml:2:1: error: unknown key 'asOff'");
    }

    @Test
    void theXsdRejectsAReportThatBreaksTheFormat() throws Exception {
        var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/junit-10.xsd").toFile()).newValidator();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(new StreamSource(new StringReader(
                "<testsuites><testsuite name='x'><testcase name='y'/></testsuite></testsuites>"))))
                .hasMessageContaining("tests");
    }

    @Test
    void theCsvReportHasAHeaderAndOneQuotedRowPerScenarioVariant(@TempDir Path work) throws Exception {
        Path csv = work.resolve("batch.csv");
        batch(file(work, "deal.yaml", BatchFixtures.FAILING), "--csv", csv.toString());

        List<String> lines = Files.readString(csv).lines().toList();
        assertThat(lines.get(0)).isEqualTo("scenario,variant,file,status,score,verdict,survival,survival_low,survival_high,messages,survival_inputs_low,survival_inputs_high");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("deal,,").contains(",failed,50.0,fragile,,,,")
                .endsWith("\"verdict: expected durable, actual fragile (score 50.0); score: expected at least 60, actual 50.0\",,");
    }

    @Test
    void theMarkdownSummaryIsATableWithTotalsAndDeadRules(@TempDir Path work) throws Exception {
        Path md = work.resolve("summary.md");
        batch(file(work, "deal.yaml", BatchFixtures.FAILING), "--summary", md.toString(), "--shard", "1/1");

        String text = Files.readString(md);
        assertThat(text).startsWith("### hardground batch\n")
                .contains("❌ **1** scenario-variants: 0 passed, 1 failed, 0 errors")
                .contains("| status | scenario | variant | score | verdict | survival | file | messages |")
                .contains("| ❌ failed | deal | — | 50.0 | fragile |  |")
                .contains("Rule coverage: 1 of 3 rules fired. Never fired:")
                .containsPattern("- `.*fixture.drl:15` Ratified\n- `.*fixture.drl:23` Never fires\n");
    }

    @Test
    void aReportNeverOverwritesAnInputFile(@TempDir Path work) throws Exception {
        String input = file(work, "deal.yaml", BatchFixtures.FAILING);

        CliRun run = batch(input, "--csv", input);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to overwrite an input file");
        assertThat(Files.readString(Path.of(input))).isEqualTo(BatchFixtures.FAILING);
    }

    @ParameterizedTest
    @CsvSource({"3/2, k must be between 1 and 2", "0/2, k must be between 1 and 2", "a/b, expects k/n", "1/0, n must be at least 1"})
    void badShardSpecsAreALocatedCommandLineErrorWithExitTwo(String spec, String reason) {
        CliRun run = CliRun.of("batch", "x.yaml", "--shard", spec);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(reason).contains(spec);
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(1)).isEqualTo("  batch x.yaml --shard " + spec);
        assertThat(lines.get(2).indexOf('^')).as("the caret points at the culprit").isEqualTo(lines.get(1).lastIndexOf(spec));
    }

    @Test
    void shardsOfTheCommandLineCoverEveryScenarioOnce(@TempDir Path work) throws Exception {
        for (int i = 0; i < 5; i++) {
            file(work, "s" + i + ".yaml", BatchFixtures.scenario("s" + i, i % 2 == 0, ""));
        }
        List<String> seen = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Path json = work.resolve("shard" + k + ".json");
            assertThat(batch(work.toString(), "--shard", k + "/2", "--json", json.toString()).exit()).isZero();
            new ObjectMapper().readTree(json.toFile()).get("results").forEach(r -> seen.add(r.get("scenario").asText()));
        }
        assertThat(seen).containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
