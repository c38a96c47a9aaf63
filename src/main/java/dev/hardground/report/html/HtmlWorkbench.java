package dev.hardground.report.html;

import dev.hardground.analysis.WhatIf;
import dev.hardground.report.chart.ChartsCauses;
import dev.hardground.report.chart.ChartsFactors;
import dev.hardground.report.chart.ChartsOutput;
import dev.hardground.report.chart.ChartsSurvival;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's sections as pieces the workbench ({@code serve}) lays out in its own pages: the same HTML and
 * charts as {@code report}, so a scenario page in the browser and the report file never disagree. The live
 * part is drawn for the case being explored (the baseline, or the baseline with the user's overrides) against
 * the baseline.
 */
public final class HtmlWorkbench {
    private HtmlWorkbench() {
    }

    /** The report's stylesheet, served by the workbench as a file of its own. */
    public static String css() {
        return HtmlStyle.CSS;
    }

    /** The header: title, facts, verdict, score and survival of the report's baseline. */
    public static String hero(HtmlReport report) {
        StringBuilder html = new StringBuilder();
        HtmlSections.hero(html, report);
        return html.toString();
    }

    /** What the baseline's collapsed futures had in common, or nothing when the run did not tally it. */
    public static String anatomy(HtmlReport report) {
        StringBuilder html = new StringBuilder();
        if (report.anatomy() != null) {
            HtmlTables.anatomy(html, report.anatomy());
        }
        return html.toString();
    }

    /**
     * What moves with the inputs: the what-if table, survival by year (every case of the result drawn), and the
     * factor chart, causes of collapse and fired rules of {@code current}.
     */
    public static String live(HtmlReport report, WhatIf.Case current) {
        Map<String, String> svgs = new LinkedHashMap<>();
        svgs.put("factors", ChartsOutput.svg(ChartsFactors.figure(current.evaluation())));
        svgs.put("survival", ChartsOutput.svg(ChartsSurvival.figure(report.whatIf())));
        if (!current.simulation().causes().isEmpty()) {
            svgs.put("causes", ChartsOutput.svg(ChartsCauses.figure(current.simulation())));
        }
        StringBuilder html = new StringBuilder(128 * 1024);
        HtmlTables.whatIf(html, report.whatIf());
        HtmlTables.survival(html, report.whatIf(), svgs.get("survival"));
        HtmlSections.factors(html, current.evaluation(), current.evaluation().contributions().isEmpty() ? null
                : svgs.get("factors"));
        HtmlTables.causes(html, current.simulation(), svgs.get("causes"));
        HtmlSections.explanation(html, current.evaluation());
        return html.toString();
    }
}
