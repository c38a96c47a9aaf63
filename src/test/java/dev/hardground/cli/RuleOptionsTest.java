package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** --rules, --cache-dir, --no-cache: parsed once into options that stay as parsed; the run's rules are a value. */
class RuleOptionsTest {

    private static <T> T parsed(String name, String... args) {
        PrintWriter none = new PrintWriter(new StringWriter());
        String[] all = new String[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        CommandLine cl = HardgroundCommand.commandLine(none, none, all);
        cl.parseArgs(all);
        return cl.getSubcommands().get(name).getCommand();
    }

    @Test
    void resolvingTheRulesLeavesTheParsedOptionsAsTheyWereAndGivesTheSameValueEachTime() {
        ScoreCommand score = parsed("score", "x.yaml", "--no-cache");

        RuleSource first = score.ruleOptions.resolve();
        RuleSource second = score.ruleOptions.resolve();

        assertThat(first).isEqualTo(second).isEqualTo(new RuleSource(Path.of("rules"), null, false));
        assertThat(score.ruleOptions.rules).as("--rules was not given, and resolving does not fill it in").isNull();
        assertThat(score.ruleOptions.cacheDir).isNull();
    }

    @Test
    void givenRulesAndCacheAreTakenAsGiven() {
        ScoreCommand score = parsed("score", "x.yaml", "--rules", "elsewhere/rules", "--cache-dir", "c");

        assertThat(score.ruleOptions.resolve()).isEqualTo(new RuleSource(Path.of("elsewhere/rules"), Path.of("c"), false));
    }

    @Test
    void serveWithoutRulesReadsTheDefaultRulesInsteadOfFailing() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"serve", "scenarios", "--port", "0", "--trials", "10", "--no-cache"};
        CommandLine cl = HardgroundCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), args);
        cl.parseArgs(args);
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return serve.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!out.toString().contains("hardground workbench at") && !running.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        serve.stop.countDown();

        assertThat(running.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("hardground workbench at").contains("rules rules");
    }
}
