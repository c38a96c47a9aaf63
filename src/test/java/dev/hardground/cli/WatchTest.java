package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --watch} reruns on a rule edit, shows a compile error without stopping, and recovers. */
class WatchTest {
    private static final String RULE = """
            package factors;
            import dev.hardground.model.*;
            global Ledger ledger;
            rule "Shared threat"
                @factor("strategic-imperative")
            when
                Threat(shared())
            then
                ledger.add(%s, "a shared threat");
            end
            """;

    @TempDir
    Path dir;

    private static void await(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("timed out waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aRuleEditRerunsTheScoreAndACompileErrorDoesNotEndTheWatch() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/factors"));
        Files.writeString(rules.resolve("threat.drl"), RULE.formatted("7"));
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, """
                id: s
                asOf: 2023-03-07
                agreement: { name: Deal, signed: 2023-03-06, parties: [A, B] }
                parties:
                  A: { leader: { name: Ann } }
                  B: { leader: { name: Bob } }
                threats:
                  - { source: Storm, sharedBy: [A, B] }
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread watch = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "score",
                scenario.toString(), "--rules", dir.resolve("rules").toString(), "--no-cache", "--watch"));
        watch.start();
        try {
            await(() -> out.toString().contains("watching"), "the first run");
            assertThat(out.toString()).contains("score 57.0");

            Files.writeString(rules.resolve("threat.drl"), RULE.formatted("-4"));
            await(() -> out.toString().contains("score 46.0"), "the rerun after an edit");

            Files.writeString(rules.resolve("threat.drl"), RULE.formatted("oops"));
            await(() -> err.toString().contains("threat.drl:"), "the compile error");
            assertThat(watch.isAlive()).isTrue();

            Files.writeString(rules.resolve("threat.drl"), RULE.formatted("3"));
            await(() -> out.toString().contains("score 53.0"), "the recovery");

            // a rule folder created after the watch started is watched too
            Path later = Files.createDirectories(dir.resolve("rules/later"));
            Thread.sleep(500);
            Files.writeString(later.resolve("more.drl"), RULE.replace("Shared threat", "Another threat")
                    .formatted("2"));
            await(() -> out.toString().contains("score 55.0"), "the rerun after a rule in a new folder");
        } finally {
            watch.interrupt();
            watch.join(10_000);
        }
        assertThat(watch.isAlive()).isFalse();
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void aWatchedFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules/factors"));
        Files.writeString(rules.resolve("threat.drl"), RULE.formatted("7"));
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, """
                id: s
                asOf: 2023-03-07
                agreement: { name: Deal, signed: 2023-03-06, parties: [A, B] }
                parties:
                  A: { leader: { name: Ann } }
                  B: { leader: { name: Bob } }
                threats:
                  - { source: Storm, sharedBy: [A, B] }
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread watch = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "score",
                scenario.toString(), "--rules", dir.resolve("rules").toString(), "--no-cache", "--watch"));
        watch.start();
        try {
            await(() -> out.toString().contains("watching"), "the first run");
            Files.delete(rules.resolve("threat.drl"));
            Files.delete(rules);
            await(() -> err.toString().contains("error"), "the run without the folder");
            Files.createDirectories(rules);
            Files.writeString(rules.resolve("threat.drl"), RULE.formatted("2"));
            await(() -> out.toString().contains("score 52.0"), "the rerun once the folder is back");

            Files.writeString(rules.resolve("threat.drl"), RULE.formatted("-1"));
            await(() -> out.toString().contains("score 49.0"), "a rerun on an edit inside the new folder");
        } finally {
            watch.interrupt();
            watch.join(10_000);
        }
        assertThat(watch.isAlive()).isFalse();
    }
}
