package dev.hardground.report;

import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.analysis.BatchStatus;
import dev.hardground.engine.RuleSite;
import java.util.Locale;

/**
 * A batch as a Markdown table fit for a GitHub job summary ({@code >> $GITHUB_STEP_SUMMARY}): a headline with
 * the totals, a row per scenario-variant, and the rules that never fired.
 */
public final class MarkdownSummaryReporter {
    private MarkdownSummaryReporter() {
    }

    public static String render(BatchResult result, String title) {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(escape(title)).append('\n').append('\n');
        md.append(String.format(Locale.ROOT, "%s **%d** scenario-variants: %d passed, %d failed, %d errors, %d skipped%n%n",
                result.errors() > 0 ? "⚠️" : result.failed() > 0 ? "❌" : "✅",
                result.total(), result.passed(), result.failed(), result.errors(), result.skipped()));
        md.append("| status | scenario | variant | score | verdict | survival | file | messages |\n");
        md.append("| --- | --- | --- | ---: | --- | ---: | --- | --- |\n");
        for (BatchRow r : result.rows()) {
            md.append("| ").append(status(r.status()))
                    .append(" | ").append(escape(r.scenario()))
                    .append(" | ").append(r.variant() == null ? "—" : escape(r.variant()))
                    .append(" | ").append(r.score() == null ? "" : Numbers.fixed(r.score(), 1))
                    .append(" | ").append(r.verdict() == null ? "" : r.verdict().key())
                    .append(" | ").append(r.survival() == null ? "" : Numbers.fixed(r.survival().estimate(), 3)
                            + (r.inputs() == null ? "" : " (inputs " + Numbers.fixed(r.inputs().low(), 3) + "–"
                            + Numbers.fixed(r.inputs().high(), 3) + ")"))
                    .append(" | `").append(r.file().replace("`", "'")).append('`')
                    .append(" | ").append(escape(String.join("; ", r.messages())))
                    .append(" |\n");
        }
        if (result.rows().stream().anyMatch(r -> r.inputs() != null)) {
            md.append("\nSurvival is the predictive probability; \"inputs\" is the 90% spread of survival over the"
                    + " draws of the ranged inputs, apart from Monte Carlo error.\n");
        }
        var coverage = result.coverage();
        md.append('\n').append(String.format(Locale.ROOT, "Rule coverage: %d of %d rules fired.",
                coverage.fired().size(), coverage.rules()));
        if (!coverage.neverFired().isEmpty()) {
            md.append(" Never fired:\n\n");
            for (RuleSite site : coverage.neverFired()) {
                md.append("- `").append(site.location()).append("` ").append(escape(site.name())).append('\n');
            }
        } else {
            md.append('\n');
        }
        return md.toString();
    }

    private static String status(BatchStatus status) {
        return switch (status) {
            case PASSED -> "✅ passed";
            case FAILED -> "❌ failed";
            case ERROR -> "⚠️ error";
            case SKIPPED -> "⏭️ skipped";
        };
    }

    /** Table-safe text: pipes escaped, line breaks folded, Markdown and HTML specials neutralised. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("\r", "").replace("\n", "<br>");
    }
}
