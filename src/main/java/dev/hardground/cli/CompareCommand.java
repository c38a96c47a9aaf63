package dev.hardground.cli;

import dev.hardground.analysis.Compare;
import dev.hardground.engine.RuleBase;
import dev.hardground.report.CompareReporter;
import dev.hardground.report.Json;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code compare A B}: two scenario files side by side, over common random numbers where they share inputs. */
@Command(name = "compare",
        description = "Two scenarios side by side: scores, verdicts, factor by factor, the rules that fired in one "
                + "and not the other, survival by year; inputs the two share draw the same random numbers.")
final class CompareCommand extends RulesCommand {
    @Parameters(index = "0", paramLabel = "A", description = "First scenario file (the reference side).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Second scenario file.")
    Path b;

    @Mixin
    SimulationOptionsMixin simulation;

    @Mixin
    FormatOption formatOption;

    @Override
    Integer run(RuleSource source) {
        PrintWriter out = out();
        SimulationOptions options = simulation.options();
        RuleBase rules = source.compile();
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        var sa = loader.load(a).base();
        var sb = loader.load(b).base();
        Compare.Result result;
        try (ProgressDisplay progress = ProgressDisplay.forRun(formatOption.json(), options.trials())) {
            result = Compare.of(rules, sa, a.toString(), sb, b.toString(), options, progress);
        }
        if (formatOption.json()) {
            out.print(Json.write(CompareReporter.json(result, rules.hash())));
        } else {
            CompareReporter.text(out, result, rules.hash());
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
