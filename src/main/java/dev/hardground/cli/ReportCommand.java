package dev.hardground.cli;

import dev.hardground.analysis.Sensitivity;
import dev.hardground.analysis.WhatIf;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.OutputFile;
import dev.hardground.report.TornadoRow;
import dev.hardground.report.chart.Charts;
import dev.hardground.report.chart.ChartsOutput;
import dev.hardground.report.html.HtmlDocument;
import dev.hardground.report.html.HtmlReport;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report FILE --out report.html}: one self-contained HTML page with the score, survival and what-ifs. */
@Command(name = "report",
        description = "Write a self-contained HTML report: verdict, factor chart, explanation, survival curve, "
                + "causes of collapse, what-ifs and, with --tornado, the sensitivity tornado.")
final class ReportCommand extends RulesCommand {
    /** Trials per setting for --tornado, as the sensitivity command's default. */
    static final int TORNADO_TRIALS = 2_000;

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML), or a folder or glob that names one.")
    String path;


    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the HTML report.")
    Path out;

    @Mixin
    ScenarioOptions scenarioOptions;

    @Option(names = "--only", paramLabel = "NAME", description = "Show only these what-ifs (repeatable; default: all).")
    List<String> variants = new ArrayList<>();

    @Option(names = "--png", paramLabel = "DIR", description = "Also write each chart as a PNG into this directory.")
    Path pngDir;

    @Option(names = "--tornado", description = "Add the sensitivity tornado: every uncertain input swung low and high, "
            + "as the sensitivity command does (2000 trials per setting unless --trials is given; slower).")
    boolean tornado;

    @Mixin
    SimulationOptionsMixin simulation;

    @Override
    Integer run(RuleSource source) {
        Path file = ScenarioPaths.one(path, "report");
        Charts.headless();
        PrintWriter stdout = out();
        boolean trialsGiven = simulation.trialsGiven();
        SimulationOptions options = simulation.options();
        RuleBase rules = source.compile();
        ScenarioFile scenario = new ScenarioLoader(limitOptions.limits()).load(file);
        OutputFile.check(out, List.of(file, rules.directory())); // before the simulation, not after it
        if (options.horizon() != null && !options.horizon().isAfter(scenario.base().asOf())) {
            throw new InvalidInputException(Diagnostic.of("--horizon", options.horizon()
                    + " is not after the scenario's asOf " + scenario.base().asOf()));
        }
        List<WhatIf.Spec> specs = WhatIf.specs(scenario, variants, List.of());
        WhatIf.Result result;
        try (ProgressDisplay progress = ProgressDisplay.forRun(false, options.trials())) {
            result = WhatIf.compare(rules, scenario, new WhatIf.Baseline(scenarioOptions.variant,
                    scenarioOptions.assignments()), specs, options, progress, true);
        }
        List<TornadoRow> rows = tornado ? tornado(rules, scenario, trialsGiven ? options : new SimulationOptions(
                TORNADO_TRIALS, options.seed(), options.threads(), options.horizon())) : List.of();
        CollapseAnatomy anatomy = result.run().anatomy(); // tallied from the baseline's own trials
        HtmlReport report = new HtmlReport(result, rules.hash(), rules.settings().durableAt(),
                rules.settings().fragileAt(), rows, version(), anatomy);
        List<Charts.Figure> figures = report.figures();
        List<Path> inputs = List.of(file, rules.directory());
        OutputFile.write(out, HtmlDocument.render(report, figures), inputs);
        stdout.printf("wrote %s (%d charts, %d what-ifs)%n", out, figures.size(), specs.size());
        if (pngDir != null) {
            for (Charts.Figure f : figures) {
                Path png = pngDir.resolve(f.id() + ".png");
                OutputFile.write(png, ChartsOutput.png(f), inputs);
                stdout.printf("wrote %s%n", png);
            }
        }
        stdout.flush();
        return ExitCode.OK.code();
    }

    private List<TornadoRow> tornado(RuleBase rules, ScenarioFile scenario, SimulationOptions options) {
        try (ProgressDisplay progress = ProgressDisplay.forRun(false, options.trials())) {
            return TornadoRow.of(Sensitivity.tornado(rules, new Sensitivity.Base(scenario, scenarioOptions.variant,
                    scenarioOptions.assignments()), options, progress), options.trials());
        }
    }

    private static String version() {
        String version = ReportCommand.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
