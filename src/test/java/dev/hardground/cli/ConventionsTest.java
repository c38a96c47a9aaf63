package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Command-line conventions: completion, help without warnings, a bare command, one meaning per option. */
class ConventionsTest {
    static Stream<String> commands() {
        return HardgroundCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsWithoutAWordOnStderr(String command) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun run;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run = command.equals("help") ? CliRun.of("help", "score") : CliRun.of(command, "--help");
        } finally {
            System.setErr(original);
        }
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: hardground ");
        assertThat(run.err() + captured.toString(StandardCharsets.UTF_8)).as("picocli warnings or errors").isEmpty();
    }

    @Test
    void aBareHardgroundPrintsItsUsageOnStderrAndExitsTwoAsGitDoes() {
        CliRun run = CliRun.of();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("Usage: hardground").contains("score").contains("completion");
    }

    @Test
    void theBashCompletionScriptLoadsInBashAndCompletesCommandsAndFormats(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed here");
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exit()).as(run.err()).isZero();
        Path script = Files.writeString(dir.resolve("hardground.bash"), run.out());

        String loaded = bash("source " + script + " && complete -p hardground");
        String commands = bash("source " + script + " && COMP_WORDS=(hardground sim) COMP_CWORD=1 && _complete_hardground"
                + " 2>/dev/null; echo \"${COMPREPLY[@]}\"");
        String formats = bash("source " + script + " && COMP_WORDS=(hardground whatif --format '') COMP_CWORD=3"
                + " && _complete_hardground 2>/dev/null; echo \"${COMPREPLY[@]}\"");

        assertThat(loaded).contains("complete").contains("hardground");
        assertThat(commands.strip()).isEqualTo("simulate");
        assertThat(formats.strip()).isEqualTo("text json csv");
        assertThat(CliRun.of("completion", "zsh").out()).as("the same script serves zsh through bashcompinit")
                .contains("ZSH_VERSION").contains("bashcompinit");
    }

    @Test
    void anUnknownShellIsAnArgumentError() {
        CliRun run = CliRun.of("completion", "fish");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains("fish");
    }

    private static String bash(String script) throws Exception {
        Process p = new ProcessBuilder("/bin/bash", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
