package dev.hardground.report.html;

import dev.hardground.analysis.WhatIf;
import dev.hardground.report.TornadoRow;
import dev.hardground.report.chart.Charts;
import dev.hardground.report.chart.ChartsCauses;
import dev.hardground.report.chart.ChartsFactors;
import dev.hardground.report.chart.ChartsSurvival;
import dev.hardground.report.chart.ChartsTornado;
import dev.hardground.simulate.CollapseAnatomy;
import java.util.List;

/**
 * Everything one HTML report shows: the baseline and its what-ifs (scored and simulated together), the rule
 * set that judged them, and the sensitivity tornado when one was computed (empty: no tornado section).
 *
 * @param rulesHash  the rule set's SHA-256 ({@code RuleBase.hash()})
 * @param durableAt  the verdict threshold for durable, from the rules
 * @param fragileAt  the verdict threshold below which a deal is at risk, from the rules
 * @param version    the hardground version that wrote the report
 * @param anatomy    what the baseline's collapsed futures had in common; null: no such section
 */
public record HtmlReport(WhatIf.Result whatIf, String rulesHash, double durableAt, double fragileAt,
                         List<TornadoRow> tornado, String version, CollapseAnatomy anatomy) {
    public HtmlReport {
        tornado = tornado == null ? List.of() : List.copyOf(tornado);
    }

    /** A report without the collapse anatomy. */
    public HtmlReport(WhatIf.Result whatIf, String rulesHash, double durableAt, double fragileAt,
                      List<TornadoRow> tornado, String version) {
        this(whatIf, rulesHash, durableAt, fragileAt, tornado, version, null);
    }

    public WhatIf.Case baseline() {
        return whatIf.baseline();
    }

    /** Every chart the report shows: factors, survival, causes (when any trial collapsed), tornado (when given). */
    public java.util.List<Charts.Figure> figures() {
        java.util.List<Charts.Figure> figures = new java.util.ArrayList<>();
        figures.add(ChartsFactors.figure(baseline().evaluation()));
        figures.add(ChartsSurvival.figure(whatIf()));
        if (!baseline().simulation().causes().isEmpty()) {
            figures.add(ChartsCauses.figure(baseline().simulation()));
        }
        if (!tornado().isEmpty()) {
            figures.add(ChartsTornado.figure(tornado()));
        }
        return java.util.List.copyOf(figures);
    }
}
