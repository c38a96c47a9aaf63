package dev.hardground.report;

import dev.hardground.analysis.Backtest;
import dev.hardground.model.HazardLink;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Back-test scores as text tables and JSON (DESIGN.md §6). */
public final class BacktestReporter {
    private BacktestReporter() {
    }

    public static void text(PrintWriter out, String title, Backtest.Scores s) {
        out.printf("%s%n%n", title);
        out.printf(Locale.ROOT, "  Brier %.3f   log loss %.3f   AUC %s%n", s.brier(), s.logLoss(),
                Double.isNaN(s.auc()) ? "n/a" : String.format(Locale.ROOT, "%.2f", s.auc()));
        out.printf(Locale.ROOT, "  base rate %.3f survived → base-rate Brier %.3f   skill %+.3f%n%n", s.baseRate(),
                s.brierBaseRate(), s.skill());
        out.printf("  calibration%n  %-8s %10s %9s %6s%n", "bin", "predicted", "observed", "count");
        for (Backtest.Bin b : s.calibration()) {
            out.printf(Locale.ROOT, "  %-8s %10s %9s %6d%n", b.bin(), b.count() == 0 ? "-" : Numbers.fixed(b.predicted(), 2),
                    b.count() == 0 ? "-" : Numbers.fixed(b.observed(), 2), b.count());
        }
        int width = s.forecasts().stream().mapToInt(f -> f.source().scenario().id().length()).max().orElse(10);
        out.printf("%n  cases, worst first%n  %-" + width + "s %10s  %-9s %6s%n", "case", "predicted", "outcome", "Brier");
        for (Backtest.Forecast f : s.forecasts()) {
            out.printf(Locale.ROOT, "  %-" + width + "s %10s  %-9s %6.3f%n", f.source().scenario().id(),
                    Numbers.fixed(f.predicted(), 2), f.source().survived() ? "survived" : "collapsed", f.brier());
        }
        out.println();
        out.flush();
    }

    public static Map<String, Object> json(Backtest.Scores s, HazardLink link, String rulesHash) {
        Map<String, Object> out = Json.object("cases", s.forecasts().size(), "brier", r(s.brier()),
                "logLoss", r(s.logLoss()), "auc", Double.isNaN(s.auc()) ? null : r(s.auc()), "baseRate", r(s.baseRate()),
                "brierBaseRate", r(s.brierBaseRate()), "skill", r(s.skill()));
        out.put("calibration", s.calibration().stream().map(b -> (Object) Json.object("bin", b.bin(),
                "predicted", b.count() == 0 ? null : r(b.predicted()), "observed", b.count() == 0 ? null : r(b.observed()),
                "count", b.count())).toList());
        out.put("perCase", perCase(s));
        out.put("link", Json.object("base", r(link.base()), "slope", r(link.slope())));
        out.put("rules", rulesHash);
        return out;
    }

    public static Map<String, Object> fitJson(Backtest.Fit fit, String rulesHash) {
        Map<String, Object> out = json(fit.inSample(), fit.link(), rulesHash);
        out.put("leaveOneOut", Json.object("brier", r(fit.leaveOneOut().brier()),
                "logLoss", r(fit.leaveOneOut().logLoss()), "brierBaseRate", r(fit.leaveOneOut().brierBaseRate()),
                "skill", r(fit.leaveOneOut().skill()), "perCase", perCase(fit.leaveOneOut())));
        out.put("rules", out.remove("rules")); // last, as in every output
        return out;
    }

    private static List<Object> perCase(Backtest.Scores s) {
        return s.forecasts().stream().map(f -> (Object) Json.object("case", f.source().scenario().id(),
                "file", f.source().file(), "predicted", r(f.predicted()),
                "outcome", f.source().survived() ? "survived" : "collapsed", "brier", r(f.brier()))).toList();
    }

    private static double r(double v) {
        return Numbers.fourDecimals(v);
    }
}
