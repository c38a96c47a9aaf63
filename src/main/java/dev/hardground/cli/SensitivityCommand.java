package dev.hardground.cli;

import dev.hardground.analysis.BreakEven;
import dev.hardground.analysis.GlobalSensitivity;
import dev.hardground.analysis.Sensitivity;
import dev.hardground.engine.RuleBase;
import dev.hardground.report.GlobalSensitivityReporter;
import dev.hardground.report.Json;
import dev.hardground.report.TableCsv;
import dev.hardground.report.SensitivityReporter;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sensitivity FILE}: a tornado of every uncertain input, a sweep of one, or break-even values. */
@Command(name = "sensitivity",
        description = {"Rank every uncertain input by its effect on survival (a tornado); --sweep one input; --break-even.",
                "Probabilities are swung ±0.2 (clamped to [0,1]); distributions are mixed 20%% toward their first or last outcome."})
final class SensitivityCommand extends RulesCommand {
    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    SimulationOptionsMixin simulation;

    @Option(names = "--sweep", paramLabel = "PATH=FROM:TO:STEP", description = "Survival and score across a range of one input.")
    String sweep;

    @Option(names = "--break-even", description = "For each probability input: where the verdict flips and where survival crosses 50%%.")
    boolean breakEven;

    @Option(names = "--global", description = "Sobol first-order and total indices of every ranged input, with bootstrap intervals.")
    boolean global;

    @Mixin
    GlobalSampling sampling;

    @Mixin
    TableFormatOption formatOption;

    @Override
    Integer run(RuleSource source) {
        PrintWriter out = out();
        SimulationOptions options = simulation.options(2_000);
        SweepSpec sweepSpec = sweep == null ? null : SweepSpec.parse(spec.commandLine(), sweep);
        RuleBase rules = source.compile();
        var base = new Sensitivity.Base(new ScenarioLoader(limitOptions.limits()).load(file), scenarioOptions.variant, scenarioOptions.assignments());
        boolean json = formatOption.json();
        boolean quiet = !formatOption.text();
        if (sweepSpec != null) {
            try (ProgressDisplay progress = ProgressDisplay.forRun(quiet, options.trials())) {
                var points = Sensitivity.sweep(rules, base, sweepSpec.path(), sweepSpec.from(), sweepSpec.to(),
                        sweepSpec.step(), options, progress);
                if (json) {
                    out.print(Json.write(SensitivityReporter.sweepJson(sweepSpec.path(), points, rules.hash())));
                } else if (formatOption.csv()) {
                    out.print(TableCsv.sweep(sweepSpec.path(), points));
                } else {
                    SensitivityReporter.sweep(out, sweepSpec.path(), points);
                }
            }
        } else if (global) {
            SimulationOptions perPoint = sampling.perPoint(options);
            try (ProgressDisplay progress = ProgressDisplay.forRun(json, options.trials())) {
                var result = GlobalSensitivity.run(rules, base, sampling.samples(), perPoint, options, progress);
                if (json) {
                    out.print(Json.write(GlobalSensitivityReporter.json(result, rules.hash())));
                } else {
                    GlobalSensitivityReporter.text(out, result);
                }
            }
        } else if (breakEven) {
            var findings = BreakEven.find(rules, base, options);
            String id = base.file().base().id();
            if (json) {
                out.print(Json.write(SensitivityReporter.breakEvenJson(id, findings, rules.hash())));
            } else if (formatOption.csv()) {
                out.print(TableCsv.breakEven(findings));
            } else {
                SensitivityReporter.breakEven(out, id, findings);
            }
        } else {
            try (ProgressDisplay progress = ProgressDisplay.forRun(quiet, options.trials())) {
                var result = Sensitivity.tornado(rules, base, options, progress);
                if (json) {
                    out.print(Json.write(SensitivityReporter.tornadoJson(result, rules.hash())));
                } else if (formatOption.csv()) {
                    out.print(TableCsv.tornado(result));
                } else {
                    SensitivityReporter.tornado(out, result);
                }
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
