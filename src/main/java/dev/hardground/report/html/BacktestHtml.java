package dev.hardground.report.html;

import static dev.hardground.report.html.HtmlText.escape;

import dev.hardground.analysis.Backtest;
import dev.hardground.analysis.SurvivalMetrics;
import dev.hardground.report.Numbers;
import dev.hardground.report.chart.Charts;
import dev.hardground.report.chart.ChartsBacktest;
import dev.hardground.report.chart.ChartsOutput;
import java.util.Locale;

/**
 * {@code backtest --report}: one self-contained page (the report's stylesheet and Content-Security-Policy,
 * inline SVG, no script) with the mean predicted survival over the Kaplan–Meier band, the Brier scores by age
 * beside the Kaplan–Meier forecaster, the calibration table at the horizon and every case, worst first.
 */
public final class BacktestHtml {
    private BacktestHtml() {
    }

    public static String render(Backtest.Scores s, String title, String rulesHash, String version) {
        Charts.headless();
        SurvivalMetrics.Result m = s.survival();
        StringBuilder html = new StringBuilder(128 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlDocument.CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.append("<title>Back-test — hardground</title>\n<style>\n").append(HtmlStyle.CSS)
                .append("</style>\n</head>\n<body>\n<div class=\"page\">\n<header class=\"card hero\" id=\"summary\">\n<div>\n");
        html.append("<h1>Back-test of ").append(m.cases()).append(" cases</h1>\n<p class=\"lede\">").append(escape(title))
                .append(String.format(Locale.ROOT, ". C-index %s; at the horizon Brier %s against the base rate's %s "
                        + "(skill %s).", fixed(m.cIndex(), 3), fixed(s.brier(), 3), fixed(s.brierBaseRate(), 3),
                        fixed(s.skill(), 3))).append("</p>\n</div>\n</header>\n<main>\n");
        html.append("<section class=\"card\" id=\"curve\">\n<h2>Survival by age against the record</h2>\n");
        HtmlDocument.figure(html, "backtest-curve", "Mean predicted survival over the Kaplan–Meier band",
                ChartsOutput.svg(ChartsBacktest.curve(m)));
        html.append("<table>\n<thead><tr><th>age</th><th class=\"num\">cases known</th><th class=\"num\">Brier</th>"
                + "<th class=\"num\">Kaplan–Meier Brier</th><th class=\"num\">skill</th><th class=\"num\">predicted</th>"
                + "<th class=\"num\">Kaplan–Meier</th><th class=\"num\">95% band</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < m.brierAt().size(); i++) {
            SurvivalMetrics.BrierAt b = m.brierAt().get(i);
            SurvivalMetrics.CurvePoint c = m.curve().get(i);
            html.append("<tr><td>").append(b.years()).append(b.years() == 1 ? " year" : " years").append("</td>");
            cells(html, String.valueOf(b.cases()), fixed(b.brier(), 3), fixed(b.baseRateBrier(), 3), fixed(b.skill(), 3),
                    fixed(c.predicted(), 2), fixed(c.kaplanMeier(), 2), fixed(c.low(), 2) + "–" + fixed(c.high(), 2));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
        html.append("<section class=\"card\" id=\"calibration\">\n<h2>Calibration at the horizon</h2>\n<p class=\"lede\">")
                .append(s.forecasts().size()).append(" cases").append(s.censored() == 0 ? "" : "; " + s.censored()
                        + " censored before their horizon are left out").append(".</p>\n");
        html.append("<table>\n<thead><tr><th>predicted survival</th><th class=\"num\">mean predicted</th>"
                + "<th class=\"num\">observed</th><th class=\"num\">cases</th></tr></thead>\n<tbody>\n");
        for (Backtest.Bin b : s.calibration()) {
            html.append("<tr><td>").append(escape(b.bin())).append("</td>");
            cells(html, b.count() == 0 ? "–" : fixed(b.predicted(), 2), b.count() == 0 ? "–" : fixed(b.observed(), 2),
                    String.valueOf(b.count()));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
        html.append("<section class=\"card\" id=\"cases\">\n<h2>Cases, worst first</h2>\n<table>\n<thead><tr><th>case</th>"
                + "<th class=\"num\">predicted</th><th>outcome</th><th class=\"num\">Brier</th></tr></thead>\n<tbody>\n");
        for (Backtest.Forecast f : s.forecasts()) {
            html.append("<tr><td title=\"").append(escape(f.source().file())).append("\">")
                    .append(escape(f.source().scenario().id())).append("</td><td class=\"num\">")
                    .append(fixed(f.predicted(), 2)).append("</td><td>").append(f.source().survived() ? "survived" : "collapsed")
                    .append("</td><td class=\"num\">").append(fixed(f.brier(), 3)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n</main>\n<footer>Written by hardground ").append(escape(version))
                .append(" · rule set <code>").append(escape(rulesHash)).append("</code></footer>\n</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void cells(StringBuilder html, String... values) {
        for (String v : values) {
            html.append("<td class=\"num\">").append(escape(v)).append("</td>");
        }
    }

    private static String fixed(double v, int digits) {
        return Double.isNaN(v) ? "n/a" : Numbers.fixed(v, digits);
    }
}
