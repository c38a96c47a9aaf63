package dev.hardground.report;

import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.engine.RuleSite;
import dev.hardground.model.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * A batch as JSON, DESIGN.md §6: {@code {"total", "passed", "failed", "errors", "skipped", "results":
 * [{"scenario", "variant", "file", "line", "status", "messages", "score", "verdict", "survival", "diagnostics",
 * "time"}], "coverage": {"rules", "fired", "neverFired", "byRule"}, "shard", "rules"}}. It carries everything
 * {@code batch --merge} needs to rebuild the batch from shards: each row's diagnostics, every rule with its fire
 * count, the shard and the rule-set hash ({@link BatchJsonReader} reads it back).
 */
public final class BatchJsonReporter {
    private BatchJsonReporter() {
    }

    public static String render(BatchResult result, String rulesHash, String shard) {
        var coverage = result.coverage();
        return Json.write(Json.object(
                "total", result.total(),
                "passed", result.passed(),
                "failed", result.failed(),
                "errors", result.errors(),
                "skipped", result.skipped(),
                "results", result.rows().stream().map(BatchJsonReporter::row).toList(),
                "coverage", Json.object(
                        "rules", coverage.rules(),
                        "fired", coverage.fired().size(),
                        "neverFired", coverage.neverFired().stream().map(BatchJsonReporter::site).toList(),
                        "byRule", coverage.all().stream().map(s -> {
                            Map<String, Object> m = site(s);
                            m.put("package", s.packageName());
                            m.put("factor", s.factor());
                            m.put("fires", coverage.fires(s));
                            return m;
                        }).toList()),
                "shard", shard,
                "rules", rulesHash));
    }

    private static Map<String, Object> row(BatchRow r) {
        return Json.object(
                "scenario", r.scenario(),
                "variant", r.variant(),
                "file", r.file(),
                "line", r.line(),
                "status", r.status().key(),
                "messages", List.copyOf(r.messages()),
                "score", r.score() == null ? null : Numbers.oneDecimal(r.score()),
                "verdict", r.verdict() == null ? null : r.verdict().key(),
                "survival", r.survival() == null ? null : survival(r),
                "diagnostics", r.diagnostics().stream().map(BatchJsonReporter::diagnostic).toList(),
                "time", Numbers.seconds(r.seconds()));
    }

    /** The predictive probability with its Monte Carlo interval, and for ranged inputs their 90% spread apart. */
    private static Map<String, Object> survival(BatchRow r) {
        Map<String, Object> survival = SimulationJsonReporter.interval(r.survival().estimate(), r.survival().low(),
                r.survival().high());
        if (r.inputs() != null) {
            survival.put("inputs", SimulationJsonReporter.inputs(r.inputs().low(), r.inputs().high(), r.inputs().draws()));
        }
        return survival;
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        return Json.object("path", d.path(), "line", d.line(), "column", d.column(), "message", d.message(),
                "sourceLine", d.sourceLine());
    }

    private static Map<String, Object> site(RuleSite s) {
        return Json.object("rule", s.name(), "file", s.file(), "line", s.line(), "location", s.location());
    }
}
