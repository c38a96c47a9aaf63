package dev.hardground.spark;

import dev.hardground.analysis.GlobalSensitivity;
import dev.hardground.analysis.Sensitivity;
import dev.hardground.cli.ErrorHandler;
import dev.hardground.cli.ExitCode;
import dev.hardground.cli.FormatOption;
import dev.hardground.cli.GlobalSampling;
import dev.hardground.cli.LimitOptions;
import dev.hardground.cli.ScenarioOptions;
import dev.hardground.cli.SimulationOptionsMixin;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.GlobalSensitivityReporter;
import dev.hardground.report.Json;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sensitivity FILE --global} on Spark: the Sobol points (n·(k + 2) settings of the ranged inputs, each over
 * the same futures) are spread over the executors in chunks, the driver estimates the indices and simulates each
 * input's two ends, and prints what {@code hardground sensitivity --global} prints for the same seed.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"hardground sensitivity --global on Spark: Sobol first-order and total indices of every ranged input "
                + "of one scenario, the points simulated on the executors.", "Output as hardground sensitivity --global for the same seed."})
final class SparkSensitivityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML), on any file system Spark reads.")
    String file;

    @Option(names = "--global", required = true, description = "Sobol indices of every ranged input (the only analysis the job distributes).")
    boolean global;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    SparkOptions sparkOptions;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    SimulationOptionsMixin simulation;

    @Mixin
    GlobalSampling sampling;

    @Mixin
    FormatOption formatOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SimulationOptions ends = simulation.options(2_000);
        SimulationOptions perPoint = sampling.perPoint(ends);
        int samples = sampling.samples();
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        try (JavaSparkContext spark = SparkJob.context("sensitivity")) {
            HadoopFiles files = new HadoopFiles(spark.hadoopConfiguration());
            RuleBase rules = sparkOptions.compile(files);
            HadoopFiles.Inputs inputs = files.expand(List.of(file));
            if (!inputs.problems().isEmpty()) {
                ErrorHandler.print(spec.commandLine().getErr(), inputs.problems());
                return ExitCode.INVALID_INPUT.code();
            }
            if (inputs.files().size() != 1) {
                throw new InvalidInputException(Diagnostic.of(file, "sensitivity takes one scenario file; this names "
                        + inputs.files().size()));
            }
            ScenarioFile scenario = files.read(inputs.files().get(0), loader);
            var base = new Sensitivity.Base(scenario, scenarioOptions.variant(), scenarioOptions.assignments());
            SparkPoints points = new SparkPoints(spark, spark.broadcast(ExecutorRules.ship(rules, !sparkOptions.noCache)),
                    new SparkPoints.Source(scenario.path(), scenario.text(), scenarioOptions.variant(),
                            new java.util.ArrayList<>(scenarioOptions.sets()), limitOptions.limits()), perPoint);
            var result = GlobalSensitivity.run(rules, base, samples, perPoint, ends, n -> { }, m -> points::survival);
            if (formatOption.json()) {
                out.print(Json.write(GlobalSensitivityReporter.json(result, rules.hash())));
            } else {
                GlobalSensitivityReporter.text(out, result);
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }
}
