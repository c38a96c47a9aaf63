package dev.hardground.spark;

import dev.hardground.analysis.Batch;
import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.analysis.Shard;
import dev.hardground.cli.BatchReportOptions;
import dev.hardground.cli.ErrorHandler;
import dev.hardground.cli.ExitCode;
import dev.hardground.cli.LimitOptions;
import dev.hardground.engine.RuleBase;
import dev.hardground.report.BatchTextReporter;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code batch PATH…} on Spark: the driver reads and scores every scenario-variant, the executors run the
 * simulations in chunks of trials; the same text summary, report files and exit code as {@code hardground batch}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"hardground batch on Spark: score every scenario and variant under the paths (any file system "
                + "Spark reads), simulate on the executors those whose expectation names survival, check every expectation.",
                "Output and exit code as hardground batch for the same seed."})
final class SparkBatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scenario files, directories or globs.")
    List<String> paths;

    @Mixin
    SparkOptions sparkOptions;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    BatchReportOptions reports;

    @Option(names = "--trials", paramLabel = "N", description = "Sampled futures per simulated scenario (default: ${DEFAULT-VALUE}).")
    int trials = Batch.DEFAULT_TRIALS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; same seed, same results (default: ${DEFAULT-VALUE}).")
    long seed = SimulationOptions.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "T", description = "Files read and scored at once on the driver (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fail-on-dead-rules", description = "Exit 1 when a rule never fired across the batch.")
    boolean failOnDeadRules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (var option : List.of(Map.entry("--trials", trials), Map.entry("--threads", threads))) {
            if (option.getValue() < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), option.getKey() + " must be at least 1, not "
                        + option.getValue(), null, String.valueOf(option.getValue()));
            }
        }
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        int perTask = sparkOptions.trialsPerTask();
        try (JavaSparkContext spark = SparkJob.context("batch")) {
            HadoopFiles files = new HadoopFiles(spark.hadoopConfiguration());
            RuleBase rules = sparkOptions.compile(files);
            HadoopFiles.Inputs inputs = files.expand(paths);
            Map<String, String> texts = new ConcurrentHashMap<>();
            SparkTrials trialsOnSpark = new SparkTrials(spark, spark.broadcast(ExecutorRules.ship(rules, !sparkOptions.noCache)),
                    texts, limitOptions.limits(), perTask);
            BatchResult result = new Batch(rules, new Batch.Options(trials, seed, threads), loader)
                    .run(inputs.names(), inputs.problems(), name -> {
                        ScenarioFile file = files.read(inputs.byName(name), loader);
                        texts.put(name, file.text());
                        return file;
                    }, trialsOnSpark);
            for (BatchRow row : result.rows()) {
                ErrorHandler.print(err, row.diagnostics());
            }
            BatchTextReporter.report(out, result);
            reports.write(result, rules.hash(), Shard.ALL.toString(), "hardground batch", inputs.localFiles());
            boolean dead = failOnDeadRules && !result.coverage().neverFired().isEmpty();
            if (dead) {
                err.printf("%d rules never fired (--fail-on-dead-rules)%n", result.coverage().neverFired().size());
            }
            out.flush();
            err.flush();
            return ExitCode.worst(result.errors() > 0, result.failed() > 0 || dead).code();
        }
    }
}
