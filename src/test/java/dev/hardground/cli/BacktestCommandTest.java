package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest} from the command line: the DESIGN JSON shape, and a broken case that loses nothing else. */
class BacktestCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aBrokenCaseIsReportedAndTheOthersAreStillBackTested() throws Exception {
        Files.copy(Path.of("scenarios/history/1987-inf-treaty.yaml"), dir.resolve("inf.yaml"));
        Files.copy(Path.of("scenarios/history/2015-jcpoa.yaml"), dir.resolve("jcpoa.yaml"));
        Files.writeString(dir.resolve("broken.yaml"), "id: [\n");

        Run r = run("backtest", dir.toString(), "--trials", "100", "--format", "json", "--no-cache");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith(dir.resolve("broken.yaml") + ":2:1: error: invalid YAML");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("cases").asInt()).isEqualTo(2);
        for (String key : new String[] {"brier", "logLoss", "baseRate", "brierBaseRate", "skill", "calibration"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("calibration").get(0).has("predicted")).isTrue();
        assertThat(json.get("perCase")).hasSize(2);
    }

    @Test
    void writeWithoutFitIsABadArgument() {
        Run r = run("backtest", "scenarios/history", "--write");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("error: --write goes with --fit");
    }
}
