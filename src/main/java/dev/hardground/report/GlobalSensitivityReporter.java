package dev.hardground.report;

import dev.hardground.analysis.GlobalSensitivity;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code sensitivity --global} as text and JSON, opening with the inputs that matter most in plain words. */
public final class GlobalSensitivityReporter {
    /** Inputs named in the summary: the first, and a second when it matters nearly as much. */
    private static final double SECOND_INPUT_SHARE = 0.5;

    private GlobalSensitivityReporter() {
    }

    /** One short paragraph: the input that matters most, what survival is at its ends, and the runner-up. */
    public static String summary(GlobalSensitivity.Result r) {
        GlobalSensitivity.Row top = r.rows().get(0);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Survival depends most on %s (%s): %s at its high end (%s), %s at its low end (%s)",
                top.input().path(), top.input().written(), percent(top.survivalHigh()), Numbers.fixed(top.highValue(), 2),
                percent(top.survivalLow()), Numbers.fixed(top.lowValue(), 2)));
        if (r.rows().size() > 1 && r.rows().get(1).index().total() >= SECOND_INPUT_SHARE * top.index().total()
                && r.rows().get(1).index().total() > 0) {
            GlobalSensitivity.Row next = r.rows().get(1);
            out.append(String.format(Locale.ROOT, "; then on %s: %s at its high end, %s at its low end",
                    next.input().path(), percent(next.survivalHigh()), percent(next.survivalLow())));
        }
        out.append(String.format(Locale.ROOT, ". It explains %.0f%% of the variance of survival alone, %.0f%% with"
                + " its interactions.", 100 * Math.max(0, top.index().first()), 100 * Math.max(0, top.index().total())));
        return out.toString();
    }

    public static void text(PrintWriter out, GlobalSensitivity.Result r) {
        out.printf(Locale.ROOT, "%s — global sensitivity of survival to %s%n", r.scenario().id(), r.scenario().horizon());
        out.printf(Locale.ROOT, "Sobol indices of %d ranged inputs: %,d base samples, %,d points of %d trials each over"
                        + " the same futures; 95%% bootstrap intervals%n%n", r.rows().size(), r.samples(),
                r.sobol().evaluations(), r.trialsPerPoint());
        out.println("  " + summary(r));
        out.println();
        int width = Math.max(20, r.rows().stream().mapToInt(x -> x.input().path().length()).max().orElse(20));
        String header = "  %-" + width + "s  %-20s  %-20s  %s%n";
        out.printf(header, "input", "first order (95%)", "total (95%)", "survival: low end → high end");
        for (GlobalSensitivity.Row row : r.rows()) {
            out.printf(header, row.input().path(),
                    index(row.index().first(), row.index().firstLow(), row.index().firstHigh()),
                    index(row.index().total(), row.index().totalLow(), row.index().totalHigh()),
                    String.format(Locale.ROOT, "%s (%s) → %s (%s)", percent(row.survivalLow()),
                            Numbers.fixed(row.lowValue(), 2), percent(row.survivalHigh()), Numbers.fixed(row.highValue(), 2)));
        }
        out.printf(Locale.ROOT, "%n  first order: the share of survival's variance an input explains alone; total:"
                + " with its interactions. Ends are the input's 5%% and 95%% quantiles, the others at their means.%n");
        out.flush();
    }

    public static Map<String, Object> json(GlobalSensitivity.Result r, String rulesHash) {
        List<Object> inputs = new ArrayList<>();
        for (GlobalSensitivity.Row row : r.rows()) {
            inputs.add(Json.object("path", row.input().path(), "written", row.input().written(),
                    "first", interval(row.index().first(), row.index().firstLow(), row.index().firstHigh()),
                    "total", interval(row.index().total(), row.index().totalLow(), row.index().totalHigh()),
                    "ends", Json.object(
                            "low", Json.object("value", Numbers.fourDecimals(row.lowValue()),
                                    "survival", Numbers.fourDecimals(row.survivalLow())),
                            "high", Json.object("value", Numbers.fourDecimals(row.highValue()),
                                    "survival", Numbers.fourDecimals(row.survivalHigh())))));
        }
        return Json.object("scenario", r.scenario().id(), "horizon", r.scenario().horizon().toString(),
                "summary", summary(r), "samples", r.samples(), "trialsPerPoint", r.trialsPerPoint(),
                "evaluations", r.sobol().evaluations(), "variance", Numbers.fourDecimals(r.sobol().variance()),
                "survivalAtMeans", Numbers.fourDecimals(r.survivalAtMeans().estimate()),
                "inputs", inputs, "rules", rulesHash);
    }

    private static Map<String, Object> interval(double estimate, double low, double high) {
        return Json.object("index", Numbers.fourDecimals(estimate), "low", Numbers.fourDecimals(low),
                "high", Numbers.fourDecimals(high));
    }

    private static String index(double estimate, double low, double high) {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", estimate, low, high);
    }

    private static String percent(double p) {
        return Numbers.percent(p);
    }
}
