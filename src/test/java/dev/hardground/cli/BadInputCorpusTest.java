package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken input in {@code src/test/resources/bad/} gets a clean, located error: exit 2, the expected first
 * line on stderr, no stack trace, within 5 seconds. Scenario files under {@code bad/scenarios/} are found
 * automatically and each needs a sibling {@code .expected} file (a missing one fails); {@code bad/cases.txt}
 * holds the command lines; a few inputs too big or too odd to commit are generated into a temporary folder.
 */
class BadInputCorpusTest {
    static final Path BAD = Path.of("src/test/resources/bad");
    static final String OK_RULES = BAD.resolve("rules-ok").toString();
    private static Path tmp;

    /** One broken input: the command line, the expected first stderr line, and what the case needs to be meaningful. */
    record Case(String name, List<String> args, String expected, boolean meaningful, String assumption) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void warmUp() {
        // The first Drools build in a JVM pays for class loading; the 5 s budget is for each case, not for that.
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Main.run(sink, sink, "lint", "--rules", OK_RULES);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (tmp != null) {
            try (Stream<Path> walk = Files.walk(tmp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    p.toFile().setReadable(true);
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(BAD.resolve("scenarios"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path expected = Path.of(file.toString().replaceFirst("\\.yaml$", ".expected"));
                String line = Files.exists(expected)
                        ? Files.readString(expected, StandardCharsets.UTF_8).strip()
                        : "(missing " + expected + ")";
                cases.add(new Case("scenarios/" + file.getFileName(), List.of("score", "--rules", OK_RULES,
                        file.toString()), line, true, null));
            }
        }
        for (String raw : Files.readAllLines(BAD.resolve("cases.txt"), StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.indexOf(" => ");
            String command = expand(line.substring(0, arrow).strip());
            cases.add(new Case(command, tokens(command), expand(line.substring(arrow + 4).strip()), true, null));
        }
        cases.addAll(generated());
        return cases.stream();
    }

    /** Inputs made at test time: too large to commit, or depending on file permissions. */
    private static List<Case> generated() throws IOException {
        tmp = Files.createTempDirectory("hardground-bad");
        List<Case> cases = new ArrayList<>();

        Path huge = tmp.resolve("fifty-megabytes.yaml");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50 * 1024; i++) {
                out.write(line);
            }
        }
        cases.add(scoreCase("50 MB file", huge, huge + ":1:1: error: file is 52428800 bytes, over the scenario"
                + " size limit of 5242880 bytes (raise it with --max-file-size BYTES)"));

        // Just under the size limit, one bad byte at the very end: the UTF-8 check must stay linear.
        Path nearLimit = tmp.resolve("near-limit-bad-utf8.yaml");
        try (OutputStream out = Files.newOutputStream(nearLimit)) {
            byte[] line = ("# " + "y".repeat(97) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50_000; i++) {
                out.write(line);
            }
            out.write(new byte[] {'#', ' ', (byte) 0xC3, '(', '\n'});
        }
        cases.add(scoreCase("5 MB file with a bad byte at its end", nearLimit, nearLimit
                + ":50001:3: error: file is not valid UTF-8: byte 0xC3 at offset 5000002"));

        Path manyEvents = tmp.resolve("many-events.yaml");
        StringBuilder text = new StringBuilder(Files.readString(BAD.resolve("scenario-ok.yaml")));
        for (int i = 0; i < 1_000; i++) {
            text.append("  - { id: shock-").append(i).append(", date: 2025-01-01, kind: shock }\n");
        }
        Files.writeString(manyEvents, text);
        cases.add(scoreCase("1001 events", manyEvents, manyEvents
                + ":20:3: error: 1001 events, over the event limit of 1000 (raise it with --max-events N)"));

        Path longLine = tmp.resolve("long-line.yaml");
        Files.writeString(longLine, "id: long\ntitle: " + "t".repeat(1 << 20) + "\n");
        cases.add(scoreCase("a line of a million characters", longLine, longLine + ":2:65537: error: line is 1048583"
                + " characters long, over the line length limit of 65536: break it up (the limit keeps parsing fast and"
                + " cannot be raised)"));

        Path unreadable = Files.copy(BAD.resolve("scenario-ok.yaml"), tmp.resolve("unreadable.yaml"));
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        cases.add(new Case("unreadable scenario (chmod 000)", List.of("score", "--rules", OK_RULES,
                unreadable.toString()), unreadable + ":1:1: error: cannot read: permission denied",
                !Files.isReadable(unreadable), "chmod 000 cannot make a file unreadable to root, and tests run"
                + " as root here; the case runs wherever the tests run as an ordinary user"));

        Path rules = Files.createDirectories(tmp.resolve("rules-unreadable"));
        Path drl = Files.copy(BAD.resolve("rules-ok/ok.drl"), rules.resolve("ok.drl"));
        Files.setPosixFilePermissions(drl, PosixFilePermissions.fromString("---------"));
        cases.add(new Case("unreadable rule file (chmod 000)", List.of("lint", "--rules", rules.toString()),
                drl + ":1:1: error: cannot read rule file: permission denied", !Files.isReadable(drl),
                "chmod 000 cannot make a file unreadable to root, and tests run as root here"));
        cases.addAll(outputTargets());
        return cases;
    }

    /** Report targets that are an input by another name, and special files a batch must not read. */
    private static List<Case> outputTargets() throws IOException {
        List<Case> cases = new ArrayList<>();
        Path dir = Files.createDirectories(tmp.resolve("targets"));
        Path scenario = Files.copy(BAD.resolve("scenario-ok.yaml"), dir.resolve("scenario.yaml"));
        Path symlink = Files.createSymbolicLink(dir.resolve("report.html"), scenario.getFileName());
        cases.add(new Case("report through a symbolic link to its scenario", List.of("report", "--rules", OK_RULES,
                scenario.toString(), "--trials", "10", "--out", symlink.toString()),
                symlink + ":1:1: error: refusing to overwrite an input file with a report", true, null));
        Path hardLink = Files.createLink(dir.resolve("hard.json"), scenario);
        cases.add(new Case("batch --json onto a hard link of its scenario", List.of("batch", "--rules", OK_RULES,
                scenario.toString(), "--json", hardLink.toString()),
                hardLink + ":1:1: error: refusing to overwrite an input file with a report", true, null));
        Path linkedDir = Files.createSymbolicLink(dir.resolve("same-dir"), dir);
        Path viaDir = linkedDir.resolve("scenario.yaml");
        cases.add(new Case("batch --csv onto its scenario through a linked folder", List.of("batch", "--rules",
                OK_RULES, scenario.toString(), "--csv", viaDir.toString()),
                viaDir + ":1:1: error: refusing to overwrite an input file with a report", true, null));
        Path rules = Files.createDirectories(tmp.resolve("rules-linked"));
        Path drl = Files.copy(BAD.resolve("rules-ok/ok.drl"), rules.resolve("ok.drl"));
        Path drlLink = Files.createSymbolicLink(dir.resolve("summary.md"), drl);
        cases.add(new Case("batch --summary through a link to a rule file", List.of("batch", "--rules",
                rules.toString(), scenario.toString(), "--summary", drlLink.toString()),
                drlLink + ":1:1: error: refusing to overwrite a rule file with a report", true, null));

        Path folder = Files.createDirectories(tmp.resolve("special"));
        Files.copy(BAD.resolve("scenario-ok.yaml"), folder.resolve("good.yaml"));
        Path dangling = Files.createSymbolicLink(folder.resolve("dangling.yaml"), folder.resolve("gone.yaml"));
        cases.add(new Case("batch over a folder with a dangling link", List.of("batch", "--rules", OK_RULES,
                folder.toString()), dangling + ":1:1: error: dangling symbolic link: its target does not exist",
                true, null));
        Path loopFolder = Files.createDirectories(tmp.resolve("loop"));
        Files.createSymbolicLink(loopFolder.resolve("a.yaml"), loopFolder.resolve("b.yaml"));
        Files.createSymbolicLink(loopFolder.resolve("b.yaml"), loopFolder.resolve("a.yaml"));
        cases.add(new Case("batch over a folder with a link loop", List.of("batch", "--rules", OK_RULES,
                loopFolder.toString()), loopFolder.resolve("a.yaml") + ":1:1: error: symbolic link loop", true, null));
        Path cycle = Files.createDirectories(tmp.resolve("cycle/inner"));
        Files.copy(BAD.resolve("scenario-ok.yaml"), cycle.resolve("ok.yaml"));
        Path back = Files.createSymbolicLink(cycle.resolve("back"), cycle.getParent());
        cases.add(new Case("batch over a folder holding a link to its parent", List.of("batch", "--rules", OK_RULES,
                cycle.getParent().toString()), back + ":1:1: error: symbolic link loop: it leads back to a folder that"
                + " contains it", true, null));
        Path fifoFolder = Files.createDirectories(tmp.resolve("fifo"));
        Path fifo = fifoFolder.resolve("pipe.yaml");
        boolean made = mkfifo(fifo);
        cases.add(new Case("batch over a folder with a FIFO", List.of("batch", "--rules", OK_RULES,
                fifoFolder.toString()), fifo + ":1:1: error: is a FIFO, device or socket, not a scenario file", made,
                "mkfifo is not available here"));
        cases.add(new Case("batch given a FIFO", List.of("batch", "--rules", OK_RULES, fifo.toString()),
                fifo + ":1:1: error: is a FIFO, device or socket, not a scenario file", made, "mkfifo is not available here"));
        cases.add(new Case("batch given a dangling link", List.of("batch", "--rules", OK_RULES, dangling.toString()),
                dangling + ":1:1: error: dangling symbolic link: its target does not exist", true, null));
        return cases;
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Case scoreCase(String name, Path file, String expected) {
        return new Case(name, List.of("score", "--rules", OK_RULES, file.toString()), expected, true, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithACleanLocatedError(Case c) {
        assumeTrue(c.meaningful(), c.assumption());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> Main.run(new PrintWriter(out), new PrintWriter(err), c.args().toArray(String[]::new)));
        String stderr = err.toString();
        String first = stderr.lines().findFirst().orElse("");
        assertThat(code).as("exit code; stderr:%n%s", stderr).isEqualTo(2);
        assertThat(first).as("first line of stderr:%n%s", stderr).isEqualTo(c.expected());
        assertThat(stderr).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by");
        // The pinned first line may name what a user's rule threw; nothing after it may mention an exception.
        assertThat(stderr.substring(first.length())).as("no exception after the first line").doesNotContain("Exception");
    }

    private static String expand(String text) {
        return text.replace("$BAD", BAD.toString()).replace("$OK", OK_RULES);
    }

    /** Splits a command line on spaces; 'single quotes' keep spaces inside one argument. */
    static List<String> tokens(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char ch : command.toCharArray()) {
            if (ch == '\'') {
                quoted = !quoted;
                any = true;
            } else if (ch == ' ' && !quoted) {
                if (any) {
                    out.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(ch);
                any = true;
            }
        }
        if (any) {
            out.add(current.toString());
        }
        return out;
    }
}
