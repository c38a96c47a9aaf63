package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hardground.analysis.BatchFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What CI reads from a batch: JUnit counts that match the summary, and shards that merge into the unsharded run. */
class BatchContractTest {
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

    /** Five files: passing, failing, one without expectations, one broken, one with a failing variant. */
    private static Path corpus(Path work) {
        Path s = work.resolve("scenarios");
        BatchFixtures.write(s.resolve("a-passing.yaml"), BatchFixtures.PASSING);
        BatchFixtures.write(s.resolve("b-deal.yaml"), BatchFixtures.FAILING);
        BatchFixtures.write(s.resolve("c-open.yaml"), BatchFixtures.scenario("open", true, ""));
        BatchFixtures.write(s.resolve("d-broken.yaml"), BatchFixtures.BROKEN);
        BatchFixtures.write(s.resolve("e-treaty.yaml"), BatchFixtures.PASSING_WITH_FAILING_VARIANT);
        return s;
    }

    @Test
    void theJUnitCountsEqualTheBatchSummaryWithSkipsCountedAsSkips(@TempDir Path work) throws Exception {
        Path xml = work.resolve("junit.xml");
        CliRun run = batch(corpus(work).toString(), "--junit", xml.toString());

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/junit-10.xsd").toFile())
                .newValidator().validate(new StreamSource(xml.toFile()));
        Matcher summary = Pattern.compile("(\\d+) scenario-variants: (\\d+) passed, (\\d+) failed, (\\d+) errors, (\\d+) skipped")
                .matcher(run.out());
        assertThat(summary.find()).as(run.out()).isTrue();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suites = doc.getDocumentElement();
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(Integer.parseInt(summary.group(1))).isEqualTo(7);
        assertThat(suites.getAttribute("tests")).isEqualTo(summary.group(1));
        assertThat(suites.getAttribute("failures")).isEqualTo(summary.group(3)).isEqualTo("2");
        assertThat(suites.getAttribute("errors")).isEqualTo(summary.group(4)).isEqualTo("1");
        assertThat(suites.getAttribute("skipped")).isEqualTo(summary.group(5)).isEqualTo("1");
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        int passed = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            passed += ((Element) cases.item(i)).getElementsByTagName("*").getLength()
                    == ((Element) cases.item(i)).getElementsByTagName("system-out").getLength() ? 1 : 0;
        }
        assertThat(passed).isEqualTo(Integer.parseInt(summary.group(2)));
    }

    @Test
    void eachTestCaseNamesItsExpectLineAndCarriesItsFiguresAndARealTime(@TempDir Path work) throws Exception {
        Path xml = work.resolve("junit.xml");
        batch(corpus(work).toString(), "--junit", xml.toString());

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element open = testcase(doc, "open");
        assertThat(((Element) open.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .contains("no expectations");
        Element deal = testcase(doc, "deal");
        assertThat(deal.getAttribute("file")).endsWith("b-deal.yaml");
        assertThat(deal.getAttribute("line")).isEqualTo("8"); // the fixture's header is 7 lines, then expect:
        assertThat(deal.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("score 50.0, verdict fragile");
        Element treaty = testcase(doc, "treaty");
        assertThat(treaty.getElementsByTagName("system-out").item(0).getTextContent())
                .matches("score 70\\.0, verdict durable, survival 1\\.0000 \\(95% interval 0\\.\\d{4}–1\\.0000, Monte Carlo error\\)");
        double total = 0;
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            total += Double.parseDouble(((Element) cases.item(i)).getAttribute("time"));
        }
        assertThat(total).as("times are measured, not zero").isPositive();
    }

    @Test
    void shardsMergedEqualTheUnshardedRunExceptForTimes(@TempDir Path work) throws Exception {
        Path scenarios = corpus(work);
        Path whole = work.resolve("whole.json");
        Path one = work.resolve("one.json");
        Path two = work.resolve("two.json");
        Path merged = work.resolve("merged.json");
        Path mergedXml = work.resolve("merged.xml");
        Path wholeXml = work.resolve("whole.xml");
        CliRun unsharded = batch(scenarios.toString(), "missing-dir", "--json", whole.toString(), "--junit", wholeXml.toString());
        batch(scenarios.toString(), "missing-dir", "--shard", "1/2", "--json", one.toString());
        batch(scenarios.toString(), "missing-dir", "--shard", "2/2", "--json", two.toString());

        CliRun merge = batch("--merge", two.toString(), one.toString(), "--json", merged.toString(), "--junit", mergedXml.toString());

        assertThat(merge.exit()).as(merge.err()).isEqualTo(unsharded.exit()).isEqualTo(2);
        assertThat(withoutTimes(Files.readString(merged))).isEqualTo(withoutTimes(Files.readString(whole)));
        assertThat(Files.readString(mergedXml).replaceAll("time=\"[0-9.]+\"", ""))
                .isEqualTo(Files.readString(wholeXml).replaceAll("time=\"[0-9.]+\"", ""));
        assertThat(merge.out()).isEqualTo(unsharded.out());
        JsonNode shard1 = new ObjectMapper().readTree(one.toFile());
        JsonNode all = new ObjectMapper().readTree(merged.toFile());
        assertThat(all.get("coverage").get("fired").asInt()).as("coverage judged over all shards")
                .isGreaterThanOrEqualTo(shard1.get("coverage").get("fired").asInt());
    }

    @Test
    void shardsOfDifferentRuleSetsOrAMissingShardAreRefusedWithALocatedError(@TempDir Path work) throws Exception {
        Path scenarios = corpus(work);
        Path one = work.resolve("one.json");
        Path two = work.resolve("two.json");
        batch(scenarios.toString(), "--shard", "1/2", "--json", one.toString());
        batch(scenarios.toString(), "--shard", "2/2", "--json", two.toString());
        ObjectNode other = (ObjectNode) new ObjectMapper().readTree(two.toFile());
        other.put("rules", "0".repeat(64));
        Path foreign = work.resolve("foreign.json");
        Files.writeString(foreign, other.toPrettyString());

        CliRun mixed = batch("--merge", one.toString(), foreign.toString());
        CliRun partial = batch("--merge", one.toString());
        CliRun garbage = batch("--merge", Files.writeString(work.resolve("x.json"), "{ \"total\": ").toString());

        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).startsWith(foreign + ":1:1: error: judged under rules 000000000000, but ")
                .contains("only shards of one rule set can be merged").doesNotContain("\tat ");
        assertThat(partial.exit()).isEqualTo(2);
        assertThat(partial.err()).contains("shard 2/2 missing");
        assertThat(garbage.exit()).isEqualTo(2);
        assertThat(garbage.err()).contains("x.json:1:").contains("error: not JSON");
    }

    private static Element testcase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
                return (Element) cases.item(i);
            }
        }
        throw new AssertionError("no testcase " + name);
    }

    private static String withoutTimes(String json) {
        return json.replaceAll("\"time\" : [0-9.E-]+", "\"time\" : 0");
    }
}
