package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario without ranges gives exactly the numbers and JSON it gave before ranges existed: the golden files
 * were written by hardground 0.1 (before DESIGN.md §10) from a copy of the reference scenario and the corpus'
 * minimal rules, which nobody tunes. Fields added since (each year's interval) are set aside before comparing.
 */
class PointScenarioGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @ValueSource(strings = {"simulate", "whatif"})
    void aPointScenarioGivesTodaysJsonByteForByte(String command) throws Exception {
        CliRun run = CliRun.of(command, GOLDEN.resolve("point-scenario.yaml").toString(), "--rules",
                BadInputCorpusTest.OK_RULES, "--trials", "2000", "--format", "json", "--no-cache");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(withoutLaterFields(run.out()))
                .isEqualTo(Files.readString(GOLDEN.resolve("point-" + command + ".json")));
    }

    /** Drops what 0.2 added beside 0.1's figures (each year's Wilson interval), leaving 0.1's text to compare. */
    private static String withoutLaterFields(String json) {
        return json.replaceAll("(\"survival\" : [0-9.]+),\\n\\s*\"low\" : [0-9.]+,\\n\\s*\"high\" : [0-9.]+", "$1");
    }
}
