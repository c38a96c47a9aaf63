package dev.hardground.report;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores as JSON: {@code {"results": [one object per scenario, in the shape of DESIGN.md §6], "rules"}}, the same
 * shape whatever the number of files (DESIGN.md §6 had an object for one file and an array for several).
 */
public final class ScoreJsonReporter {
    private ScoreJsonReporter() {
    }

    public static Map<String, Object> toMap(ScoreResult result) {
        Evaluation e = result.evaluation();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", result.scenario().id());
        out.put("variant", result.variant());
        out.put("asOf", result.scenario().asOf().toString());
        out.put("score", Numbers.oneDecimal(e.score()));
        out.put("verdict", e.verdict().key());
        Map<String, Double> factors = new LinkedHashMap<>();
        e.factors().forEach((k, v) -> factors.put(k, Numbers.oneDecimal(v)));
        out.put("factors", factors);
        List<Map<String, Object>> contributions = new ArrayList<>();
        for (Contribution c : e.contributions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", c.rule());
            m.put("file", c.file());
            m.put("line", c.line());
            m.put("factor", c.factor());
            m.put("points", Numbers.oneDecimal(c.points()));
            m.put("reason", c.reason());
            contributions.add(m);
        }
        out.put("contributions", contributions);
        out.put("collapses", e.collapses().stream().map(c -> Json.object("rule", c.rule(), "file", c.file(),
                "line", c.line(), "reason", c.reason())).toList());
        out.put("outsideView", OutsideViewFormat.json(result.outsideView()));
        out.put("rules", result.rulesHash());
        return out;
    }

    public static String render(List<ScoreResult> results, String rulesHash) {
        return Json.write(Json.object("results", results.stream().map(ScoreJsonReporter::toMap).toList(),
                "rules", rulesHash));
    }
}
