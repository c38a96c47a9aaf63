package dev.hardground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache saves rebuilds but never serves rules that no longer match the files. */
class RuleCacheTest {
    private static final String RULE = """
            package factors;
            import dev.hardground.model.*;
            global Ledger ledger;
            rule "Shared threat"
                @factor("strategic-imperative") @description("test")
            when
                $t: Threat(shared())
            then
                ledger.add(%s, "shared: " + $t.source());
            end
            """;

    private static final Scenario SCENARIO = new ScenarioLoader().parse("t.yaml", """
            id: t
            asOf: 2023-03-07
            agreement: { name: Deal, signed: 2023-03-06, parties: [A, B] }
            parties:
              A: { leader: { name: Ann } }
              B: { leader: { name: Bob } }
            threats:
              - { source: Storm, severity: high, sharedBy: [A, B] }
            """).base();

    @TempDir
    Path rules;

    @TempDir
    Path cache;

    private void writeRule(String points) throws IOException {
        Files.createDirectories(rules.resolve("factors"));
        Files.writeString(rules.resolve("factors/threats.drl"), RULE.formatted(points));
    }

    private static long entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jar")).count();
        }
    }

    @Test
    void aCachedRuleSetGivesTheSameEvaluationAsAFreshBuild() throws IOException {
        writeRule("7");

        RuleBase first = RuleBase.compile(rules, cache);
        RuleBase second = RuleBase.compile(rules, cache);
        Evaluation built = first.score(SCENARIO);
        Evaluation loaded = second.score(SCENARIO);

        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).as("the second compile is served by the cache").isTrue();
        assertThat(entries(cache)).isEqualTo(1);
        assertThat(loaded).isEqualTo(built);
        assertThat(loaded.score()).isEqualTo(57.0);
        assertThat(loaded.contributions().get(0).file()).isEqualTo(rules.resolve("factors/threats.drl").toString());
        assertThat(loaded.contributions().get(0).line()).isEqualTo(4);
    }

    @Test
    void editingARuleFileInvalidatesTheCache() throws IOException {
        writeRule("7");
        assertThat(RuleBase.compile(rules, cache).score(SCENARIO).score()).isEqualTo(57.0);

        writeRule("-4");
        RuleBase edited = RuleBase.compile(rules, cache);

        assertThat(edited.fromCache()).isFalse();
        assertThat(edited.score(SCENARIO).score()).isEqualTo(46.0);
        assertThat(entries(cache)).isEqualTo(2);
    }

    @Test
    void aDamagedCacheEntryIsRebuiltNotTrusted() throws IOException {
        writeRule("7");
        RuleBase.compile(rules, cache);
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }

        RuleBase rebuilt = RuleBase.compile(rules, cache);
        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(rebuilt.score(SCENARIO).score()).isEqualTo(57.0);
        assertThat(RuleBase.compile(rules, cache).fromCache()).as("the rebuilt entry is served next time").isTrue();
    }

    @Test
    void aTruncatedKjarIsRebuiltNotServed() throws IOException {
        writeRule("7");
        RuleBase.compile(rules, cache);
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                byte[] whole = Files.readAllBytes(f);
                // A zip cut short keeps its first entries readable: only the checksum tells it is not whole.
                Files.write(f, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
            }
        }
        RuleBase rebuilt = RuleBase.compile(rules, cache);
        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(rebuilt.score(SCENARIO).score()).isEqualTo(57.0);
    }

    @Test
    void garbageInTheIndexOrAnOldFormatEntryIsRebuilt() throws IOException {
        writeRule("7");
        RuleBase.compile(rules, cache);
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".index")).toList()) {
                List<String> lines = Files.readAllLines(f);
                Files.write(f, lines.subList(1, lines.size())); // the index as 0.1.0 wrote it: no checksum line
            }
        }
        assertThat(RuleBase.compile(rules, cache).fromCache()).isFalse();
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".index")).toList()) {
                Files.writeString(f, "\u0000garbage\tnot\tan\tindex\n");
            }
        }
        RuleBase rebuilt = RuleBase.compile(rules, cache);
        assertThat(rebuilt.fromCache()).isFalse();
        assertThat(rebuilt.score(SCENARIO).score()).isEqualTo(57.0);
    }

    @Test
    void theKeyCoversTheFactModelAndTheDroolsVersion() {
        String fingerprint = ModelFingerprint.of();
        assertThat(fingerprint).as("the fact classes could be read").matches("[0-9a-f]{64}")
                .isEqualTo(ModelFingerprint.of());
        String key = RuleCache.key(RuleFiles.read(Path.of("rules")));
        String runtime = RuleCache.sha256((fingerprint + "\n" + org.drools.base.util.Drools.getFullVersion())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        assertThat(key).endsWith("-" + runtime);
    }

    /** A jar of model classes (name, bytes), with the build's checksum resource when {@code sum} is not null. */
    private static Path modelJar(Path at, String sum, String... classes) throws IOException {
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(at))) {
            for (int i = 0; i < classes.length; i += 2) {
                jar.putNextEntry(new java.util.jar.JarEntry("dev/hardground/model/" + classes[i] + ".class"));
                jar.write(classes[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                jar.closeEntry();
            }
            if (sum != null) {
                jar.putNextEntry(new java.util.jar.JarEntry(ModelFingerprint.RESOURCE));
                jar.write((sum + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                jar.closeEntry();
            }
        }
        return at;
    }

    @Test
    void inAJarTheBuildsChecksumOfTheModelIsTheFingerprintAndWithoutItTheClassesAre(@TempDir Path jars)
            throws IOException {
        String built = "ab".repeat(32);
        assertThat(ModelFingerprint.of(modelJar(jars.resolve("a.jar"), built, "Party", "v1")))
                .as("the checksum the build wrote beside the classes").isEqualTo(built);

        String v1 = ModelFingerprint.of(modelJar(jars.resolve("b.jar"), null, "Party", "v1", "Actor", "x"));
        String v2 = ModelFingerprint.of(modelJar(jars.resolve("c.jar"), null, "Party", "v2", "Actor", "x"));
        assertThat(v1).as("no checksum from the build: the classes' own").matches("[0-9a-f]{64}").isNotEqualTo(v2)
                .isEqualTo(ModelFingerprint.of(modelJar(jars.resolve("d.jar"), null, "Party", "v1", "Actor", "x")));
        assertThat(ModelFingerprint.of(modelJar(jars.resolve("e.jar"), "not a checksum", "Party", "v1", "Actor", "x")))
                .as("a damaged checksum is not trusted").isEqualTo(v1);
        assertThat(ModelFingerprint.of(jars.resolve("missing.jar"))).as("unreadable: a key no run shares")
                .startsWith("unknown-");
    }

    @Test
    void testsNeverUseTheUsersOwnCache() {
        Path home = Path.of(System.getProperty("user.home"), ".cache").toAbsolutePath().normalize();
        Path used = RuleBase.defaultCacheDir().toAbsolutePath().normalize();
        assertThat(used.startsWith(home)).as("%s is inside the user's cache %s", used, home).isFalse();
        assertThat(used.startsWith(Path.of("target").toAbsolutePath()))
                .as("%s: the build sets HARDGROUND_CACHE under target/ for tests (pom.xml, surefire and failsafe)", used)
                .isTrue();
    }
}
