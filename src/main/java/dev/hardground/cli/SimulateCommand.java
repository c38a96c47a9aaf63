package dev.hardground.cli;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.report.Json;
import dev.hardground.report.SimulationJsonReporter;
import dev.hardground.report.SimulationTextReporter;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationRun;
import dev.hardground.simulate.Simulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simulate FILE}: Monte Carlo survival of one scenario to its horizon. */
@Command(name = "simulate",
        description = "Simulate the scenario's uncertain future: survival to the horizon, by year, and causes of collapse.")
final class SimulateCommand extends RulesCommand {
    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML), or a folder or glob that names one.")
    String path;


    @Mixin
    ScenarioOptions scenarioOptions;

    @Mixin
    SimulationOptionsMixin simulation;

    @Mixin
    FormatOption formatOption;

    @Mixin
    WatchOption watch;

    @Option(names = "--explain-collapse", description = "What the collapsed futures had in common: events' outcomes and broken commitments, as shares.")
    boolean explainCollapse;

    @Override
    Integer run(RuleSource source) throws Exception {
        Path file = ScenarioPaths.one(path, "simulate");
        return watch.run(out(), err(), source.directory(), List.of(file), () -> once(source, file));
    }

    private int once(RuleSource source, Path file) {
        PrintWriter out = out();
        PrintWriter err = err();
        SimulationOptions options = simulation.options();
        var assignments = scenarioOptions.assignments();
        RuleBase rules = source.compile();
        Scenario scenario = new ScenarioLoader(limitOptions.limits()).load(file).resolve(scenarioOptions.variant, assignments);
        if (options.horizon() != null && !options.horizon().isAfter(scenario.asOf())) {
            throw new InvalidInputException(Diagnostic.of("--horizon", options.horizon()
                    + " is not after the scenario's asOf " + scenario.asOf()));
        }
        // The text's opening paragraph names what went with survival from the anatomy, tallied from the same trials.
        boolean tallyAnatomy = explainCollapse || !formatOption.json();
        SimulationRun run;
        try (ProgressDisplay progress = ProgressDisplay.forRun(formatOption.json(), options.trials())) {
            run = new Simulator(rules).run(List.of(scenario), Arrays.asList(scenarioOptions.label()), options, progress,
                    tallyAnatomy);
        }
        var result = run.results().get(0);
        CollapseAnatomy anatomy = run.anatomy();
        if (formatOption.json()) {
            var map = SimulationJsonReporter.toMap(result, rules.hash());
            if (explainCollapse) {
                map.put("collapseAnatomy", SimulationJsonReporter.anatomy(anatomy));
            }
            out.print(Json.write(map));
        } else {
            SimulationTextReporter.report(out, result, rules.hash(), anatomy);
            if (explainCollapse) {
                SimulationTextReporter.anatomy(out, anatomy);
            }
            err.printf(Locale.ROOT, "%,d trials in %.2f s (%,.0f trials/s); %,d steps judged, %,d by the rule engine%n",
                    result.trials(), run.nanos() / 1e9, run.trialsPerSecond(), run.steps(), run.engineRuns());
        }
        out.flush();
        err.flush();
        return ExitCode.OK.code();
    }
}
