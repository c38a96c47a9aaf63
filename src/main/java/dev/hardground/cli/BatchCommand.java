package dev.hardground.cli;

import dev.hardground.analysis.Batch;
import dev.hardground.analysis.BatchInputs;
import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.analysis.Shard;
import dev.hardground.engine.RuleBase;
import dev.hardground.report.BatchTextReporter;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code batch PATH…}: every scenario and variant scored, expectations checked, reports for CI. */
@Command(name = "batch",
        description = {"Score every scenario and variant under the given files, directories (searched for *.yaml and "
                + "*.yml) and globs; simulate those whose expectation names survival; check every expectation.",
                "Exit 0 when all passed, 1 when an expectation failed (or --fail-on-dead-rules found a rule that "
                        + "never fired), 2 when a file is invalid: all other files are still scored and reported."})
final class BatchCommand extends RulesCommand {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files, directories or globs.")
    List<String> paths = List.of();

    @Option(names = "--merge", paramLabel = "JSON", arity = "1..*",
            description = "Instead of judging PATHs: combine the --json reports of shards (k/n, all n of them, one rule set) "
                    + "into one report, rule coverage judged over all shards.")
    List<Path> merge = List.of();

    @Mixin
    BatchReportOptions reports;

    @Option(names = "--shard", paramLabel = "k/n", converter = ShardConverter.class,
            description = "Judge only the k-th of n slices (files sorted by path, dealt round-robin): n CI jobs cover every file once.")
    Shard shard = Shard.ALL;

    @Option(names = "--trials", paramLabel = "N", description = "Sampled futures per simulated scenario (default: ${DEFAULT-VALUE}).")
    int trials = Batch.DEFAULT_TRIALS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; same seed, same results (default: ${DEFAULT-VALUE}).")
    long seed = SimulationOptions.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "T", description = "Files judged at once (default: all cores); results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fail-on-dead-rules", description = "Exit 1 when a rule never fired across the batch.")
    boolean failOnDeadRules;

    @Override
    Integer run(RuleSource source) {
        PrintWriter out = out();
        PrintWriter err = err();
        checkPositive("--trials", trials);
        checkPositive("--threads", threads);
        if (!merge.isEmpty()) {
            if (!paths.isEmpty() || !shard.equals(Shard.ALL)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--merge combines reports: give it the shards' JSON files and no PATH or --shard");
            }
            return finish(out, err, BatchMerge.read(merge), "hardground batch", merge);
        }
        if (paths.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "batch needs a PATH to judge (or --merge JSON…)");
        }
        RuleBase rules = source.compile();
        BatchInputs all = BatchInputs.expand(paths, Path.of(""));
        BatchInputs inputs = new BatchInputs(all.workingDir(), shard.select(all.files()), all.problems());
        List<Path> read = java.util.stream.Stream.concat(inputs.files().stream(),
                java.util.stream.Stream.of(rules.directory())).toList();
        reports.check(read);
        BatchResult result = new Batch(rules, new Batch.Options(trials, seed, threads), new ScenarioLoader(limitOptions.limits())).run(inputs);
        String title = "hardground batch" + (shard.equals(Shard.ALL) ? "" : " (shard " + shard + ")");
        return finish(out, err, new BatchMerge.Merged(result, rules.hash(), shard.toString()), title, read);
    }

    /** Reports a batch, judged here or merged from shards, and returns its exit code. */
    private int finish(PrintWriter out, PrintWriter err, BatchMerge.Merged batch, String title, List<Path> inputs) {
        BatchResult result = batch.result();
        for (BatchRow row : result.rows()) {
            ErrorHandler.print(err, row.diagnostics());
        }
        if (ErrorHandler.debug && result.rows().stream().anyMatch(r -> !r.diagnostics().isEmpty())) {
            err.println("(--debug: a batch keeps one line per failed row and goes on; for a row's stack trace run"
                    + " hardground score FILE --debug on its file)");
        }
        BatchTextReporter.report(out, result);
        reports.write(result, batch.rules(), batch.shard(), title, inputs);
        boolean dead = failOnDeadRules && !result.coverage().neverFired().isEmpty();
        if (dead) {
            err.printf("%d rules never fired (--fail-on-dead-rules)%n", result.coverage().neverFired().size());
        }
        out.flush();
        err.flush();
        return ExitCode.worst(result.errors() > 0, result.failed() > 0 || dead).code();
    }

    private void checkPositive(String option, int value) {
        if (value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least 1, not " + value,
                    null, String.valueOf(value));
        }
    }
}
