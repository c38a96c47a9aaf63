package dev.hardground.report;

import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.analysis.BatchStatus;
import dev.hardground.engine.RuleSite;
import java.io.PrintWriter;
import java.util.Locale;

/** The human summary of a batch: one line per scenario-variant, what failed and why, totals and coverage. */
public final class BatchTextReporter {
    private BatchTextReporter() {
    }

    public static void report(PrintWriter out, BatchResult result) {
        int width = result.rows().stream().mapToInt(r -> r.label().length()).max().orElse(10);
        for (BatchRow row : result.rows()) {
            out.printf(Locale.ROOT, "%-5s  %-" + width + "s  %s  %s%n", tag(row.status()), row.label(), figures(row),
                    row.file());
            if (row.status() == BatchStatus.FAILED) {
                row.messages().forEach(m -> out.println("       " + m));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%d scenario-variants: %d passed, %d failed, %d errors, %d skipped (no expectations)%n",
                result.total(), result.passed(), result.failed(), result.errors(), result.skipped());
        var coverage = result.coverage();
        out.printf(Locale.ROOT, "rule coverage: %d of %d rules fired", coverage.fired().size(), coverage.rules());
        out.println(coverage.neverFired().isEmpty() ? "" : "; never fired:");
        for (RuleSite site : coverage.neverFired()) {
            out.printf("  %s  %s%n", site.location(), site.name());
        }
    }

    private static String tag(BatchStatus status) {
        return switch (status) {
            case PASSED -> "PASS";
            case FAILED -> "FAIL";
            case ERROR -> "ERROR";
            case SKIPPED -> "SKIP";
        };
    }

    private static String figures(BatchRow row) {
        if (row.score() == null) {
            return String.format(Locale.ROOT, "%-29s", "not scored (see errors above)");
        }
        String survival = row.survival() == null ? "" : String.format(Locale.ROOT, "survival %.3f",
                row.survival().estimate()) + (row.inputs() == null ? "" : String.format(Locale.ROOT,
                " (ranged inputs %.3f–%.3f)", row.inputs().low(), row.inputs().high()));
        return String.format(Locale.ROOT, "%5.1f %-8s %-14s", row.score(), row.verdict().key(), survival);
    }
}
