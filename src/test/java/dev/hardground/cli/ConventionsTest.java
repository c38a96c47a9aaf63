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
    void theCompletionScriptListsEachCommandsOptionsInNameOrderSoEveryJvmWritesTheSameBytes() {
        String script = CliRun.of("completion", "bash").out();
        // picocli would list a mixin's options in the order reflection returns its fields, which the class-data
        // archive changed; every line of value-taking options is sorted by name instead
        java.util.List<String> lines = script.lines().filter(l -> l.contains("local arg_opts=")).toList();
        assertThat(lines).hasSizeGreaterThan(10);
        for (String line : lines) {
            java.util.List<String> names = java.util.Arrays.stream(line.replaceAll(".*arg_opts=\"|\"$", "").split(" "))
                    .filter(n -> n.startsWith("'--")).toList(); // an option's long name: what it is sorted by
            assertThat(names).as(line).isSorted();
        }
        assertThat(script).contains("'--cache-dir' '--format' '--max-aliases' '--max-depth' '--max-events' '--max-file-size'");
        assertThat(CliRun.of("completion", "bash").out()).isEqualTo(script);
    }

    @Test
    void onlyTheInvokedCommandIsBuiltWhileHelpAndAMisspeltNameStillSeeEveryCommand() {
        PrintWriter none = new PrintWriter(new StringWriter());
        var all = HardgroundCommand.commandLine(none, none).getSubcommands().keySet();
        assertThat(HardgroundCommand.commandLine(none, none, "--debug", "score", "x.yaml").getSubcommands())
                .containsOnlyKeys("score");
        assertThat(HardgroundCommand.commandLine(none, none, "help").getSubcommands().keySet()).isEqualTo(all);
        assertThat(HardgroundCommand.commandLine(none, none, "--help").getSubcommands().keySet()).isEqualTo(all);

        CliRun misspelt = CliRun.of("scroe", "scenarios/japan-korea-2023.yaml");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("score");
        assertThat(CliRun.of("help").out() + CliRun.of("help").err()).contains("simulate", "serve", "completion");
    }

    @Test
    void anUnknownShellIsAnArgumentError() {
        CliRun run = CliRun.of("completion", "fish");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains("fish");
    }

    @Test
    void variantAndSetChangeTheScenarioBeingRunOnEveryCommand(@TempDir Path dir) throws Exception {
        String[] common = {"--cache-dir", dir.resolve("cache").toString()};
        String scenario = "scenarios/japan-korea-2023.yaml";
        String[] choice = {"--variant", "us-brokered", "--set", "commitments[jp-firms-contribute].chance=0.9"};
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        double score = mapper.readTree(CliRun.of(concat(new String[] {"score", scenario, "--format", "json"}, choice, common)).out())
                .get("results").get(0).get("score").asDouble();
        CliRun whatIf = CliRun.of(concat(new String[] {"whatif", scenario, "--format", "json", "--trials", "100",
                "--only", "late-in-term", "--try", "agreement.ratified=true"}, choice, common));
        CliRun plain = CliRun.of(concat(new String[] {"score", scenario, "--format", "json"}, common));
        Path html = dir.resolve("r.html");
        CliRun report = CliRun.of(concat(new String[] {"report", scenario, "--out", html.toString(), "--trials", "100",
                "--only", "late-in-term"}, choice, common));

        assertThat(whatIf.exit()).as(whatIf.err()).isZero();
        var json = mapper.readTree(whatIf.out());
        assertThat(json.get("baseline").get("score").asDouble()).as("whatif's baseline is the chosen scenario").isEqualTo(score);
        assertThat(json.get("variants")).extracting(v -> v.get("variant").asText())
                .containsExactly("late-in-term", "agreement.ratified=true");
        assertThat(mapper.readTree(plain.out()).get("results").get(0).get("score").asDouble()).isNotEqualTo(score);
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(Files.readString(html)).contains(String.format(java.util.Locale.ROOT, "%.1f", score));
    }

    @Test
    void withoutRulesHereTheRulesBesideTheLauncherAreUsedAndNamedOnceOnStderr(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String scenario = Path.of("scenarios/japan-korea-2023.yaml").toAbsolutePath().toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "score", scenario, "--cache-dir", dir.resolve("cache").toString()).directory(dir.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).contains("japan-korea-2023").contains("verdict");
        assertThat(err.lines().toList()).containsExactly("hardground: no ./rules here; using the rules beside the launcher: "
                + Path.of("rules").toAbsolutePath());
        CliRun here = CliRun.of("score", scenario, "--cache-dir", dir.resolve("cache").toString());
        assertThat(here.err()).as("./rules exists here: nothing to say").isEmpty();
    }

    @Test
    void scoreLintSimulateAndReportReadFoldersAndGlobsAsBatchDoes(@TempDir Path dir) throws Exception {
        String[] rules = {"--rules", "src/test/resources/bad/rules-ok", "--no-cache"};
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        CliRun score = CliRun.of(concat(new String[] {"score", "scenarios/history/19*.yaml", "--format", "json"}, rules));
        CliRun lint = CliRun.of(concat(new String[] {"lint", "scenarios/history"}, rules));
        CliRun simulate = CliRun.of(concat(new String[] {"simulate", "scenarios/japan-korea-2023.y*ml", "--trials", "50",
                "--format", "json"}, rules));
        CliRun tooMany = CliRun.of(concat(new String[] {"simulate", "scenarios/history"}, rules));
        CliRun nothing = CliRun.of(concat(new String[] {"score", "scenarios/nothing-*.yaml"}, rules));

        long nineteenth;
        try (var files = Files.list(Path.of("scenarios/history"))) {
            nineteenth = files.filter(f -> f.getFileName().toString().startsWith("19")).count();
        }
        assertThat(score.exit()).as(score.err()).isZero();
        assertThat(mapper.readTree(score.out()).get("results")).hasSize((int) nineteenth);
        assertThat(lint.exit()).as(lint.err()).isZero();
        assertThat(lint.out().lines().filter(l -> l.endsWith("variants)")).count()).isGreaterThanOrEqualTo(20);
        assertThat(simulate.exit()).as(simulate.err()).isZero();
        assertThat(mapper.readTree(simulate.out()).get("scenario").asText()).isEqualTo("japan-korea-2023");
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err()).startsWith("scenarios/history:1:1: error: names ").contains("simulate reads one");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("no scenario files match this pattern");
    }

    private static String[] concat(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
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
