package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outside view beside the model's forecast in score and simulate, as text and JSON (DESIGN.md §9). */
class OutsideViewCommandTest {
    @TempDir
    Path dir;

    private Path civilWar() throws Exception {
        Path file = dir.resolve("accord.yaml");
        Files.writeString(file, """
                id: accord
                asOf: 2023-03-07
                agreement: { name: Accord, parties: [G, R], scope: peace-process }
                parties:
                  G: { name: Government, leader: { name: President } }
                  R: { name: Front, kind: armed-group }
                """);
        return file;
    }

    @Test
    void scoreShowsTheReferenceClassBesideTheScore() throws Exception {
        CliRun run = CliRun.of("score", civilWar().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("  outside view  peace-process agreements with an armed group (UCDP PAD 22.1, signed 1975–2009)")
                .contains("59 agreements, 30 ended; 5-year survival 50.8% (95% ")
                .containsPattern("\\n {16}this model: score \\d+\\.\\d, (durable|fragile|at-risk)\\n");
    }

    @Test
    void scoreJsonCarriesTheOutsideView() throws Exception {
        CliRun run = CliRun.of("score", civilWar().toString(), "--format", "json");

        assertThat(run.out()).contains("\"outsideView\" : {\n      \"dataset\" : \"ucdp-pad-22.1\",\n"
                + "      \"referenceClass\" : \"peace-process agreements with an armed group\",\n"
                + "      \"agreements\" : 59,\n      \"collapsed\" : 30,\n      \"years\" : 5,\n"
                + "      \"survival\" : {\n        \"probability\" : 0.5085,");
    }

    @Test
    void simulateSaysPlainlyWhenNoClassFits() {
        CliRun text = CliRun.of("simulate", "scenarios/japan-korea-2023.yaml", "--trials", "200");
        assertThat(text.out()).contains("  outside view  none: an agreement between states has no reference class")
                .containsPattern("this model: \\d+\\.\\d% survival to 2030-12-31");

        CliRun json = CliRun.of("simulate", "scenarios/japan-korea-2023.yaml", "--trials", "200", "--format", "json");
        assertThat(json.out()).contains("\"outsideView\" : {\n    \"dataset\" : \"ucdp-pad-22.1\",\n"
                + "    \"referenceClass\" : null,\n    \"reason\" : \"an agreement between states");
    }
}
