package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hardground.analysis.BatchFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults whose answer is not just "exit 2 and a located line" (those are in {@link BadInputCorpusTest}):
 * where output goes, what standard input and output mean, how Errors and --debug are shown, which rows a batch
 * keeps, and what reaches the terminal.
 */
class FaultsTest {
    private static final String OK = BadInputCorpusTest.OK_RULES;
    private static final String SCENARIO = BadInputCorpusTest.BAD.resolve("scenario-ok.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void aReportToDevNullIsWrittenThroughAndTheDeviceStays() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null here");
        CliRun run = CliRun.of("batch", "--rules", OK, SCENARIO, "--json", "/dev/null", "--csv", "/dev/null");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.isRegularFile(devNull)).as("/dev/null is still a device").isFalse();
    }

    @Test
    void aReportToAFifoIsWrittenIntoTheFifo() throws Exception {
        Path fifo = dir.resolve("report.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
        CliRun run = CliRun.of("batch", "--rules", OK, SCENARIO, "--json", fifo.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(reader.get(30, TimeUnit.SECONDS)).has("coverage")).isTrue();
        assertThat(Files.isRegularFile(fifo)).as("still a FIFO").isFalse();
    }

    @Test
    void aDashMeansStandardOutputForReportsAndStandardInputForScenarios() throws Exception {
        CliRun json = CliRun.of("batch", "--rules", OK, SCENARIO, "--json", "-");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"rules\"");

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(SCENARIO))));
            CliRun score = CliRun.of("score", "--rules", OK, "-", "--format", "json");
            assertThat(score.exit()).as(score.err()).isZero();
            assertThat(new ObjectMapper().readTree(score.out()).get("results").get(0).get("scenario").asText()).isEqualTo("corpus");

            System.setIn(new ByteArrayInputStream("id: x\nasOff: 2023-03-07\n".getBytes(StandardCharsets.UTF_8)));
            CliRun bad = CliRun.of("score", "--rules", OK, "-");
            assertThat(bad.exit()).isEqualTo(2);
            assertThat(bad.err()).startsWith("<stdin>:2:1: error: unknown key 'asOff'");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void writingThroughALinkReplacesTheFileItNamesAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(dir.resolve("old.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        CliRun run = CliRun.of("batch", "--rules", OK, SCENARIO, "--json", link.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("\"rules\"");
    }

    @Test
    void outputThatCannotBeWrittenIsAnErrorNotSuccess() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(failing), new PrintWriter(err), "score", "--rules", OK, SCENARIO);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("hardground: error: cannot write to standard output");
    }

    @Test
    void anErrorNoRuleRaisedIsOneLineWithoutTraceUnlessDebug() {
        StringWriter plain = new StringWriter();
        int code = ErrorHandler.fatal(new PrintWriter(plain), new StackOverflowError(), false);
        assertThat(code).isEqualTo(3);
        assertThat(plain.toString().strip()).isEqualTo("hardground: internal error: StackOverflowError: stack overflow"
                + " (rerun with --debug for the stack trace)").doesNotContain("\tat ");

        StringWriter memory = new StringWriter();
        assertThat(ErrorHandler.fatal(new PrintWriter(memory), new OutOfMemoryError("Java heap space"), false))
                .isEqualTo(2);
        assertThat(memory.toString()).startsWith("hardground: error: out of memory (Java heap space)")
                .contains("JAVA_OPTS=-Xmx").hasLineCount(1);

        StringWriter debug = new StringWriter();
        ErrorHandler.fatal(new PrintWriter(debug), new AssertionError("broken"), true);
        assertThat(debug.toString()).contains("AssertionError: broken").contains("\tat ");
    }

    @Test
    void debugShowsTheTraceOnEveryCommandThatReportsAnError() {
        String throwing = BadInputCorpusTest.BAD.resolve("rules-consequence-throws").toString();
        for (String command : new String[] {"score", "simulate", "whatif", "sensitivity"}) {
            String[] args = command.equals("score") ? new String[] {"score", "--rules", throwing, SCENARIO, "--debug"}
                    : new String[] {command, "--rules", throwing, SCENARIO, "--trials", "10", "--debug"};
            CliRun run = CliRun.of(args);
            assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(command).contains("throws.drl:7:1: error: rule 'Divides by zero'").contains("\tat ");
            CliRun quiet = CliRun.of(java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new));
            assertThat(quiet.err()).as(command).doesNotContain("\tat ");
        }
        // A batch keeps going past a failing scenario: its row has no trace, so --debug says where to get it.
        CliRun batch = CliRun.of("batch", "--rules", throwing, SCENARIO, "--debug");
        assertThat(batch.err()).contains("throws.drl:7:1: error:").contains("score FILE --debug");
    }

    @Test
    void aScenarioWhoseSimulationFailsIsAnErrorRowAndTheGoodRowsStay() throws Exception {
        Path rules = BatchFixtures.rules(dir);
        BatchFixtures.write(rules.resolve("dynamics.drl"), """
                package broken;
                import dev.hardground.model.*;
                global Ledger ledger;
                // 0: fails only in a simulation step, after an event occurred.
                rule "Fails when an event occurred"
                    @factor("broken")
                when
                    Occurred()
                then
                    throw new IllegalStateException("only in a simulation");
                end
                """);
        String events = """
                events:
                  - { id: vote, date: 2024-04-10, kind: election, party: A,
                      outcomes: { government-wins: 0.5, opposition-wins: 0.5 } }
                """;
        BatchFixtures.write(dir.resolve("s/a-simulated.yaml"), BatchFixtures.scenario("simulated", true,
                events + "expect: { survival: { min: 0.5 } }\n"));
        BatchFixtures.write(dir.resolve("s/b-scored.yaml"), BatchFixtures.scenario("scored", true,
                events + "expect: { verdict: durable }\n"));
        BatchFixtures.write(dir.resolve("s/c-broken.yaml"), BatchFixtures.BROKEN);
        Path csv = dir.resolve("out.csv");

        CliRun run = CliRun.of("batch", "--rules", rules.toString(), dir.resolve("s").toString(), "--trials", "50",
                "--csv", csv.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("dynamics.drl:5:1: error: rule 'Fails when an event occurred' failed in its"
                + " consequence: IllegalStateException: only in a simulation");
        String rows = Files.readString(csv);
        assertThat(rows).contains("simulated,,").contains("scored,,").contains(",passed,").contains(",error,")
                .contains("c-broken");
        assertThat(rows.lines().filter(l -> l.contains(",error,"))).hasSize(2);
    }

    @Test
    void controlCharactersInScenarioTextNeverReachTheTerminal() throws Exception {
        String text = Files.readString(Path.of(SCENARIO)).replace("source: Missiles",
                "source: \"Deal\\e[2J\\e]0;owned\\a\\rFake\\b\\u009b31m\"");
        Path file = Files.writeString(dir.resolve("control.yaml"), text);

        CliRun run = CliRun.of("score", "--rules", OK, file.toString(), "--explain");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Deal?[2J?]0;owned??Fake??31m");
        assertThat(run.out().chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t')).isEmpty();

        CliRun json = CliRun.of("score", "--rules", OK, file.toString(), "--format", "json");
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertThat(node.get("results").get(0).get("contributions").get(0).get("reason").asText()).as("JSON keeps the text, escaped")
                .startsWith("Deal\u001b[2J");
        assertThat(json.out()).doesNotContain("\u001b");
    }

    @Test
    void aScenarioWithTenThousandSharedThreatsIsScoredNotReportedAsALoop() throws Exception {
        StringBuilder text = new StringBuilder(Files.readString(Path.of(SCENARIO)).replace("threats:\n", "threats:\n"));
        int at = text.indexOf("commitments:");
        StringBuilder threats = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            threats.append("  - { source: Threat ").append(i).append(", sharedBy: [KR, JP] }\n");
        }
        text.insert(at, threats);
        Path file = Files.writeString(dir.resolve("many.yaml"), text);

        CliRun run = CliRun.of("score", "--rules", OK, file.toString(), "--format", "json");

        assertThat(run.err()).doesNotContain("firing limit");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("results").get(0).get("score").asDouble()).isEqualTo(100.0);
    }
}
