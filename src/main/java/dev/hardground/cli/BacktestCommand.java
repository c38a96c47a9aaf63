package dev.hardground.cli;

import dev.hardground.analysis.Backtest;
import dev.hardground.analysis.BatchInputs;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.report.BacktestReporter;
import dev.hardground.report.Json;
import dev.hardground.report.TableCsv;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backtest PATH…}: historical cases with known outcomes → Brier, log loss, AUC, calibration, skill. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Score the rules against historical agreements with known outcomes (files with an 'outcome').")
final class BacktestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "History scenario files or directories.")
    List<String> paths;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    SimulationOptionsMixin simulation;

    @Option(names = "--fit", description = "Fit the score → hazard link by maximum likelihood; report leave-one-out scores.")
    boolean fit;

    @Option(names = "--write", description = "With --fit: write the fitted link into the rules file that holds it.")
    boolean write;

    @Mixin
    TableFormatOption formatOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (write && !fit) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--write goes with --fit", null, "--write");
        }
        if (!simulation.trialsGiven()) {
            simulation.trials = 1_000;
        }
        SimulationOptions options = simulation.options();
        RuleBase rules = ruleOptions.compile();
        ScenarioLoader loader = new ScenarioLoader(limitOptions.limits());
        List<Scenario> scenarios = new ArrayList<>();
        List<String> files = new ArrayList<>();
        BatchInputs inputs = BatchInputs.expand(paths, Path.of(""));
        ErrorHandler.print(err, inputs.problems());
        boolean invalid = !inputs.problems().isEmpty();
        for (Path file : inputs.files()) {
            try {
                Scenario s = loader.load(file).base();
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
        List<Backtest.Case> cases = Backtest.cases(rules, scenarios, files, options);
        var settings = rules.settings();
        String header = String.format(Locale.ROOT, "backtest of %d cases · %,d trials each · seed %d", cases.size(),
                options.trials(), options.seed());
        if (!fit) {
            Backtest.Scores scores = Backtest.score(cases, settings.hazard());
            if (formatOption.json()) {
                out.print(Json.write(BacktestReporter.json(scores, settings.hazard(), rules.hash())));
            } else if (formatOption.csv()) {
                out.print(TableCsv.backtest(scores, null));
            } else {
                BacktestReporter.text(out, header + String.format(Locale.ROOT, " · link base %.3f, slope %.3f (from rules)",
                        settings.hazard().base(), settings.hazard().slope()), scores);
            }
            out.flush();
            return ExitCode.worst(invalid, false).code();
        }
        Backtest.Fit result = Backtest.fit(cases, settings.hazard());
        if (formatOption.json()) {
            out.print(Json.write(BacktestReporter.fitJson(result, rules.hash())));
        } else if (formatOption.csv()) {
            out.print(TableCsv.backtest(result.inSample(), result.leaveOneOut()));
        } else {
            BacktestReporter.text(out, header + String.format(Locale.ROOT, " · fitted link base %.4f, slope %.4f (in sample)",
                    result.link().base(), result.link().slope()), result.inSample());
            BacktestReporter.text(out, "leave-one-out cross-validation (each case predicted by a link fitted without it)",
                    result.leaveOneOut());
        }
        if (write && invalid) {
            err.println("not writing the fitted link: some cases could not be read");
        } else if (write) {
            Path written = HazardLinkWriter.write(rules.directory(), result.link());
            err.printf(Locale.ROOT, "wrote base %.4f, slope %.4f into %s%n", result.link().base(), result.link().slope(),
                    written);
        }
        out.flush();
        return ExitCode.worst(invalid, false).code();
    }
}
