package dev.hardground.report.html;

import static dev.hardground.report.html.HtmlText.escape;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import dev.hardground.report.Numbers;
import dev.hardground.report.ScoreTextReporter;
import dev.hardground.report.KeyInputs;
import dev.hardground.simulate.SimulationResult;
import java.util.Locale;
import java.util.stream.Collectors;

/** The top of the report: the scenario header with the verdict, the factor chart and the explanation table. */
public final class HtmlSections {
    private HtmlSections() {
    }

    static void hero(StringBuilder html, HtmlReport report) {
        Scenario s = report.baseline().scenario();
        Evaluation e = report.baseline().evaluation();
        SimulationResult sim = report.baseline().simulation();
        html.append("<header class=\"card hero\" id=\"summary\">\n<div>\n");
        html.append("<p class=\"eyebrow\">hardground report · ").append(escape(s.id())).append("</p>\n");
        html.append("<h1>").append(escape(s.title())).append("</h1>\n");
        if (s.agreement() != null) {
            html.append("<p class=\"agreement\">").append(escape(s.agreement().name()));
            html.append(" · ").append(escape(s.agreement().form().key()));
            if (s.agreement().signed() != null) {
                html.append(", signed ").append(s.agreement().signed());
            }
            html.append("</p>\n");
        }
        // The plain-words paragraph: survival, and the inputs that matter most with survival at their ends.
        html.append("<p class=\"plain-words\" id=\"plain-words\">").append(escape(KeyInputs.paragraph(sim, report.tornado(),
                report.anatomy()))).append("</p>\n");
        html.append("<dl class=\"facts\">\n");
        fact(html, "as of", escape(String.valueOf(s.asOf())));
        fact(html, "horizon", escape(String.valueOf(sim.horizon())));
        fact(html, "parties", escape(s.parties().values().stream().map(HtmlSections::partyName)
                .collect(Collectors.joining(" · "))));
        fact(html, "rule set", "<code title=\"sha-256 " + escape(report.rulesHash()) + "\">"
                + escape(shortHash(report.rulesHash())) + "</code>");
        fact(html, "trials", String.format(Locale.ROOT, "%,d", sim.trials()));
        fact(html, "seed", String.valueOf(sim.seed()));
        html.append("</dl>\n");
        if (sim.inputs() != null) {
            // Ranged inputs: the two intervals named apart (DESIGN.md §10).
            html.append("<p class=\"uncertainty\" id=\"inputs\">");
            html.append(escape(String.format(Locale.ROOT, "The ranged inputs leave survival between %s and %s (90%%"
                    + " of %d input draws); the 95%% interval is Monte Carlo error only.",
                    Numbers.percent(sim.inputs().low()), Numbers.percent(sim.inputs().high()),
                    sim.inputs().draws()))).append("</p>\n");
        }
        html.append("</div>\n");
        verdict(html, report, e, sim);
        html.append("</header>\n");
    }

