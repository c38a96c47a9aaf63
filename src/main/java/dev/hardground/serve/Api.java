package dev.hardground.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hardground.analysis.WhatIf;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.report.Json;
import dev.hardground.report.Numbers;
import dev.hardground.report.OutputFile;
import dev.hardground.report.html.HtmlReport;
import dev.hardground.report.html.HtmlWorkbench;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.scenario.VariantText;
import dev.hardground.simulate.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench's two JSON endpoints: a live what-if (the user's overrides against the baseline over the same
 * futures, drawn as the page's live sections) and "save as variant" (the overrides written into the file).
 */
final class Api {
    /** A request the workbench refuses: an HTTP status and a message, with the located errors behind it. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient List<Diagnostic> diagnostics;

        Refused(int status, String message, List<Diagnostic> diagnostics) {
            super(message);
            this.status = status;
            this.diagnostics = List.copyOf(diagnostics);
        }
    }

    /** What one live what-if answers, kept for the page to show without asking again. */
    record Answer(String json) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Workspace workspace;
    private final String version;
    private final Map<String, Answer> answers = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
            return size() > 128;
        }
    });

    Api(Workspace workspace, String version) {
        this.workspace = workspace;
        this.version = version;
    }

    static JsonNode parse(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new Refused(400, "expected a JSON object", List.of());
            }
            return node;
        } catch (IOException e) {
            throw new Refused(400, "invalid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), List.of());
        }
    }

    static List<Assignment> sets(JsonNode request) {
        List<Assignment> sets = new ArrayList<>();
        for (JsonNode s : request.path("sets")) {
            String path = s.path("path").asText("");
            if (path.isEmpty()) {
                throw new Refused(400, "every override needs a path", List.of());
            }
            sets.add(new Assignment(path, s.path("value").asText("")));
        }
        return sets;
    }

    Workspace.Entry entry(String file) {
        Path real = Guard.scenarioFile(workspace.root(), file).orElseThrow(() -> new Refused(404,
                "no scenario file '" + file + "' under the served folder", List.of()));
        Workspace.Entry entry = workspace.entry(real);
        if (entry.file() == null) {
            throw new Refused(400, "the file does not load", entry.errors());
        }
        return entry;
    }

    RuleBase rules() {
        RuleBase rules = workspace.rules();
        if (rules == null) {
            throw new Refused(503, "the rules do not compile", workspace.rulesErrors());
        }
        return rules;
    }

    /** The report of a result, with the baseline's collapse anatomy when its run tallied one. */
    HtmlReport report(RuleBase rules, WhatIf.Result result) {
        return new HtmlReport(result, rules.hash(), rules.settings().durableAt(), rules.settings().fragileAt(),
                List.of(), version, result.run().anatomy());
    }

    /** The user's overrides against the baseline, over the same futures; the answer carries the redrawn sections. */
    String whatIf(String body) {
        JsonNode request = parse(body);
        Workspace.Entry entry = entry(request.path("file").asText(""));
        List<Assignment> sets = sets(request);
        RuleBase rules = rules();
        String key = entry.name() + "\n" + rules.hash() + "\n" + entry.file().text().hashCode() + "\n" + sets;
        Answer known = answers.get(key);
        if (known != null) {
            return known.json();
        }
        long start = System.nanoTime();
        ScenarioFile file = entry.file();
        Scenario current;
        try {
            current = file.resolve(null, sets);
        } catch (InvalidInputException e) {
            throw new Refused(400, "these settings are not valid", e.diagnostics());
        }
        WhatIf.Result result = WhatIf.of(rules, workspace.kept(entry, rules), List.of(current), List.of("your settings"),
                workspace.options(), n -> { });
        long simulated = System.nanoTime();
        WhatIf.Comparison c = result.variants().get(0);
        String html = HtmlWorkbench.live(report(rules, result), c.variant());
        Interval s = c.variant().simulation().survival();
        Interval d = c.deltaSurvival();
        String json = Json.write(Json.object("file", entry.name(), "score", Numbers.oneDecimal(c.variant().evaluation().score()),
                "verdict", c.variant().evaluation().verdict().key(), "deltaScore", Numbers.oneDecimal(c.deltaScore()),
                "survival", interval(s), "deltaSurvival", interval(d), "trials", workspace.options().trials(),
                "rules", rules.hash(), "simulateMillis", Math.round((simulated - start) / 1e6),
                "totalMillis", Math.round((System.nanoTime() - start) / 1e6), "html", html));
        answers.put(key, new Answer(json));
        return json;
    }

    private static Map<String, Object> interval(Interval i) {
        return Json.object("estimate", Numbers.fourDecimals(i.estimate()), "low", Numbers.fourDecimals(i.low()),
                "high", Numbers.fourDecimals(i.high()));
    }

    /**
     * Writes the overrides into the file as a named variant, atomically, every other byte unchanged; the file is
     * loaded again from disk afterwards and put back as it was if it does not validate.
     */
    synchronized String saveVariant(String body) {
        JsonNode request = parse(body);
        Workspace.Entry entry = entry(request.path("file").asText(""));
        String name = request.path("name").asText("");
        String description = request.path("description").asText("");
        boolean replace = request.path("replace").asBoolean(false);
        List<Assignment> sets = sets(request);
        Path path = entry.path();
        ScenarioLoader loader = new ScenarioLoader();
        String original;
        String text;
        try {
            original = Files.readString(path);
            ScenarioFile fresh = loader.load(path);
            text = fresh.withVariant(name, description, sets, replace);
            loader.parse(entry.name(), text).resolve(name, List.of());
        } catch (VariantText.Exists e) {
            throw new Refused(409, e.getMessage() + "; send replace: true to replace it", List.of());
        } catch (InvalidInputException e) {
            throw new Refused(400, "not saved", e.diagnostics());
        } catch (IOException e) {
            throw new Refused(500, "cannot read " + entry.name() + ": " + e.getMessage(), List.of());
        }
        OutputFile.write(path, text, List.of());
        try {
            loader.load(path).resolve(name, List.of());
        } catch (InvalidInputException e) {
            OutputFile.write(path, original, List.of());
            throw new Refused(500, "the written file did not validate; it was put back as it was", e.diagnostics());
        }
        workspace.changed(path);
        return Json.write(Json.object("file", entry.name(), "variant", name, "replaced", replace, "saved", true));
    }

    static String error(Refused e) {
        List<Object> ds = new ArrayList<>();
        e.diagnostics.forEach(d -> ds.add(Json.object("path", d.path(), "line", d.line(), "column", d.column(),
                "message", d.message(), "text", d.render())));
        return Json.write(Json.object("error", e.getMessage(), "status", e.status, "diagnostics", ds));
    }
}
