package dev.hardground.cli;

import dev.hardground.analysis.Backtest;
import dev.hardground.analysis.HazardFit;
import dev.hardground.analysis.HazardModel;
import dev.hardground.analysis.Validation;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.BacktestReporter;
import dev.hardground.report.Json;
import dev.hardground.report.OutputFile;
import dev.hardground.report.TableCsv;
import dev.hardground.report.html.BacktestHtml;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code backtest} prints, writes and reports once its cases are sampled. */
public final class BacktestOutput {
    private final PrintWriter out;
    private final PrintWriter err;
    private final RuleBase rules;
    private final SimulationOptions options;
    private final boolean json;
    private final boolean csv;
    private final Path report;
    private final List<String> inputs;

    public BacktestOutput(PrintWriter out, PrintWriter err, RuleBase rules, SimulationOptions options, Format format, Path report,
                   List<String> inputs) {
        this.out = out;
        this.err = err;
        this.rules = rules;
        this.options = options;
        this.json = format == Format.JSON;
        this.csv = format == Format.CSV;
        this.report = report;
        this.inputs = inputs;
    }

    public void run(List<Backtest.Case> cases, boolean fit, Integer folds, Integer trainUntil, boolean write) {
        HazardModel fromRules = HazardModel.of(rules.settings());
        String header = String.format(Locale.ROOT, "backtest of %d cases · %,d trials each · seed %d · rules %s",
                cases.size(), options.trials(), options.seed(), rules.hash().substring(0, 12));
        if (!fit) {
            Backtest.Scores scores = Backtest.score(cases, fromRules);
            if (json) {
                out.print(Json.write(BacktestReporter.json(scores, fromRules, rules.hash())));
            } else if (csv) {
                out.print(TableCsv.backtest(scores, null));
            } else {
                BacktestReporter.text(out, header + " · hazard from the rules", scores);
            }
            report(scores, "hazard from the rules");
            return;
        }
        if (trainUntil != null) {
            outOfTime(cases, fromRules, folds, trainUntil, header);
            return;
        }
        HazardFit.Result result = HazardFit.fit(cases, fromRules);
        Backtest.Scores inSample = Backtest.score(cases, result.hazard());
        Validation.Result held = Validation.folds(cases, result.hazard(), folds == null ? cases.size() : folds, options.seed());
        if (json) {
            out.print(Json.write(BacktestReporter.fitJson(result, inSample, held, rules.hash())));
        } else if (csv) {
            out.print(TableCsv.backtest(inSample, held.scores()));
        } else {
            out.printf("%s · fitted hazard (in sample)%n%n", header);
            BacktestReporter.parameters(out, result);
            BacktestReporter.text(out, "in sample", inSample);
            BacktestReporter.text(out, held.method() + " cross-validation (each case predicted by a hazard fitted "
                    + "without it)", held.scores());
        }
        report(held.scores(), held.method() + " cross-validation of the fitted hazard");
        if (write) {
            Path written = HazardLinkWriter.write(rules.directory(), result, inputs.size());
            err.printf(Locale.ROOT, "wrote the fitted hazard and its intervals into %s%n", written);
        }
    }

    private void outOfTime(List<Backtest.Case> cases, HazardModel fromRules, Integer folds, int trainUntil, String header) {
        long training = cases.stream().filter(c -> c.signed().getYear() <= trainUntil).count();
        if (training == 0 || training == cases.size()) {
            throw new InvalidInputException(Diagnostic.of("--train-until", "no case signed " + (training == 0
                    ? "in or before " : "after ") + trainUntil + ": out-of-time validation needs cases on both sides"));
        }
        Validation.OutOfTime v = Validation.outOfTime(cases, fromRules, trainUntil);
        List<Backtest.Case> earlier = cases.stream().filter(c -> c.signed().getYear() <= trainUntil).toList();
        Validation.Result held = folds == null ? null : Validation.folds(earlier, v.fit().hazard(), folds, options.seed());
        if (json) {
            out.print(Json.write(BacktestReporter.outOfTimeJson(v, held, rules.hash())));
        } else if (csv) {
            out.print(TableCsv.backtest(v.later(), null));
        } else {
            out.printf("%s · hazard fitted on the %d agreements signed up to %d%n%n", header, training, trainUntil);
            BacktestReporter.parameters(out, v.fit());
            BacktestReporter.text(out, "in sample (signed up to " + trainUntil + ")", v.training());
            if (held != null) {
                BacktestReporter.text(out, held.method() + " cross-validation within them", held.scores());
            }
            BacktestReporter.text(out, "out of time (signed after " + trainUntil + ")", v.later());
        }
        report(v.later(), "out of time: fitted up to " + trainUntil + ", scored on the agreements signed after");
    }

    private void report(Backtest.Scores scores, String title) {
        if (report != null) {
            List<Path> read = inputs.stream().map(Path::of).toList();
            OutputFile.write(report, BacktestHtml.render(scores, title, rules.hash(), version()), read);
            err.printf("wrote %s%n", report);
        }
    }

    private static String version() {
        String version = BacktestOutput.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