    private static void verdict(StringBuilder html, HtmlReport report, Evaluation e, SimulationResult sim) {
        String verdict = e.verdict().key();
        html.append("<div class=\"verdict\">\n");
        html.append("<span class=\"badge ").append(HtmlText.cssClass(verdict)).append("\" id=\"verdict\">")
                .append(escape(verdict)).append("</span>\n");
        html.append("<div class=\"score\" id=\"score\">").append(Numbers.fixed(e.score(), 1))
                .append("<small>/ 100</small></div>\n");
        double fragile = clampPercent(report.fragileAt());
        double durable = clampPercent(report.durableAt());
        html.append(String.format(Locale.ROOT, "<div class=\"gauge\" style=\"background: linear-gradient(to right, "
                + "var(--at-risk) 0 %.1f%%, var(--fragile) %.1f%% %.1f%%, var(--durable) %.1f%% 100%%)\">"
                + "<span class=\"mark\" style=\"left: %.1f%%\"></span></div>%n",
                fragile, fragile, durable, durable, clampPercent(e.score())));
        // Each threshold's label sits under the point of the gauge where that band begins.
        html.append(String.format(Locale.ROOT, "<div class=\"scale\"><span class=\"at\" style=\"left: %.1f%%\">"
                + "at risk &lt; %s</span><span class=\"at\" style=\"left: %.1f%%\">durable ≥ %s</span></div>%n",
                fragile, Numbers.fixed(report.fragileAt(), 0), durable, Numbers.fixed(report.durableAt(), 0)));
        html.append("<p class=\"survival-line\"><strong>").append(Numbers.percent(sim.survival().estimate()))
                .append("</strong> survive to ").append(sim.horizon()).append(" <span class=\"sub\">(95%: ")
                .append(Numbers.percentRange(sim.survival().low(), sim.survival().high())).append(")</span><br>");
        html.append(sim.medianYearsToCollapse() == null ? "more than half survive to the horizon"
                : "median time to collapse " + Numbers.fixed(sim.medianYearsToCollapse(), 1) + " years");
        html.append("</p>\n</div>\n");
    }

    static void factors(StringBuilder html, Evaluation e, String svg) {
        html.append("<section class=\"card\" id=\"factors\">\n<h2>What holds the deal up, what pulls it down</h2>\n");
        html.append("<p class=\"lede\">Points each factor adds to a neutral 50. Green bars support the agreement; "
                + "red bars are risks.</p>\n");
        if (svg == null) {
            html.append("<p class=\"empty\">No rule fired: the score is the neutral 50.</p>\n");
        } else {
            HtmlDocument.figure(html, "factors", "Factor breakdown", svg);
        }
        html.append("</section>\n");
    }

    /** Every fired rule grouped by factor, in the order and with the totals {@code score --explain} prints. */
    static void explanation(StringBuilder html, Evaluation e) {
        html.append("<section class=\"card\" id=\"explanation\">\n<h2>Why: every rule that fired</h2>\n");
        html.append("<p class=\"lede\">By factor, as <code>score --explain</code> lists them, with the rule file and"
                + " line that produced each contribution.</p>\n");
        if (e.contributions().isEmpty()) {
            html.append("<p class=\"empty\">No rule fired.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"explain\">\n<thead><tr><th>rule · source</th>"
                + "<th class=\"num\">points</th><th>reason</th></tr></thead>\n");
        String factor = null;
        for (Contribution c : ScoreTextReporter.byFactor(e)) {
            if (!c.factor().equals(factor)) {
                html.append(factor == null ? "" : "</tbody>\n").append("<tbody class=\"factor\"><tr class=\"group\">"
                        + "<th colspan=\"2\">").append(escape(c.factor())).append("</th><th class=\"num ")
                        .append(e.factors().getOrDefault(c.factor(), 0.0) < 0 ? "neg" : "pos").append("\">")
                        .append(Numbers.signed(e.factors().getOrDefault(c.factor(), 0.0))).append(" in all</th></tr>\n");
                factor = c.factor();
            }
            html.append("<tr><td>").append(escape(c.rule())).append("<span class=\"sub\"><code>")
                    .append(escape(c.file() + ":" + c.line()).replace("/", "/<wbr>")).append("</code></span></td>")
                    .append("<td class=\"num ").append(c.points() < 0 ? "neg" : "pos").append("\">")
                    .append(Numbers.signed(c.points())).append("</td><td>").append(escape(c.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void fact(StringBuilder html, String term, String escapedValue) {
        html.append("<div><dt>").append(escape(term)).append("</dt><dd>").append(escapedValue).append("</dd></div>\n");
    }

    private static String partyName(Party p) {
        return p.name() == null ? p.code() : p.name();
    }

    private static String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }

    private static double clampPercent(double score) {
        return Math.max(0, Math.min(100, score));
    }
}
