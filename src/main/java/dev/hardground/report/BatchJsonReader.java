package dev.hardground.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hardground.analysis.BatchResult;
import dev.hardground.analysis.BatchRow;
import dev.hardground.analysis.BatchStatus;
import dev.hardground.analysis.RuleCoverage;
import dev.hardground.engine.RuleSite;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Verdict;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads back what {@link BatchJsonReporter} wrote, for {@code batch --merge}; anything else is a located error. */
public final class BatchJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One shard's batch, with the rule-set hash and the shard ({@code k/n}) it was judged under. */
    public record Report(String file, BatchResult result, String rules, String shard) {
    }

    private BatchJsonReader() {
    }

    public static Report read(Path file) {
        String name = file.toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(new Diagnostic(name, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "not JSON: " + e.getOriginalMessage(), null));
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(name, "cannot read: " + e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.path("results").isArray() || !root.path("coverage").path("byRule").isArray()
                || !root.path("rules").isTextual()) {
            throw new InvalidInputException(Diagnostic.of(name,
                    "not a batch --json report of this version (needs 'results', 'coverage.byRule' and 'rules')"));
        }
        try {
            List<BatchRow> rows = new ArrayList<>();
            root.get("results").forEach(r -> rows.add(row(r)));
            List<RuleSite> rules = new ArrayList<>();
            Map<String, Long> fires = new LinkedHashMap<>();
            for (JsonNode s : root.get("coverage").get("byRule")) {
                RuleSite site = new RuleSite(text(s, "package"), text(s, "rule"), text(s, "file"), s.get("line").asInt(),
                        text(s, "factor"), "");
                rules.add(site);
                fires.put(site.key(), s.get("fires").asLong());
            }
            return new Report(name, new BatchResult(rows, new RuleCoverage.Summary(rules, fires)), root.get("rules").asText(),
                    root.path("shard").asText("1/1"));
        } catch (RuntimeException e) {
            throw new InvalidInputException(Diagnostic.of(name, "not a batch --json report: " + e.getMessage()));
        }
    }

    private static BatchRow row(JsonNode r) {
        List<String> messages = new ArrayList<>();
        r.get("messages").forEach(m -> messages.add(m.asText()));
        List<Diagnostic> diagnostics = new ArrayList<>();
        r.path("diagnostics").forEach(d -> diagnostics.add(new Diagnostic(text(d, "path"), d.get("line").asInt(),
                d.get("column").asInt(), text(d, "message"), d.path("sourceLine").isTextual() ? d.get("sourceLine").asText() : null)));
        JsonNode s = r.get("survival");
        Interval survival = s == null || s.isNull() ? null
                : new Interval(s.get("probability").asDouble(), s.get("low").asDouble(), s.get("high").asDouble());
        return new BatchRow(text(r, "scenario"), r.get("variant").isNull() ? null : r.get("variant").asText(),
                text(r, "file"), status(text(r, "status")), messages,
                r.get("score").isNull() ? null : r.get("score").asDouble(),
                r.get("verdict").isNull() ? null : verdict(r.get("verdict").asText()), survival, diagnostics,
                r.get("line").asInt(), r.get("time").asDouble(), inputs(s));
    }

    /** {@code survival.inputs} of a ranged scenario's row, as the draws' spread (no curve or drivers kept); else null. */
    private static InputSpread inputs(JsonNode survival) {
        JsonNode i = survival == null ? null : survival.get("inputs");
        return i == null || i.isNull() ? null : new InputSpread(i.get("draws").asInt(), i.get("low").asDouble(),
                i.get("high").asDouble(), List.of(), List.of());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' missing or not text");
        }
        return v.asText();
    }

    private static BatchStatus status(String key) {
        return BatchStatus.valueOf(key.toUpperCase(Locale.ROOT));
    }

    private static Verdict verdict(String key) {
        return Verdict.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
