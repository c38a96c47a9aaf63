package dev.hardground.report;

import dev.hardground.analysis.RuleDiff;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A rule diff as a side-by-side text table or as JSON. */
public final class DiffReporter {
    private DiffReporter() {
    }

    /** The rows to show, and how many rows were compared in all. */
    public static void text(PrintWriter out, List<RuleDiff.Row> shown, int compared, String rules, String against) {
        out.printf("rules: %s   against: %s%n", rules, against);
        if (shown.isEmpty()) {
            out.printf(Locale.ROOT, "no changes in %d scenario-variants%n", compared);
            return;
        }
        int width = Math.max(8, shown.stream().mapToInt(r -> r.label().length()).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s  %16s  %16s  %6s%n", "scenario", "against", "rules", "Δscore");
        for (RuleDiff.Row r : shown) {
            if (r.error()) {
                out.printf(Locale.ROOT, "%-" + width + "s  %s  %s%n", r.label(), "error (see above)", r.file());
                continue;
            }
            out.printf(Locale.ROOT, "%-" + width + "s  %5.1f %-10s  %5.1f %-10s  %6s%s%n", r.label(),
                    r.before(), r.verdictBefore().key(), r.after(), r.verdictAfter().key(), Numbers.signed(r.delta()),
                    r.verdictChanged() ? "  verdict changed" : "");
        }
        out.printf(Locale.ROOT, "%n%d of %d scenario-variants shown%n", shown.size(), compared);
    }

    /** The two rule sets compared: each one's hash and where it came from (a directory, or {@code dir@rev}). */
    public record Sides(String rules, String rulesDir, String againstRules, String against) {
    }

    public static String json(List<RuleDiff.Row> shown, int compared, long changed, Sides sides, double threshold) {
        return Json.write(Json.object(
                "rules", sides.rules(),
                "rulesDir", sides.rulesDir(),
                "against", sides.against(),
                "againstRules", sides.againstRules(),
                "threshold", threshold,
                "compared", compared,
                "changed", changed,
                "rows", shown.stream().map(DiffReporter::row).toList()));
    }

    private static Map<String, Object> row(RuleDiff.Row r) {
        return Json.object(
                "scenario", r.scenario(),
                "variant", r.variant(),
                "file", r.file(),
                "status", r.error() ? "error" : r.changed(0) ? "changed" : "unchanged",
                "against", r.error() ? null : Json.object("score", Numbers.oneDecimal(r.before()), "verdict", r.verdictBefore().key()),
                "rules", r.error() ? null : Json.object("score", Numbers.oneDecimal(r.after()), "verdict", r.verdictAfter().key()),
                "deltaScore", r.error() ? null : Numbers.oneDecimal(r.delta()),
                "verdictChanged", r.verdictChanged(),
                "messages", r.diagnostics().stream().map(d -> d.headline()).toList());
    }
}
