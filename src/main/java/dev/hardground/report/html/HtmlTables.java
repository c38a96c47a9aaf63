package dev.hardground.report.html;

import static dev.hardground.report.html.HtmlText.escape;

import dev.hardground.analysis.WhatIf;
import dev.hardground.model.Variant;
import dev.hardground.report.Numbers;
import dev.hardground.report.SimulationJsonReporter;
import dev.hardground.report.SimulationTextReporter;
import dev.hardground.report.TornadoRow;
import dev.hardground.report.chart.ChartsTornado;
import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationResult;
import java.util.List;
import java.util.Locale;

/** The simulated sections of the report: survival by year, causes of collapse, what-ifs and the tornado. */
public final class HtmlTables {
    private HtmlTables() {
    }

    static void survival(StringBuilder html, WhatIf.Result result, String svg) {
        SimulationResult sim = result.baseline().simulation();
        html.append("<section class=\"card\" id=\"survival\">\n<h2>How long it lasts</h2>\n");
        html.append("<p class=\"lede\">Share of ").append(String.format(Locale.ROOT, "%,d", sim.trials()))
                .append(" simulated futures in which the agreement still stands at the end of each year. The band is "
                        + "the baseline's 95% interval; dashed lines are the what-ifs, over the same futures.</p>\n");
        HtmlDocument.figure(html, "survival", "Survival by year", svg);
        boolean ranged = sim.inputs() != null;
        html.append("<details><summary>Survival by year, in numbers</summary>\n<table>\n<thead><tr><th>year</th>"
                + "<th class=\"num\">still standing</th><th class=\"num\">" + (ranged ? "95%" : "95% interval") + "</th>"
                + (ranged ? "<th class=\"num\">inputs (90%)</th>" : "") + "</tr></thead>\n<tbody>\n");
        for (int i = 0; i < sim.byYear().size(); i++) {
            SimulationResult.YearSurvival y = sim.byYear().get(i);
            Interval ci = SimulationJsonReporter.yearly(y.survival(), sim.trials());
            html.append("<tr><td>").append(y.year()).append("</td><td class=\"num\">")
                    .append(Numbers.percent(y.survival())).append("</td><td class=\"num\">")
                    .append(Numbers.percentRange(ci.low(), ci.high())).append("</td>");
            if (ranged) {
                var spread = sim.inputs().byYear().get(i);
                html.append("<td class=\"num\">").append(Numbers.percentRange(spread.low(), spread.high())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (ranged) {
            html.append("<p class=\"sub\">The 95% interval is Monte Carlo error alone (it narrows with more trials);"
                    + " the inputs column is the 90% spread of survival over their draws, what the stated"
                    + " ranges leave open.</p>\n");
        }
        html.append("</details>\n</section>\n");
    }

    static void causes(StringBuilder html, SimulationResult sim, String svg) {
        html.append("<section class=\"card\" id=\"causes\">\n<h2>What ends it</h2>\n");
        if (sim.causes().isEmpty()) {
            html.append("<p class=\"empty\">No simulated future saw the agreement collapse before the horizon.</p>\n"
                    + "</section>\n");
            return;
        }
        html.append("<p class=\"lede\">Causes of collapse, as a share of all simulated futures.</p>\n");
        HtmlDocument.figure(html, "causes", "Causes of collapse", svg);
        html.append("<table>\n<thead><tr><th>cause</th><th class=\"num\">trials</th><th class=\"num\">share</th>"
                + "</tr></thead>\n<tbody>\n");
        for (SimulationResult.Cause c : sim.causes()) {
            html.append("<tr><td>").append(escape(c.cause())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", c.count())).append("</td><td class=\"num\">")
                    .append(Numbers.percent(c.share())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    static void whatIf(StringBuilder html, WhatIf.Result result) {
        html.append("<section class=\"card\" id=\"whatif\">\n<h2>What if</h2>\n");
        if (result.variants().isEmpty()) {
            html.append("<p class=\"empty\">The scenario names no variants.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"lede\">Each variant against the baseline over the same simulated futures, so a "
                + "difference is the variant's effect rather than noise.</p>\n");
        html.append("<table class=\"wide\">\n<thead><tr><th>what-if</th><th class=\"num\">score</th><th class=\"num\">Δ score</th>"
                + "<th>verdict</th><th class=\"num\">survival (95%)</th><th class=\"num\">Δ survival (95%)</th>"
                + "</tr></thead>\n<tbody>\n");
        row(html, "baseline", "the scenario as written", result.baseline(), null, null);
        List<InputSpread> deltaInputs = result.run().deltaInputs();
        for (int i = 0; i < result.variants().size(); i++) {
            WhatIf.Comparison c = result.variants().get(i);
            Variant v = result.baseline().scenario().variants().get(c.variant().label());
            row(html, c.variant().label(), v == null ? null : v.description(), c.variant(), c,
                    i < deltaInputs.size() ? deltaInputs.get(i) : null);
        }
        html.append("</tbody>\n</table>\n");
        if (result.baseline().simulation().inputs() != null) {
            html.append("<p class=\"sub\">Under each figure: its 95% interval (Monte Carlo error), then after"
                    + " \"inputs\" the 90% spread over the draws of the ranged inputs.</p>\n");
        }
        html.append("</section>\n");
    }

    private static void row(StringBuilder html, String label, String description, WhatIf.Case c, WhatIf.Comparison delta,
                            InputSpread deltaSpread) {
        Interval s = c.simulation().survival();
        String verdict = c.evaluation().verdict().key();
        html.append("<tr><td><strong>").append(escape(label)).append("</strong>");
        if (description != null) {
            html.append("<span class=\"sub\">").append(escape(description)).append("</span>");
        }
        html.append("</td><td class=\"num\">").append(Numbers.fixed(c.evaluation().score(), 1)).append("</td>");
        if (delta == null) {
            html.append("<td class=\"num\"></td>");
        } else {
            html.append("<td class=\"num ").append(sign(delta.deltaScore())).append("\">")
                    .append(Numbers.signed(delta.deltaScore())).append("</td>");
        }
        html.append("<td><span class=\"badge small ").append(HtmlText.cssClass(verdict)).append("\">")
                .append(escape(verdict)).append("</span></td><td class=\"num\">").append(Numbers.percent(s.estimate()))
                .append("<span class=\"sub\">").append(Numbers.percentRange(s.low(), s.high()));
        InputSpread spread = c.simulation().inputs();
        if (spread != null) {
            html.append(" · inputs ").append(Numbers.percentRange(spread.low(), spread.high()));
        }
        html.append("</span></td>");
        if (delta == null) {
            html.append("<td class=\"num\"></td>");
        } else {
            Interval d = delta.deltaSurvival();
            html.append("<td class=\"num ").append(sign(d.estimate())).append("\">").append(HtmlText.points(d.estimate()))
                    .append("<span class=\"sub\">").append(String.format(Locale.ROOT, "%+.1f to %+.1f", d.low() * 100,
                            d.high() * 100));
            if (deltaSpread != null) {
                html.append(String.format(Locale.ROOT, " · inputs %+.1f to %+.1f", deltaSpread.low() * 100,
                        deltaSpread.high() * 100));
            }
            html.append("</span></td>");
        }
        html.append("</tr>\n");
    }

    /**
     * The tornado, with each input's two ends and survival there. It says whose baseline it bars against: its own
     * at its own trials when they are not the header's, so the page never shows two baselines without saying why.
     */
    static void tornado(StringBuilder html, List<TornadoRow> rows, String svg, long headerTrials) {
        html.append("<section class=\"card\" id=\"sensitivity\">\n<h2>Which inputs matter most</h2>\n");
        html.append("<p class=\"lede\">Survival at the horizon with each uncertain input at the low and at the high end "
                + "of its range, everything else as in the baseline. Longest bars first.");
        TornadoRow first = rows.get(0);
        if (first.trials() != headerTrials) {
            html.append(String.format(Locale.ROOT, " Each setting is %,d simulated futures, not the header's %,d,"
                    + " so the bars meet at the baseline's %s at those trials (run report --trials N for one count"
                    + " throughout).", first.trials(), headerTrials, Numbers.percent(first.baseline())));
        }
        html.append("</p>\n");
        HtmlDocument.figure(html, "tornado", "Sensitivity tornado", svg);
        html.append("<table class=\"tornado\">\n<thead><tr><th>input · range</th><th class=\"num\">at low end</th>"
                + "<th class=\"num\">at high end</th><th class=\"num\">swing</th></tr></thead>\n<tbody>\n");
        for (TornadoRow r : ChartsTornado.ordered(rows)) {
            html.append("<tr><td>").append(escape(r.label())).append("<span class=\"sub\"><code>")
                    .append(escape(r.input())).append("</code> ").append(escape(r.low())).append(" → ")
                    .append(escape(r.high())).append("</span></td><td class=\"num\">")
                    .append(Numbers.percent(r.survivalLow())).append("</td><td class=\"num\">")
                    .append(Numbers.percent(r.survivalHigh())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.1f pts", r.swing() * 100)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** What the collapsed futures had in common (simulate --explain-collapse), beside the surviving ones. */
    static void anatomy(StringBuilder html, CollapseAnatomy a) {
        html.append("<section class=\"card\" id=\"anatomy\">\n<h2>What the collapsed futures had in common</h2>\n");
        if (a.collapsed() == 0) {
            html.append("<p class=\"empty\">No future collapsed: nothing to explain.</p>\n</section>\n");
            return;
        }
        html.append(String.format(Locale.ROOT, "<p class=\"lede\">Share of the %,d collapsed futures that had seen each"
                + " event outcome or broken commitment by the day of the collapse, beside the share of the %,d"
                + " surviving futures that saw it by the horizon.</p>\n", a.collapsed(), a.survived()));
        html.append("<table>\n<thead><tr><th>what happened</th><th class=\"num\">collapsed</th>"
                + "<th class=\"num\">survived</th></tr></thead>\n<tbody>\n");
        for (CollapseAnatomy.Share f : a.facts().stream().limit(SimulationTextReporter.ANATOMY_ROWS).toList()) {
            html.append("<tr><td>").append(escape(f.fact())).append("</td><td class=\"num\">")
                    .append(Numbers.percent(f.amongCollapsed())).append("</td><td class=\"num\">")
                    .append(Numbers.percent(f.amongSurvived())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static String sign(double value) {
        return Math.round(value * 1000) < 0 ? "neg" : Math.round(value * 1000) > 0 ? "pos" : "";
    }
}
