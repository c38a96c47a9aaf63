package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of a ranged scenario keeps survival's two intervals apart in every output, as simulate does. */
class BatchRangedInputsTest {

    @Test
    void rangedRowsCarrySurvivalInputsApartFromTheMonteCarloIntervalInJsonMarkdownJUnitAndAMerge(@TempDir Path work)
            throws Exception {
        Path json = work.resolve("batch.json");
        Path summary = work.resolve("summary.md");
        Path junit = work.resolve("junit.xml");
        Path csv = work.resolve("batch.csv");
        CliRun run = CliRun.of("batch", "bench/ranged-10.yaml", "scenarios/japan-korea-2023.yaml", "--trials", "400",
                "--cache-dir", work.resolve("cache").toString(), "--json", json.toString(), "--summary",
                summary.toString(), "--junit", junit.toString(), "--csv",
                csv.toString());

        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        JsonNode rows = new ObjectMapper().readTree(json.toFile()).get("results");
        JsonNode ranged = row(rows, "bench/ranged-10.yaml");
        JsonNode point = row(rows, "scenarios/japan-korea-2023.yaml");
        JsonNode inputs = ranged.get("survival").get("inputs");
        assertThat(inputs).as("survival.inputs of the ranged base row").isNotNull();
        assertThat(inputs.get("low").asDouble()).isBetween(0.0, inputs.get("high").asDouble());
        assertThat(inputs.get("high").asDouble()).isLessThanOrEqualTo(1.0);
        assertThat(inputs.get("draws").asInt()).isPositive();
        assertThat(ranged.get("survival").get("probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(point.get("survival").has("inputs")).as("a point scenario has no input spread").isFalse();

        String md = Files.readString(summary);
        assertThat(md).containsPattern("\\| \\d\\.\\d{3} \\(inputs \\d\\.\\d{3}–\\d\\.\\d{3}\\) \\|")
                .contains("\"inputs\" is the 90% spread of survival over the draws of the ranged inputs, apart from"
                        + " Monte Carlo error");
        assertThat(Files.readString(junit)).containsPattern("\\(95% interval \\d\\.\\d{4}–\\d\\.\\d{4}, Monte Carlo error\\),"
                + " over the ranged inputs \\d\\.\\d{4}–\\d\\.\\d{4} \\(90% of \\d+ input draws\\)");

        assertThat(Files.readString(csv).lines().filter(l -> l.startsWith("japan-korea-2023,,bench/ranged-10.yaml,")).findFirst().orElseThrow())
                .as("the ranged base row ends with its input spread").matches(".*,0\\.\\d{4},0\\.\\d{4}");

        Path merged = work.resolve("merged.json");
        CliRun merge = CliRun.of("batch", "--merge", json.toString(), "--json", merged.toString());
        assertThat(merge.exit()).as(merge.err()).isEqualTo(run.exit());
        assertThat(row(new ObjectMapper().readTree(merged.toFile()).get("results"), "bench/ranged-10.yaml")
                .get("survival").get("inputs")).as("kept through --merge").isEqualTo(inputs);
    }

    @Test
    void whatIfCsvAndTheReportsTablesGiveTheInputsSpreadOfSurvivalAndOfEachDeltaBesideTheMonteCarloInterval(
            @TempDir Path work) throws Exception {
        CliRun csv = CliRun.of("whatif", "bench/ranged-10.yaml", "--trials", "400", "--only", "no-japanese-money",
                "--cache-dir", work.resolve("cache").toString(), "--format", "csv");
        Path html = work.resolve("report.html");
        CliRun report = CliRun.of("report", "bench/ranged-10.yaml", "--trials", "400", "--only", "no-japanese-money",
                "--cache-dir", work.resolve("cache").toString(), "--out", html.toString());

        assertThat(csv.exit()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).endsWith(",survival_inputs_low,survival_inputs_high,delta_survival_inputs_low,"
                + "delta_survival_inputs_high");
        assertThat(lines.get(1)).as("the baseline: its own spread, no delta").matches("baseline,.*,0\\.\\d{4},0\\.\\d{4},,");
        assertThat(lines.get(2)).matches("no-japanese-money,.*,0\\.\\d{4},0\\.\\d{4},-?0\\.\\d{4},-?0\\.\\d{4}");
        assertThat(report.exit()).as(report.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<th class=\"num\">95%</th><th class=\"num\">inputs (90%)</th>")
                .contains("The 95% interval is Monte Carlo error alone")
                .containsPattern("\\d+\\.\\d–\\d+\\.\\d% · inputs \\d+\\.\\d–\\d+\\.\\d%")
                .containsPattern("[+-]\\d+\\.\\d to [+-]\\d+\\.\\d · inputs [+-]\\d+\\.\\d to [+-]\\d+\\.\\d")
                .contains("the 90% spread over the draws of the ranged inputs");
    }

    private static JsonNode row(JsonNode rows, String file) {
        for (JsonNode r : rows) {
            if (r.get("file").asText().equals(file) && r.get("variant").isNull()) {
                return r;
            }
        }
        throw new AssertionError("no base row for " + file + " in " + rows);
    }
}
