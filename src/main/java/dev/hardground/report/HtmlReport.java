package dev.hardground.report;

import dev.hardground.analysis.WhatIf;
import java.util.List;

/**
 * Everything one HTML report shows: the baseline and its what-ifs (scored and simulated together), the rule
 * set that judged them, and the sensitivity tornado when one was computed (empty: no tornado section).
 *
 * @param rulesHash  the rule set's SHA-256 ({@code RuleBase.hash()})
 * @param durableAt  the verdict threshold for durable, from the rules
 * @param fragileAt  the verdict threshold below which a deal is at risk, from the rules
 * @param version    the hardground version that wrote the report
 */
public record HtmlReport(WhatIf.Result whatIf, String rulesHash, double durableAt, double fragileAt,
                         List<TornadoRow> tornado, String version) {
    public HtmlReport {
        tornado = tornado == null ? List.of() : List.copyOf(tornado);
    }

    public WhatIf.Case baseline() {
        return whatIf.baseline();
    }
}
