package dev.hardground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start, run as a user would: the commands are read from README.md itself and executed
 * through the real launcher against the packaged jar, the shipped rules/ and scenarios/.
 */
class QuickStartIT {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
        Path out = Files.createTempFile("hg-out", ".txt");
        Path err = Files.createTempFile("hg-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Every {@code ./hardground …} line inside the README's code blocks. */
    private static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            } else if (inCode && line.strip().startsWith("$ ./hardground ")) {
                commands.add(line.strip().substring(2));
            }
        }
        return commands;
    }

    @Test
    void theReadmeQuickStartScoresTheReferenceScenarioWithItsExplanation() throws Exception {
        List<String> commands = readmeCommands();
        assertThat(commands).contains("./hardground score scenarios/japan-korea-2023.yaml --explain");

        Run r = run(List.of("bash", "-c", "./hardground score scenarios/japan-korea-2023.yaml --explain"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("japan-korea-2023").contains("verdict").containsPattern("rules/\\S+\\.drl:\\d+");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void everyReadmeCommandRunsAndExitsAsDocumented() throws Exception {
        for (String command : readmeCommands()) {
            Run r = run(List.of("bash", "-c", command));
            assertThat(r.exit()).as(command + "\n" + r.err()).isZero();
            assertThat(r.err()).as(command).doesNotContain("\tat ");
        }
    }

    @Test
    void theJarReportsBadInputAsALocatedErrorWithExitTwo() throws Exception {
        Run r = run(List.of("java", "-jar", "target/hardground.jar", "score", "no-such-file.yaml"));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("no-such-file.yaml:1:1: error: no such file");
    }
}
