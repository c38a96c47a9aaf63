package dev.hardground.cli;

import dev.hardground.analysis.WhatIf;
import dev.hardground.engine.RuleBase;
import dev.hardground.report.Json;
import dev.hardground.report.TableCsv;
import dev.hardground.report.WhatIfReporter;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whatif FILE}: the baseline against its variants, over common random numbers. */
@Command(name = "whatif",
        description = {"Compare the baseline with each variant (or those named by --only, and one built from --try): "
                + "score, verdict, survival and deltas.",
                "--variant and --set change the baseline itself, as on every command; each what-if is applied on top of it."})
final class WhatIfCommand extends RulesCommand {
    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Mixin
    SimulationOptionsMixin simulation;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--only", paramLabel = "NAME", description = "Compare only these variants (repeatable; default: all).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--try", paramLabel = "PATH=VALUE", description = "Add a what-if built from these overrides (repeatable).")
    List<String> sets = new ArrayList<>();

    @Mixin
    TableFormatOption formatOption;

    @Mixin
    WatchOption watch;

    @Override
    Integer run(RuleSource source) throws Exception {
        return watch.run(out(), err(), source.directory(), List.of(file), () -> once(source));
    }

    private int once(RuleSource source) {
        PrintWriter out = out();
        SimulationOptions options = simulation.options();
        List<Assignment> assignments = sets.stream().map(Assignment::parse).toList();
        RuleBase rules = source.compile();
        ScenarioFile scenario = new ScenarioLoader(limitOptions.limits()).load(file);
        List<WhatIf.Spec> specs = WhatIf.specs(scenario, variants, assignments);
        WhatIf.Result result;
        try (ProgressDisplay progress = ProgressDisplay.forRun(!formatOption.text(), options.trials())) {
            result = WhatIf.compare(rules, scenario, new WhatIf.Baseline(scenarioOptions.variant,
                    scenarioOptions.assignments()), specs, options, progress);
        }
        if (formatOption.json()) {
            out.print(Json.write(WhatIfReporter.json(result, rules.hash())));
        } else if (formatOption.csv()) {
            out.print(TableCsv.whatIf(result));
        } else {
            WhatIfReporter.text(out, result);
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
