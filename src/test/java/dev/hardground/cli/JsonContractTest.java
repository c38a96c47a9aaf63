package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The machine contract: every JSON output names the rule-set hash as {@code rules}; CSV where the output is a table. */
class JsonContractTest {
    static final String RULES = "src/test/resources/bad/rules-ok";
    static final String SCENARIO = "src/test/resources/bad/scenario-ok.yaml";

    @TempDir
    static Path dir;
    static String hash;

    @BeforeAll
    static void history() throws Exception {
        Files.copy(Path.of("scenarios/history/1987-inf-treaty.yaml"), dir.resolve("inf.yaml"));
        Files.copy(Path.of("scenarios/history/2015-jcpoa.yaml"), dir.resolve("jcpoa.yaml"));
        hash = json("score " + SCENARIO).get("rules").asText();
        assertThat(hash).matches("[0-9a-f]{64}");
    }

    private static CliRun run(String args) {
        List<String> all = new ArrayList<>(List.of(args.replace("$HISTORY", dir.toString()).split(" ")));
        all.addAll(List.of("--rules", RULES, "--no-cache"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static JsonNode json(String args) throws Exception {
        CliRun run = run(args + " --format json");
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "score " + SCENARIO,
            "simulate " + SCENARIO + " --trials 200",
            "whatif " + SCENARIO + " --trials 200 --try commitments[pay].chance=0.1",
            "sensitivity " + SCENARIO + " --trials 100",
            "sensitivity " + SCENARIO + " --trials 100 --sweep commitments[pay].chance=0:1:0.5",
            "sensitivity " + SCENARIO + " --trials 50 --break-even",
            "backtest $HISTORY --trials 50",
            "backtest $HISTORY --trials 50 --fit",
            "diff --against " + RULES + " " + SCENARIO})
    void everyJsonOutputNamesTheRuleSetHashAsRules(String args) throws Exception {
        JsonNode json = json(args);

        assertThat(json.get("rules").asText()).isEqualTo(hash);
        assertThat(json.has("rulesHash")).isFalse();
    }

    @Test
    void simulateGivesEachYearItsOwnWilsonInterval() throws Exception {
        JsonNode years = json("simulate " + SCENARIO + " --trials 400").get("byYear");

        assertThat(years).isNotEmpty();
        for (JsonNode y : years) {
            double p = y.get("survival").asDouble();
            assertThat(y.get("low").asDouble()).isLessThanOrEqualTo(p);
            assertThat(y.get("high").asDouble()).isGreaterThanOrEqualTo(p);
            if (p > 0 && p < 1) {
                assertThat(y.get("high").asDouble() - y.get("low").asDouble()).as("400 trials leave a visible band")
                        .isBetween(0.01, 0.2);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "whatif " + SCENARIO + " --trials 200 --try commitments[pay].chance=0.1|variant,score,verdict,survival,survival_low,survival_high,delta_score,delta_survival,delta_survival_low,delta_survival_high,survival_inputs_low,survival_inputs_high,delta_survival_inputs_low,delta_survival_inputs_high|2",
            "sensitivity " + SCENARIO + " --trials 100|path,low,high,survival_low,survival_high|",
            "sensitivity " + SCENARIO + " --trials 100 --sweep commitments[pay].chance=0:1:0.5|path,value,score,verdict,survival,survival_low,survival_high|3",
            "sensitivity " + SCENARIO + " --trials 50 --break-even|path,value,verdict_flip,flipped_to,survival_crossing|",
            "backtest $HISTORY --trials 50|case,file,outcome,predicted,brier|2",
            "backtest $HISTORY --trials 50 --fit|case,file,outcome,predicted,brier,predicted_loo,brier_loo|2"})
    void tabularOutputsComeAsCsvWithAHeader(String spec) {
        String[] parts = spec.split("\\|", -1);
        CliRun run = run(parts[0] + " --format csv");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(parts[1]);
        int columns = parts[1].split(",").length;
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(l -> assertThat(fields(l)).hasSize(columns));
        if (!parts[2].isEmpty()) {
            assertThat(lines).hasSize(1 + Integer.parseInt(parts[2]));
        }
        assertThat(run.out()).contains("\r\n");
    }

    /** The fields of one RFC 4180 line without line breaks in fields: commas inside quotes do not split. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    @Test
    void csvIsRefusedWhereTheOutputIsNotOneTable() {
        CliRun run = run("score " + SCENARIO + " --format csv");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--format").contains("expected text or json, not 'csv'");
    }
}
