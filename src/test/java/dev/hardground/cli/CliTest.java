package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line in-process: arguments → exit code and what is printed where. */
class CliTest {
    static final String REFERENCE = "scenarios/japan-korea-2023.yaml";
    static final String OK_RULES = "src/test/resources/bad/rules-ok";

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        String both() {
            return out + err;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Splits a table row's arguments; {@code $OK} is a small valid rules directory, quicker to build. */
    static String[] split(String args) {
        return args.isBlank() ? new String[0] : args.strip().replace("$OK", OK_RULES).split("\\s+");
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # arguments                                           | exit | stream | fragment
            --help                                                | 0    | out    | Usage: hardground
            -h                                                    | 0    | out    | Exit codes: 0 success; 1 an expectation failed;
            help score                                            | 0    | out    | --explain
            score --rules $OK --help                                          | 0    | out    | --max-file-size=BYTES
            lint --help                                           | 0    | out    | --max-events=N
            --version                                             | 0    | out    | hardground
            -V                                                    | 0    | out    | Drools 10.2.0
            ''                                                    | 2    | err    | Usage: hardground
            frobnicate                                            | 2    | err    | Unmatched argument at index 0: 'frobnicate'
            scor scenarios/japan-korea-2023.yaml                  | 2    | err    | did you mean: score
            score --explian scenarios/japan-korea-2023.yaml       | 2    | err    | error: Unknown option: '--explian'
            score --rules $OK --explian scenarios/japan-korea-2023.yaml       | 2    | err    | did you mean: --explain?
            score --rules $OK --format xml scenarios/japan-korea-2023.yaml    | 2    | err    | Invalid value for option '--format'
            score                                                 | 2    | err    | Missing required parameter: 'PATH'
            score --rules $OK no-such.yaml                                    | 2    | err    | no-such.yaml:1:1: error: no such file or directory
            score --rules $OK src/test/resources/bad/rules-ok                 | 2    | err    | src/test/resources/bad/rules-ok:1:1: error: no .yaml or .yml scenario files in this directory
            score --rules no-such-dir scenarios/japan-korea-2023.yaml | 2 | err   | no-such-dir:1:1: error: no such rules directory (set one with --rules DIR)
            score --rules pom.xml scenarios/japan-korea-2023.yaml | 2    | err    | pom.xml:1:1: error: not a directory; --rules takes the folder of .drl files
            score --rules src/test/resources/bad/rules-empty scenarios/japan-korea-2023.yaml | 2 | err | src/test/resources/bad/rules-empty:1:1: error: no .drl rule files in this directory
            score --rules src/test/resources/bad/rules-syntax-error scenarios/japan-korea-2023.yaml | 2 | err | src/test/resources/bad/rules-syntax-error/broken.drl:10:1: error:
            score --rules $OK scenarios/japan-korea-2023.yaml --set agreement.nme=X | 2 | err  | error: --set: unknown path 'agreement.nme'; nearest valid paths: agreement.name
            score --rules $OK scenarios/japan-korea-2023.yaml --set agreement.ratified=sure | 2 | err | error: --set: 'agreement.ratified' expects true or false, not 'sure'
            score --rules $OK scenarios/japan-korea-2023.yaml --set nothing   | 2    | err    | error: --set: expected path=value
            score --rules $OK scenarios/japan-korea-2023.yaml --variant nope  | 2    | err    | no variant 'nope' (variants: no-japanese-money, us-brokered, late-in-term)
            score --rules $OK scenarios/japan-korea-2023.yaml --variant us-brokerd | 2 | err    | did you mean 'us-brokered'?
            score --rules $OK scenarios/japan-korea-2023.yaml --max-file-size 1k | 2 | err     | over the scenario size limit of 1024 bytes (raise it with --max-file-size BYTES)
            score --rules $OK scenarios/japan-korea-2023.yaml --max-events 1  | 2    | err    | scenarios/japan-korea-2023.yaml:58:3: error: 2 events, over the event limit of 1 (raise it with --max-events N)
            score --rules $OK scenarios/japan-korea-2023.yaml --max-depth 3   | 2    | err    | scenarios/japan-korea-2023.yaml:19:13: error: nested deeper than 3 levels, the nesting limit (raise it with --max-depth N)
            score --rules $OK scenarios/japan-korea-2023.yaml --max-depth 0   | 2    | err    | --max-depth must be between 1 and 1000, not 0
            score --rules $OK scenarios/japan-korea-2023.yaml --max-events -1 | 2    | err    | --max-events must be at least 0, not -1
            score --rules $OK scenarios/japan-korea-2023.yaml --max-aliases x | 2    | err    | Invalid value for option '--max-aliases': 'x' is not an int
            score --rules $OK scenarios/japan-korea-2023.yaml --max-file-size 0 | 2  | err    | --max-file-size takes a positive number of bytes, such as 5000000 or 20M, not '0'
            score --rules $OK scenarios/japan-korea-2023.yaml --max-depth 4 --max-events 2 --max-file-size 5k --max-aliases 0 | 0 | out | japan-korea-2023
            score --rules $OK scenarios/japan-korea-2023.yaml                 | 0    | out    | japan-korea-2023 — Japan–South Korea settlement
            score scenarios/japan-korea-2023.yaml --variant us-brokered | 0 | out   | japan-korea-2023 [us-brokered]
            score scenarios/japan-korea-2023.yaml --set parties.KR.leader.termEnds=2024-03-06 | 0 | out | [parties.KR.leader.termEnds=2024-03-06]
            lint                                                  | 0    | out    | rules: 
            lint scenarios/japan-korea-2023.yaml                  | 0    | out    | scenarios/japan-korea-2023.yaml: ok (3 variants)
            lint src/test/resources/bad/scenarios/empty.yaml      | 2    | err    | src/test/resources/bad/scenarios/empty.yaml:1:1: error: empty scenario file
            lint --max-events 0 scenarios/japan-korea-2023.yaml   | 2    | err    | over the event limit of 0
            """)
    void argumentsGiveExitCodeAndMessage(String args, int exit, String stream, String fragment) {
        Run run = run(split(args));
        assertThat(run.code()).as("exit code; printed:%n%s", run.both()).isEqualTo(exit);
        assertThat(stream.equals("out") ? run.out() : run.err()).as("%s; printed:%n%s", stream, run.both())
                .contains(fragment);
        assertThat(run.both()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        if (exit != 0 && !args.isBlank()) {
            assertThat(run.err().lines().findFirst().orElse("")).as("first error line")
                    .matches("([^:]+:\\d+:\\d+: )?error: .+");
        }
    }

    @Test
    void scoreAsTextShowsScoreVerdictAndFactors() {
        Run run = run("score", REFERENCE, "--rules", OK_RULES);
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("as of 2023-03-07").containsPattern("score \\d+\\.\\d / 100   verdict [A-Z-]+")
                .contains("strategic-imperative");
    }

    @Test
    void explainListsEveryFiredRuleWithFileAndLine() {
        Run run = run("score", REFERENCE, "--rules", OK_RULES, "--explain");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("fired rules (3), by factor:")
                .contains("Shared threat  src/test/resources/bad/rules-ok/ok.drl:15")
                .contains("China military assertiveness is shared");
    }

    @Test
    void explainWithTheShippedRulesNamesRuleFiles() {
        Run run = run("score", REFERENCE, "--explain");
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("rules/[\\w/-]+\\.drl:\\d+");
    }

    @Test
    void scoreAsJsonHasTheShapeOfDesignSection6() throws IOException {
        Run run = run("score", REFERENCE, "--rules", OK_RULES, "--format", "json", "--variant", "us-brokered");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertThat(iterable(all.fieldNames())).containsExactly("results", "rules");
        assertThat(all.get("results")).hasSize(1);
        JsonNode json = all.get("results").get(0);
        assertThat(iterable(json.fieldNames())).contains("scenario", "variant", "asOf", "score", "verdict", "factors",
                "contributions");
        assertThat(json.get("scenario").asText()).isEqualTo("japan-korea-2023");
        assertThat(json.get("variant").asText()).isEqualTo("us-brokered");
        assertThat(json.get("asOf").asText()).isEqualTo("2023-03-07");
        assertThat(json.get("score").isNumber()).isTrue();
        assertThat(json.get("verdict").asText()).isIn("durable", "fragile", "at-risk");
        assertThat(json.get("factors").get("strategic-imperative").asDouble()).isEqualTo(6.0);
        JsonNode first = json.get("contributions").get(0);
        assertThat(iterable(first.fieldNames())).contains("rule", "file", "line", "factor", "points", "reason");
        assertThat(first.get("file").asText()).isEqualTo(OK_RULES + "/ok.drl");
        assertThat(first.get("line").asInt()).isEqualTo(15);
        assertThat(first.get("points").asDouble()).isEqualTo(2.0);
        assertThat(json.get("score").asDouble()).isEqualTo(56.0);
    }

    @Test
    void scoreOfSeveralFilesAsJsonHasTheSameShapeAsOfOne() throws IOException {
        Run run = run("score", REFERENCE, "src/test/resources/bad/scenario-ok.yaml", "--rules", OK_RULES,
                "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out()).get("results");
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("scenario").asText()).isEqualTo("corpus");
        assertThat(json.get(0).get("variant").isNull()).isTrue();
    }

    @Test
    void oneBrokenFileAmongGoodOnesStillScoresTheGoodOnesAndExitsTwo() {
        Run run = run("score", REFERENCE, "src/test/resources/bad/scenarios/empty.yaml", "--rules", OK_RULES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("japan-korea-2023");
        assertThat(run.err()).startsWith("src/test/resources/bad/scenarios/empty.yaml:1:1: error: empty scenario file");
    }

    @Test
    void limitsCanBeRaised(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("src/test/resources/bad/scenario-ok.yaml")));
        for (int i = 0; i < 1_000; i++) {
            text.append("  - { id: shock-").append(i).append(", date: 2025-01-01, kind: shock }\n");
        }
        String comment = "# " + "x".repeat(97) + "\n";
        text.append(comment.repeat(6 * 1024 * 1024 / comment.length()));
        Path file = Files.writeString(dir.resolve("big.yaml"), text);
        String name = file.toString();

        assertThat(run("lint", "--rules", OK_RULES, name).err()).contains("over the scenario size limit");
        assertThat(run("lint", "--rules", OK_RULES, name, "--max-file-size", "7M").err())
                .contains("1001 events, over the event limit of 1000");
        Run raised = run("lint", "--rules", OK_RULES, name, "--max-file-size", "7M", "--max-events", "1001");
        assertThat(raised.code()).as(raised.err()).isZero();
        assertThat(run("score", "--rules", OK_RULES, name, "--max-file-size", "7M", "--max-events", "5000").code())
                .isZero();
    }

    @Test
    void aliasLimitCanBeLoweredAndRaised(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("aliases.yaml"), """
                id: aliased
                asOf: 2024-01-01
                agreement: { parties: &both [A, B] }
                parties:
                  A: { leader: { name: Ann } }
                  B: { leader: { name: Bo } }
                threats:
                  - { source: one, sharedBy: *both }
                  - { source: two, sharedBy: *both }
                """);
        assertThat(run("lint", "--rules", OK_RULES, file.toString(), "--max-aliases", "1").err())
                .isEqualTo(file + ":9:30: error: invalid YAML: more than 1 aliases, the alias limit that stops alias"
                        + " bombs (raise it with --max-aliases N)\n"
                        + "    - { source: two, sharedBy: *both }\n"
                        + "                               ^\n");
        assertThat(run("lint", "--rules", OK_RULES, file.toString(), "--max-aliases", "2").code()).isZero();
    }

    @Test
    void aFileTheSystemCannotReadIsAnInputError() {
        // chmod 000 does not stop root, so this uses a file that no one can read from the start.
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem), "needs Linux /proc");
        Run run = run("score", "--rules", OK_RULES, mem.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("/proc/self/mem:1:1: error: cannot read: ");
    }

    @Test
    void debugShowsTheStackTraceThatIsOtherwiseHidden() {
        Run quiet = run("score", "--rules", OK_RULES, "no-such.yaml");
        Run debug = run("score", "--rules", OK_RULES, "no-such.yaml", "--debug");
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(debug.code()).isEqualTo(2);
        assertThat(debug.err()).startsWith("no-such.yaml:1:1: error: no such file");
    }

    @Test
    void anInternalErrorIsOneLineWithoutDebugAndATraceWithIt() {
        ErrorHandler handler = new ErrorHandler();
        StringWriter err = new StringWriter();
        var cl = HardgroundCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        var parsed = cl.parseArgs("lint");
        int code = handler.handleExecutionException(new IllegalStateException("boom"), cl, parsed);
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("hardground: internal error: java.lang.IllegalStateException: boom"
                + " (rerun with --debug for the stack trace)\n");

        StringWriter debugErr = new StringWriter();
        var debugCl = HardgroundCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(debugErr));
        int debugCode = handler.handleExecutionException(new IllegalStateException("boom"), debugCl,
                debugCl.parseArgs("--debug", "lint"));
        assertThat(debugCode).isEqualTo(3);
        assertThat(debugErr.toString()).contains("\tat ");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
