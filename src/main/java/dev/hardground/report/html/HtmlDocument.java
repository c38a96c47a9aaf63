package dev.hardground.report.html;

import static dev.hardground.report.html.HtmlText.escape;

import dev.hardground.evidence.OutsideView;
import dev.hardground.report.Numbers;
import dev.hardground.report.chart.Charts;
import dev.hardground.report.chart.ChartsOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: stylesheet and charts (inline SVG) inside, no script, and a
 * Content-Security-Policy that forbids the browser to fetch anything, so the page looks the same offline.
 */
public final class HtmlDocument {
    /** Nothing may be loaded from anywhere; inline styles (and data: images) only. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    private HtmlDocument() {
    }

    /** Draws every chart of the report and lays out the page. */
    public static String render(HtmlReport report, List<Charts.Figure> figures) {
        Map<String, String> svgs = new LinkedHashMap<>();
        for (Charts.Figure f : figures) {
            svgs.put(f.id(), ChartsOutput.svg(f));
        }
        return render(report, svgs);
    }

    /**
     * Lays out the page around charts already drawn as SVG, keyed by figure id (a missing chart: its section says
     * so). A reader meets the verdict first, then why (factors), how long (survival), what ends it, the what-ifs
     * and the tornado; the rule-by-rule explanation closes the page.
     */
    public static String render(HtmlReport report, Map<String, String> svgs) {
        var s = report.baseline().scenario();
        StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n");
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.append("<meta name=\"generator\" content=\"hardground ").append(escape(report.version())).append("\">\n");
        html.append("<title>").append(escape(s.title())).append(" — hardground</title>\n");
        html.append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
        HtmlSections.hero(html, report);
        html.append("<main>\n");
        HtmlSections.factors(html, report.baseline().evaluation(), svgs.get("factors"));
        HtmlTables.survival(html, report.whatIf(), svgs.get("survival"));
        outsideView(html, report);
        HtmlTables.causes(html, report.baseline().simulation(), svgs.get("causes"));
        if (report.anatomy() != null) {
            HtmlTables.anatomy(html, report.anatomy());
        }
        HtmlTables.whatIf(html, report.whatIf());
        if (!report.tornado().isEmpty()) {
            HtmlTables.tornado(html, report.tornado(), svgs.get("tornado"), report.baseline().simulation().trials());
        }
        HtmlSections.explanation(html, report.baseline().evaluation());
        html.append("</main>\n<footer>Written by hardground ").append(escape(report.version()))
                .append(" · rule set <code>").append(escape(report.rulesHash())).append("</code><br>Same scenario, "
                        + "rules and seed: the same report.</footer>\n");
        html.append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A chart in its frame; {@code svg} was written by JFreeSVG, which escapes every text it draws. */
    /** How the agreement's reference class fared in the shipped data, beside the model's own forecast (DESIGN.md §9). */
    private static void outsideView(StringBuilder html, HtmlReport report) {
        var sim = report.baseline().simulation();
        OutsideView view = OutsideView.of(report.baseline().scenario());
        html.append("<section class=\"card\" id=\"outside-view\">\n<h2>The outside view</h2>\n<p>");
        if (view instanceof OutsideView.Matched m) {
            html.append("Of ").append(m.agreements()).append(' ').append(escape(m.referenceClass())).append(" in ")
                    .append(escape(OutsideView.COVERAGE)).append(m.excludesItself() ? " (this one left out)" : "")
                    .append(", ").append(m.collapsed()).append(" ended; <strong>")
                    .append(Numbers.percent(m.survival())).append("</strong> survived five years (95% ")
                    .append(Numbers.percent(m.low())).append("–").append(Numbers.percent(m.high()))
                    .append(", Kaplan–Meier).");
        } else {
            html.append("No reference class: ").append(escape(((OutsideView.NoClass) view).reason())).append('.');
        }
        html.append(" This model: <strong>").append(Numbers.percent(sim.survival().estimate()))
                .append("</strong> survival to ").append(sim.horizon()).append(".</p>\n</section>\n");
    }

    static void figure(StringBuilder html, String id, String label, String svg) {
        if (svg == null) {
            html.append("<p class=\"empty\">Chart not drawn.</p>\n");
            return;
        }
        html.append("<figure class=\"chart\" data-chart=\"").append(escape(id)).append("\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\">\n").append(svg).append("\n</figure>\n");
    }
}
