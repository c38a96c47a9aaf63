package dev.hardground.cli;

import dev.hardground.analysis.Backtest;
import dev.hardground.analysis.BatchInputs;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import dev.hardground.analysis.VerdictBands;
import dev.hardground.report.BandsReporter;
import dev.hardground.report.Json;
import picocli.CommandLine.Parameters;

/**
 * {@code backtest PATH…}: historical cases with known outcomes → Brier, log loss, AUC and calibration at the
 * horizon, C-index, Brier at 1/2/5 years and the survival curve against Kaplan–Meier; with {@code --fit} the
 * background hazard fitted and cross-validated, with {@code --train-until} validated out of time.
 */
@Command(name = "backtest",
        description = "Score the rules against historical agreements with known outcomes (files with an 'outcome').")
final class BacktestCommand extends RulesCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "History scenario files or directories.")
    List<String> paths;

    @Mixin
    SimulationOptionsMixin simulation;

    @Option(names = "--fit", description = "Fit the background hazard (score link and baselines by age) by maximum "
            + "likelihood with censoring; report cross-validated scores.")
    boolean fit;

    @Option(names = "--write", description = "With --fit: write the fitted values and their intervals into the rules.")
    boolean write;

    @Option(names = "--folds", paramLabel = "K", description = "With --fit: K-fold cross-validation, folds dealt by "
            + "--seed (default: leave-one-out).")
    Integer folds;

    @Option(names = "--train-until", paramLabel = "YEAR", description = "Fit on the agreements signed up to YEAR and "
            + "score the later ones out of time.")
    Integer trainUntil;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Also write an HTML report: the predicted "
            + "curve over the Kaplan–Meier band, and the calibration table.")
    Path report;

    @Option(names = "--bands", description = "Observed survival by score band and the verdict thresholds it "
            + "places (no simulation): see docs/calibration.md.")
    boolean bands;

    @Option(names = "--band-targets", paramLabel = "DURABLE,AT_RISK,MIN", split = ",", description = "With --bands: "
            + "the survival at or above which a verdict is durable, at or below which at-risk, and the fewest cases "
            + "that may place a threshold (default: 0.75,0.5,10).")
    List<Double> bandTargets = List.of(0.75, 0.5, 10.0);

    @Option(names = "--without-scripted-collapses", description = "Measure the rules' own share: drop every event"
            + " outcome named collapse (the event's other outcomes scaled to sum to 1) and every breachCollapse.")
    boolean withoutScripted;

    @Mixin
    TableFormatOption formatOption;

    @Override
    Integer run(RuleSource source) {
        PrintWriter out = out();
        PrintWriter err = err();
        requireFit(write, "--write");
        requireFit(folds != null, "--folds");
        if (write && withoutScripted) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write does not go with "
                    + "--without-scripted-collapses: the shipped fit reads the scenarios as written", null, "--write");
        }
        if (write && trainUntil != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write does not go with --train-until: "
                    + "write a fit on every case", null, "--write");
        }
        if (folds != null && folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds needs at least 2, not " + folds,
                    null, "--folds");
        }
        SimulationOptions options = simulation.options(1_000);
        RuleBase rules = source.compile();
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        List<Scenario> scenarios = new ArrayList<>();
        List<String> files = new ArrayList<>();
        BatchInputs inputs = BatchInputs.expand(paths, Path.of(""));
        ErrorHandler.print(err, inputs.problems());
        boolean invalid = !inputs.problems().isEmpty();
        for (Path file : inputs.files()) {
            try {
                Scenario s = loader.load(file).base();
                s = withoutScripted ? dev.hardground.analysis.ScriptedCollapses.removed(s) : s;
                if (s.outcome() != null && s.outcome().status() != null) {
                    scenarios.add(s);
                    files.add(file.toString());
                }
            } catch (InvalidInputException e) {
                ErrorHandler.print(err, e.diagnostics()); // the other cases are still back-tested
                invalid = true;
            }
        }
        if (scenarios.isEmpty() && invalid) {
            return ExitCode.INVALID_INPUT.code(); // what went wrong is printed above
        }
        if (scenarios.isEmpty()) {
            throw new InvalidInputException(Diagnostic.of(paths.get(0),
                    "no historical cases here: a back-test case needs an 'outcome: { status, date }'"));
        }
        if (bands) {
            return bands(out, rules, scenarios, invalid);
        }
        List<Backtest.Case> cases;
        try (ProgressDisplay progress = ProgressDisplay.forRun(!formatOption.text(), scenarios.size(), "cases")) {
            cases = Backtest.cases(rules, scenarios, files, options, progress::accept);
        }
        BacktestOutput output = new BacktestOutput(out, err, rules, options, formatOption.format, report, files);
        output.run(cases, fit || trainUntil != null, folds, trainUntil, write && !invalid);
        if (write && invalid) {
            err.println("not writing the fitted hazard: some cases could not be read");
        }
        out.flush();
        return ExitCode.worst(invalid, false).code();
    }

    private int bands(PrintWriter out, RuleBase rules, List<Scenario> scenarios, boolean invalid) {
        if (bandTargets.size() != 3 || bandTargets.get(2) < 1 || !(bandTargets.get(0) > bandTargets.get(1))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--band-targets takes three numbers: the"
                    + " durable survival, a lower at-risk survival and a case count of at least 1", null, "--band-targets");
        }
        VerdictBands.Result r = VerdictBands.derive(VerdictBands.points(rules, scenarios), bandTargets.get(0),
                bandTargets.get(1), bandTargets.get(2).intValue());
        if (formatOption.json()) {
            out.print(Json.write(BandsReporter.json(r)));
        } else {
            BandsReporter.text(out, r, rules.settings().durableAt(), rules.settings().fragileAt(), rules.hash().substring(0, 12));
        }
        out.flush();
        return ExitCode.worst(invalid, false).code();
    }

    private void requireFit(boolean given, String option) {
        if (given && !fit) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " goes with --fit", null, option);
        }
    }
}
