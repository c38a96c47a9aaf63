package dev.hardground.report;

import dev.hardground.analysis.Backtest;
import dev.hardground.analysis.HazardFit;
import dev.hardground.analysis.HazardModel;
import dev.hardground.analysis.SurvivalMetrics;
import dev.hardground.analysis.Validation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Back-test scores as text tables and JSON (DESIGN.md §6, §9). */
public final class BacktestReporter {
    private BacktestReporter() {
    }

    public static void text(PrintWriter out, String title, Backtest.Scores s) {
        out.printf("%s%n%n", title);
        out.printf(Locale.ROOT, "  at the horizon (%d cases%s)%n", s.forecasts().size(),
                s.censored() == 0 ? "" : String.format(Locale.ROOT, "; %d censored before it, left out", s.censored()));
        out.printf(Locale.ROOT, "  Brier %.3f   log loss %.3f   AUC %s%n", s.brier(), s.logLoss(), fixed(s.auc(), 2));
        out.printf(Locale.ROOT, "  base rate %.3f survived → base-rate Brier %.3f   skill %+.3f%n%n", s.baseRate(),
                s.brierBaseRate(), s.skill());
        SurvivalMetrics.Result m = s.survival();
        out.printf(Locale.ROOT, "  over time (%d cases, %d collapsed)   C-index %s%n", m.cases(), m.collapsed(),
                fixed(m.cIndex(), 3));
        out.printf("  %-6s %6s %7s %10s %7s   %9s %13s %15s%n", "age", "cases", "Brier", "KM Brier", "skill",
                "predicted", "Kaplan–Meier", "95% band");
        for (int i = 0; i < m.brierAt().size(); i++) {
            SurvivalMetrics.BrierAt b = m.brierAt().get(i);
            SurvivalMetrics.CurvePoint c = m.curve().get(i);
            out.printf(Locale.ROOT, "  %-6s %6d %7s %10s %7s   %9s %13s %15s%n", b.years() + (b.years() == 1 ? " year" : " yrs"),
                    b.cases(), fixed(b.brier(), 3), fixed(b.baseRateBrier(), 3), signed(b.skill()),
                    fixed(c.predicted(), 2), fixed(c.kaplanMeier(), 2), fixed(c.low(), 2) + "–" + fixed(c.high(), 2));
        }
        out.printf("%n  calibration at the horizon%n  %-8s %10s %9s %6s%n", "bin", "predicted", "observed", "count");
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

    /** The fitted parameters with their 95% intervals. */
    public static void parameters(PrintWriter out, HazardFit.Result fit) {
        out.printf("fitted on %d cases (MAP with the weak prior; 95%% intervals from the curvature)%n", fit.cases());
        for (HazardFit.Parameter p : fit.parameters()) {
            out.printf(Locale.ROOT, "  %-26s %8.4f   (%.4f – %.4f)%n", p.name(), p.value(), p.low(), p.high());
        }
        out.println();
    }

    public static Map<String, Object> json(Backtest.Scores s, HazardModel hazard, String rulesHash) {
        Map<String, Object> out = Json.object("rules", rulesHash, "cases", s.forecasts().size(), "censored", s.censored(),
                "brier", r(s.brier()), "logLoss", r(s.logLoss()), "auc", Double.isNaN(s.auc()) ? null : r(s.auc()), "baseRate", r(s.baseRate()),
                "brierBaseRate", r(s.brierBaseRate()), "skill", r(s.skill()));
        out.put("calibration", s.calibration().stream().map(b -> (Object) Json.object("bin", b.bin(),
                "predicted", b.count() == 0 ? null : r(b.predicted()), "observed", b.count() == 0 ? null : r(b.observed()),
                "count", b.count())).toList());
        survival(out, s.survival());
        out.put("perCase", perCase(s));
        out.put("link", Json.object("base", r(hazard.base()), "slope", r(hazard.slope())));
        Map<String, Object> baselines = new java.util.TreeMap<>();
        hazard.baselines().forEach((k, v) -> baselines.put(k, v.byYear().stream().map(BacktestReporter::r).toList()));
        out.put("baselines", baselines);
        Map<String, Object> trends = new java.util.TreeMap<>();
        hazard.baselines().forEach((k, v) -> {
            if (v.trend() != null) { // the baselines above are the levels of agreements signed in lastYear or later
                trends.put(k, Json.object("perDecade", r(v.trend().perDecade()), "lastYear", v.trend().last()));
            }
        });
        out.put("trends", trends);
        return out;
    }

    /** Scores of a fit: in sample, the fitted parameters, and the held-out scores. */
    public static Map<String, Object> fitJson(HazardFit.Result fit, Backtest.Scores inSample, Validation.Result held,
                                              String rulesHash) {
        Map<String, Object> out = json(inSample, fit.hazard(), rulesHash);
        out.put("fit", parametersJson(fit));
        Map<String, Object> cv = heldOut(held.scores());
        cv.put("method", held.method());
        cv.put("folds", held.folds());
        out.put("crossValidation", cv);
        if (held.method().equals("leave-one-out")) {
            out.put("leaveOneOut", heldOut(held.scores()));
        }
        return out;
    }

    public static Map<String, Object> outOfTimeJson(Validation.OutOfTime v, Validation.Result held, String rulesHash) {
        Map<String, Object> out = json(v.training(), v.fit().hazard(), rulesHash);
        out.put("fit", parametersJson(v.fit()));
        Map<String, Object> later = json(v.later(), v.fit().hazard(), rulesHash);
        later.remove("rules");
        later.put("signedAfter", v.lastTrainingYear());
        out.put("outOfTime", later);
        if (held != null) {
            Map<String, Object> cv = heldOut(held.scores());
            cv.put("method", held.method());
            cv.put("folds", held.folds());
            out.put("crossValidation", cv);
        }
        return out;
    }

    private static Map<String, Object> parametersJson(HazardFit.Result fit) {
        List<Object> parameters = new ArrayList<>();
        for (HazardFit.Parameter p : fit.parameters()) {
            parameters.add(Json.object("name", p.name(), "value", r(p.value()), "low", r(p.low()), "high", r(p.high())));
        }
        return Json.object("cases", fit.cases(), "parameters", parameters);
    }

    private static Map<String, Object> heldOut(Backtest.Scores s) {
        Map<String, Object> out = Json.object("cases", s.forecasts().size(), "brier", r(s.brier()),
                "logLoss", r(s.logLoss()), "auc", r(s.auc()), "brierBaseRate", r(s.brierBaseRate()), "skill", r(s.skill()));
        survival(out, s.survival());
        out.put("perCase", perCase(s));
        return out;
    }

    private static void survival(Map<String, Object> out, SurvivalMetrics.Result m) {
        out.put("cIndex", r(m.cIndex()));
        out.put("brierAt", m.brierAt().stream().map(b -> (Object) Json.object("years", b.years(), "cases", b.cases(),
                "brier", r(b.brier()), "baseRateBrier", r(b.baseRateBrier()), "skill", r(b.skill()))).toList());
        out.put("curve", m.curve().stream().map(c -> (Object) Json.object("years", c.years(), "predicted", r(c.predicted()),
                "kaplanMeier", r(c.kaplanMeier()), "low", r(c.low()), "high", r(c.high()))).toList());
    }

    private static List<Object> perCase(Backtest.Scores s) {
        return s.forecasts().stream().map(f -> (Object) Json.object("case", f.source().scenario().id(),
                "file", f.source().file(), "predicted", r(f.predicted()),
                "outcome", f.source().survived() ? "survived" : "collapsed", "brier", r(f.brier()))).toList();
    }

    private static String fixed(double v, int digits) {
        return Double.isNaN(v) ? "n/a" : Numbers.fixed(v, digits);
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%+.3f", v);
    }

    private static Double r(double v) {
        return Double.isNaN(v) ? null : Numbers.fourDecimals(v);
    }
}
