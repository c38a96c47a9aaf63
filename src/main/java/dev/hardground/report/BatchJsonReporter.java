package dev.hardground.report;

import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.engine.RuleSite;
import java.util.List;
import java.util.Map;

/**
 * A batch as JSON, DESIGN.md §6: {@code {"total", "passed", "failed", "errors", "results": [{"scenario",
 * "variant", "file", "status", "messages"}], "coverage": {"rules", "fired", "neverFired"}}}, plus each row's
 * score, verdict and survival and the rule-set hash.
 */
public final class BatchJsonReporter {
    private BatchJsonReporter() {
    }

    public static String render(BatchResult result, String rulesHash) {
        var coverage = result.coverage();
        return Json.write(Json.object(
                "total", result.total(),
                "passed", result.passed(),
                "failed", result.failed(),
                "errors", result.errors(),
                "results", result.rows().stream().map(BatchJsonReporter::row).toList(),
                "coverage", Json.object(
                        "rules", coverage.rules(),
                        "fired", coverage.fired().size(),
                        "neverFired", coverage.neverFired().stream().map(BatchJsonReporter::site).toList()),
                "rulesHash", rulesHash));
    }

    private static Map<String, Object> row(BatchRow r) {
        return Json.object(
                "scenario", r.scenario(),
                "variant", r.variant(),
                "file", r.file(),
                "status", r.status().key(),
                "messages", List.copyOf(r.messages()),
                "score", r.score() == null ? null : Numbers.oneDecimal(r.score()),
                "verdict", r.verdict() == null ? null : r.verdict().key(),
                "survival", r.survival() == null ? null : Json.object(
                        "probability", r.survival().estimate(), "low", r.survival().low(), "high", r.survival().high()));
    }

    private static Map<String, Object> site(RuleSite s) {
        return Json.object("rule", s.name(), "file", s.file(), "line", s.line(), "location", s.location());
    }
}
