package dev.hardground.report;

import dev.hardground.analysis.VerdictBands;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code backtest --bands}: observed survival by score band and the verdict thresholds it places (text, JSON, CSV). */
public final class BandsReporter {
    private BandsReporter() {
    }

    public static void text(PrintWriter out, VerdictBands.Result r, double durableAt, double fragileAt, String rulesHash) {
        out.printf(Locale.ROOT, "verdict bands from %d cases · observed survival to %.0f years after signing"
                + " (Kaplan–Meier) · rules %s%n%n", r.points().size(), VerdictBands.AGE, rulesHash);
        out.printf(Locale.ROOT, "  all cases  %d, %d collapsed, survival %s%n%n", r.all().cases(), r.all().collapsed(),
                survival(r.all()));
        out.println("  score band   cases  collapsed  survival  95% band");
        for (VerdictBands.Band b : r.bands()) {
            out.printf(Locale.ROOT, "  %5.0f-%-5.0f  %5d  %9d  %s%n", b.from(), b.to(), b.cases(), b.collapsed(),
                    b.cases() == 0 ? "     —" : survival(b));
        }
        out.println();
        out.printf(Locale.ROOT, "  durable: the lowest score at or above which at least %.0f%% lasted (%d cases or more)%n",
                100 * r.durableSurvival(), r.minCases());
        out.println("    " + threshold(r.durable(), "≥"));
        out.printf(Locale.ROOT, "  at-risk: the highest score below which at most %.0f%% lasted (%d cases or more)%n",
                100 * r.atRiskSurvival(), r.minCases());
        out.println("    " + threshold(r.atRisk(), "<"));
        out.printf(Locale.ROOT, "%n  the rules now: durable ≥ %s, at-risk < %s (rules/verdict.drl)%n", Numbers.fixed(durableAt, 0),
                Numbers.fixed(fragileAt, 0));
    }

    private static String threshold(VerdictBands.Threshold t, String sign) {
        if (t.score() == null) {
            return "no score meets the target: the evidence cannot place this threshold";
        }
        return String.format(Locale.ROOT, "%s %d: %d cases, %d collapsed, survival %s", sign, t.score(),
                t.tail().cases(), t.tail().collapsed(), survival(t.tail()));
    }

    private static String survival(VerdictBands.Band b) {
        return String.format(Locale.ROOT, "%5.2f     %.2f–%.2f", b.survival(), b.low(), b.high());
    }

    public static Map<String, Object> json(VerdictBands.Result r) {
        List<Object> bands = new ArrayList<>();
        for (VerdictBands.Band b : r.bands()) {
            bands.add(band(b));
        }
        return Json.object("cases", r.points().size(), "age", VerdictBands.AGE, "durableSurvival", r.durableSurvival(),
                "atRiskSurvival", r.atRiskSurvival(), "minCases", r.minCases(), "all", band(r.all()), "bands", bands,
                "durable", r.durable().score() == null ? null : Json.object("score", r.durable().score(), "tail", band(r.durable().tail())),
                "atRisk", r.atRisk().score() == null ? null : Json.object("score", r.atRisk().score(), "tail", band(r.atRisk().tail())));
    }

    private static Map<String, Object> band(VerdictBands.Band b) {
        return Json.object("from", finite(b.from()), "to", finite(b.to()), "cases", b.cases(), "collapsed", b.collapsed(),
                "survival", finite(b.survival()), "low", finite(b.low()), "high", finite(b.high()));
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
