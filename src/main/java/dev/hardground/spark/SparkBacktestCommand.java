package dev.hardground.spark;

import dev.hardground.analysis.Backtest;
import dev.hardground.cli.BacktestOutput;
import dev.hardground.cli.Format;
import dev.hardground.cli.ErrorHandler;
import dev.hardground.cli.ExitCode;
import dev.hardground.cli.FormatOption;
import dev.hardground.cli.LimitOptions;
import dev.hardground.cli.SimulationOptionsMixin;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.Scenario;
import dev.hardground.report.BacktestReporter;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.PathSet;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backtest PATH…} on Spark: the executors sample every historical case's paths in chunks of trials,
 * the driver joins them in trial order and scores (or fits) as {@code hardground backtest} does, with the
 * same text and JSON. Writing the fitted link into the rules ({@code --write}) stays with the CLI.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "hardground backtest on Spark: score the rules against historical agreements with known outcomes.")
final class SparkBacktestCommand implements Callable<Integer> {
    /** The CLI's default number of sampled paths per case. */
    static final int DEFAULT_TRIALS = 1_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "History scenario files or directories.")
    List<String> paths;

    @Mixin
    SparkOptions sparkOptions;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    SimulationOptionsMixin simulation;

    @Option(names = "--fit", description = "Fit the score → hazard link by maximum likelihood; report leave-one-out scores.")
    boolean fit;

    @Mixin
    FormatOption formatOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SimulationOptions options = simulation.options(DEFAULT_TRIALS);
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        int perTask = sparkOptions.trialsPerTask();
        try (JavaSparkContext spark = SparkJob.context("backtest")) {
            HadoopFiles files = new HadoopFiles(spark.hadoopConfiguration());
            RuleBase rules = sparkOptions.compile(files);
            HadoopFiles.Inputs inputs = files.expand(paths);
            ErrorHandler.print(err, inputs.problems());
            boolean invalid = !inputs.problems().isEmpty();
            List<Scenario> scenarios = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Map<String, String> texts = new HashMap<>();
            for (HadoopFiles.Input input : inputs.files()) {
                try {
                    ScenarioFile file = files.read(input, loader);
                    Scenario s = file.base();
                    if (s.outcome() != null && s.outcome().status() != null) {
                        scenarios.add(s);
                        names.add(input.name());
                        texts.put(input.name(), file.text());
                    }
                } catch (InvalidInputException e) {
                    ErrorHandler.print(err, e.diagnostics()); // the other cases are still back-tested
                    invalid = true;
                }
            }
            if (scenarios.isEmpty() && invalid) {
                return ExitCode.INVALID_INPUT.code();
            }
            if (scenarios.isEmpty()) {
                throw new InvalidInputException(Diagnostic.of(paths.get(0),
                        "no historical cases here: a back-test case needs an 'outcome: { status, date }'"));
            }
            SparkTrials trials = new SparkTrials(spark, spark.broadcast(ExecutorRules.ship(rules, !sparkOptions.noCache)),
                    texts, limitOptions.limits(), perTask);
            List<Backtest.Case> cases = Backtest.cases(scenarios, names, options, each -> trials.paths(names, each));
            new BacktestOutput(out, err, rules, options, formatOption.json() ? Format.JSON : Format.TEXT, null, names).run(cases, fit, null, null, false);
            out.flush();
            return ExitCode.worst(invalid, false).code();
        }
    }
}
