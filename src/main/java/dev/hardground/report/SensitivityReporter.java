package dev.hardground.report;

import dev.hardground.analysis.BreakEven;
import dev.hardground.analysis.Sensitivity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tornado, sweep and break-even tables in text (unicode bars) and JSON. */
public final class SensitivityReporter {
    private static final int WIDTH = 30;

    private SensitivityReporter() {
    }

    public static void tornado(PrintWriter out, Sensitivity.Result r) {
        out.printf("%s — sensitivity of survival to %s (%s)%n", r.baseline().id(), r.baseline().horizon(),
                "each input swung low and high; same sampled futures for every bar");
        out.printf("  baseline survival %s, score %s%n%n", Numbers.percent(r.baselineSurvival().estimate()),
                Numbers.fixed(r.baselineScore(), 1));
        double min = r.baselineSurvival().estimate();
        double max = min;
        for (Sensitivity.Row row : r.rows()) {
            min = Math.min(min, Math.min(row.survivalLow(), row.survivalHigh()));
            max = Math.max(max, Math.max(row.survivalLow(), row.survivalHigh()));
        }
        int width = Math.max(20, r.rows().stream().mapToInt(x -> x.input().path().length()).max().orElse(20));
        out.printf("  %-" + width + "s  %-" + (WIDTH + 2) + "s %8s %8s  %s%n", "input", "survival between the two settings",
                "low", "high", "settings (low → high)");
        for (Sensitivity.Row row : r.rows()) {
            out.printf("  %-" + width + "s  %s %8s %8s  %s → %s%n", row.input().path(),
                    bar(row, r.baselineSurvival().estimate(), min, max), Numbers.percent(row.survivalLow()),
                    Numbers.percent(row.survivalHigh()), row.input().low(), row.input().high());
        }
        out.println();
        out.flush();
    }

    /** A span from the lower to the higher survival on a common scale, with the baseline marked. */
    private static String bar(Sensitivity.Row row, double baseline, double min, double max) {
        double span = Math.max(1e-9, max - min);
        int a = (int) Math.round((Math.min(row.survivalLow(), row.survivalHigh()) - min) / span * WIDTH);
        int b = (int) Math.round((Math.max(row.survivalLow(), row.survivalHigh()) - min) / span * WIDTH);
        int base = (int) Math.round((baseline - min) / span * WIDTH);
        StringBuilder s = new StringBuilder("│");
        for (int i = 0; i <= WIDTH; i++) {
            s.append(i == base ? '┃' : i >= a && i <= b ? '█' : ' ');
        }
        return s.toString();
    }

    public static Map<String, Object> tornadoJson(Sensitivity.Result r, String rulesHash) {
        List<Object> inputs = r.rows().stream().map(row -> (Object) Json.object("path", row.input().path(),
                "low", row.input().low(), "high", row.input().high(),
                "survivalLow", Numbers.fourDecimals(row.survivalLow()),
                "survivalHigh", Numbers.fourDecimals(row.survivalHigh()))).toList();
        return Json.object("scenario", r.baseline().id(),
                "baseline", Json.object("score", Numbers.oneDecimal(r.baselineScore()),
                        "survival", Numbers.fourDecimals(r.baselineSurvival().estimate())),
                "trials", r.run().results().get(0).trials(), "seed", r.run().results().get(0).seed(),
                "inputs", inputs, "rules", rulesHash);
    }

    public static void sweep(PrintWriter out, String path, List<Sensitivity.SweepPoint> points) {
        out.printf("sweep of %s%n%n  %10s  %6s  %-8s  %-" + (WIDTH + 1) + "s %s%n", path, "value", "score", "verdict",
                "survival", "(95% interval)");
        for (Sensitivity.SweepPoint p : points) {
            out.printf(Locale.ROOT, "  %10s  %6s  %-8s  %s %s (%s–%s)%n", dev.hardground.analysis.Swing.format(p.value()),
                    Numbers.fixed(p.evaluation().score(), 1), p.evaluation().verdict().key(),
                    Bars.horizontal(p.survival().estimate(), WIDTH), Numbers.percent(p.survival().estimate()),
                    Numbers.percent(p.survival().low()), Numbers.percent(p.survival().high()));
        }
        out.println();
        out.flush();
    }

    public static Map<String, Object> sweepJson(String path, List<Sensitivity.SweepPoint> points, String rulesHash) {
        return Json.object("path", path, "points", points.stream().map(p -> (Object) Json.object(
                "value", Numbers.fourDecimals(p.value()), "score", Numbers.oneDecimal(p.evaluation().score()),
                "verdict", p.evaluation().verdict().key(),
                "survival", SimulationJsonReporter.interval(p.survival().estimate(), p.survival().low(), p.survival().high())))
                .toList(), "rules", rulesHash);
    }

    public static void breakEven(PrintWriter out, String scenario, List<BreakEven.Finding> findings) {
        out.printf("%s — break-even: what would have to change%n%n", scenario);
        int width = Math.max(20, findings.stream().mapToInt(f -> f.input().path().length()).max().orElse(20));
        out.printf("  %-" + width + "s  %8s  %-24s  %s%n", "input", "now", "verdict flips at", "survival crosses 50% at");
        for (BreakEven.Finding f : findings) {
            String flip = f.verdictFlip() == null ? "none in range"
                    : dev.hardground.analysis.Swing.format(f.verdictFlip()) + " (→ " + f.flippedTo().key() + ")";
            String cross = f.survivalCrossing() == null ? "none in range" : dev.hardground.analysis.Swing.format(f.survivalCrossing());
            out.printf("  %-" + width + "s  %8s  %-24s  %s%n", f.input().path(),
                    dev.hardground.analysis.Swing.format(f.input().value()), flip, cross);
        }
        out.println();
        out.flush();
    }

    public static Map<String, Object> breakEvenJson(String scenario, List<BreakEven.Finding> findings, String rulesHash) {
        return Json.object("scenario", scenario, "inputs", findings.stream().map(f -> (Object) Json.object(
                "path", f.input().path(), "value", Numbers.fourDecimals(f.input().value()),
                "verdictFlip", f.verdictFlip() == null ? null : Numbers.fourDecimals(f.verdictFlip()),
                "flippedTo", f.flippedTo() == null ? null : f.flippedTo().key(),
                "survivalCrossing", f.survivalCrossing() == null ? null : Numbers.fourDecimals(f.survivalCrossing())))
                .toList(), "rules", rulesHash);
    }
}
