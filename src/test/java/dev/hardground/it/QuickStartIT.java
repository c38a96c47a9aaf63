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

    /** The text block between the README's quickstart-output markers, as {@code docs/regenerate.sh} writes it. */
    private static List<String> readmeOutput() throws IOException {
        List<String> block = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("<!-- quickstart-output:begin")) {
                inside = true;
            } else if (line.startsWith("<!-- quickstart-output:end")) {
                inside = false;
            } else if (inside && !line.startsWith("```")) {
                block.add(line);
            }
        }
        return block;
    }

    @Test
    void theReadmeShowsWhatTheCurrentJarPrints() throws Exception {
        List<String> shown = readmeOutput();
        assertThat(shown).as("README.md's quick-start output block (regenerate it: bash docs/regenerate.sh)")
                .hasSizeGreaterThan(10);

        Run r = run(List.of("bash", "-c", "./hardground score scenarios/japan-korea-2023.yaml --explain"));

        // Every line shown, in order, is a line of the real output; only the one "…" stands for lines left out.
        List<String> actual = r.out().strip().lines().toList();
        int at = 0;
        for (String line : shown) {
            if (line.strip().equals("…")) {
                continue;
            }
            int found = actual.subList(at, actual.size()).indexOf(line);
            assertThat(found).as("README line not printed by the current jar (bash docs/regenerate.sh):%n%s%n"
                    + "actual output:%n%s", line, r.out()).isNotNegative();
            at += found + 1;
        }
        assertThat(shown.get(0)).isEqualTo(actual.get(0));
        assertThat(shown.get(shown.size() - 1)).isEqualTo(actual.get(actual.size() - 1));
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
    void afterTheCheckoutMovesTheLauncherStillPrintsOnlyJsonOnStdout(@org.junit.jupiter.api.io.TempDir Path moved)
            throws Exception {
        // A first run in place makes the class-data archive for this checkout's jar.
        Run here = run(List.of("bash", "-c", "./hardground score scenarios/japan-korea-2023.yaml --format json"));
        assertThat(here.exit()).as(here.err()).isZero();
        for (String part : List.of("hardground", "pom.xml", "rules", "scenarios", "target/hardground.jar",
                "target/hardground.jsa", "target/hardground.jsa.path")) {
            copy(Path.of(part), moved.resolve(part));
        }
        Run there = runIn(moved, List.of("bash", "-c", "./hardground score scenarios/japan-korea-2023.yaml --format json"));

        assertThat(there.exit()).as(there.err()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(there.out()).get("results").get(0).get("scenario").asText())
                .as("stdout is JSON and nothing else:%n%s", there.out()).isEqualTo("japan-korea-2023");
        assertThat(Files.readString(moved.resolve("target/hardground.jsa.path")))
                .as("the archive was remade for the moved jar").isEqualTo(moved.resolve("target/hardground.jar").toString());
    }

    /**
     * The launcher's compiler and collector, by command (docs/performance.md): C1 alone for short runs, C2 for
     * {@code serve} and for a {@code sensitivity --global} of at least 4,000 simulated trials per input setting (samples ×
     * point trials); the serial collector but for {@code serve}, which gets the parallel one.
     * A missing scenario makes each run end at once, after the JVM has printed the flags it was started with.
     */
    @Test
    void theLauncherGivesC2OnlyToTheLongCommandsAndTheParallelCollectorToTheServer() throws Exception {
        String c1 = "-XX:TieredStopAtLevel=1";
        java.util.Map<String, Boolean> shortRun = new java.util.LinkedHashMap<>();
        shortRun.put("simulate missing.yaml --trials 100000", true);
        shortRun.put("sensitivity missing.yaml", true);
        shortRun.put("sensitivity missing.yaml --global --samples 100", true);
        shortRun.put("sensitivity missing.yaml --global --samples=1000 --point-trials 2", true);
        shortRun.put("sensitivity missing.yaml --global --samples x", true);
        shortRun.put("sensitivity missing.yaml --global", false);
        shortRun.put("sensitivity --global missing.yaml --samples 200 --point-trials=20", false);
        shortRun.put("serve missing.yaml --port 0", false);
        for (var c : shortRun.entrySet()) {
            Run r = run(List.of("bash", "-c", "JAVA_OPTS=-XX:+PrintCommandLineFlags ./hardground " + c.getKey()));
            String flags = r.out().lines().findFirst().orElse("");
            assertThat(flags).as(c.getKey()).contains(c.getKey().startsWith("serve ") ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC");
            if (c.getValue()) {
                assertThat(flags).as(c.getKey()).contains(c1);
            } else {
                assertThat(flags).as(c.getKey()).doesNotContain("TieredStopAtLevel");
            }
            assertThat(r.exit()).as(c.getKey() + "\n" + r.err()).isEqualTo(2);
        }
    }

    /** Copies a file or folder, keeping modification times (the launcher compares them). */
    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Run runIn(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path out = Files.createTempFile("hg-out", ".txt");
        Path err = Files.createTempFile("hg-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarReportsBadInputAsALocatedErrorWithExitTwo() throws Exception {
        Run r = run(List.of("java", "-jar", "target/hardground.jar", "score", "no-such-file.yaml"));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("no-such-file.yaml:1:1: error: no such file");
    }

    /**
     * The rule cache's key takes the fact model's checksum from the jar (ModelFingerprint): it must be the checksum
     * of the model classes packaged beside it, as Ant's checksum task totals them (each file's SHA-256, then its
     * path, in path order), or a changed fact class could meet a kjar built against the old one.
     */
    @Test
    void theJarCarriesTheChecksumOfItsOwnFactModel() throws Exception {
        String packaged;
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile("target/hardground.jar")) {
            var entry = jar.getJarEntry("META-INF/hardground/model.sha256");
            assertThat(entry).as("the build's model checksum is in the jar").isNotNull();
            packaged = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.US_ASCII).strip();
            java.security.MessageDigest total = java.security.MessageDigest.getInstance("SHA-256");
            List<String> names = jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.matches("dev/hardground/model/[^/]+\\.class")).sorted().toList();
            assertThat(names).hasSizeGreaterThan(20);
            for (String name : names) {
                total.update(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(jar.getInputStream(jar.getJarEntry(name)).readAllBytes()));
                total.update(name.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(packaged).isEqualTo(java.util.HexFormat.of().formatHex(total.digest()));
        }
    }
}
