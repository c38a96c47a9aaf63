package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.Evaluation;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.model.Variant;
import dev.hardground.model.Verdict;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule change does: every scenario and variant scored under two rule sets, side by side. {@code rules}
 * is the rule set under test, {@code against} the one it is compared with (the previous rules); a delta is
 * {@code rules − against}. Files that cannot be read are error rows; the rest are still compared.
 */
public final class RuleDiff {
    /** Score changes smaller than this are rounding, not a change. */
    private static final double EPSILON = 1e-9;

    /**
     * One scenario-variant under both rule sets; scores and verdicts null on the side where it could not be scored.
     *
     * @param before the score under {@code against}
     * @param after  the score under {@code rules}
     */
    public record Row(String scenario, String variant, String file, Double before, Verdict verdictBefore,
                      Double after, Verdict verdictAfter, List<Diagnostic> diagnostics) {
        public Row {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean error() {
            return !diagnostics.isEmpty();
        }

        public double delta() {
            return error() ? 0 : after - before;
        }

        public boolean verdictChanged() {
            return !error() && verdictBefore != verdictAfter;
        }

        /** A changed verdict, or a score moved by at least {@code threshold} points (any amount when 0). */
        public boolean changed(double threshold) {
            return verdictChanged() || !error() && Math.abs(delta()) > EPSILON && Math.abs(delta()) >= threshold;
        }

        public String label() {
            return variant == null ? scenario : scenario + " [" + variant + "]";
        }
    }

    private RuleDiff() {
    }

    public static List<Row> compare(RuleBase rules, RuleBase against, BatchInputs inputs, ScenarioLoader loader) {
        List<Row> rows = new ArrayList<>();
        inputs.problems().forEach(p -> rows.add(error(p.path(), null, p.path(), List.of(p))));
        for (Path file : inputs.files()) {
            String name = inputs.name(file);
            ScenarioFile scenarioFile;
            try {
                scenarioFile = loader.load(file);
            } catch (InvalidInputException e) {
                rows.add(error(BatchInputs.stem(name), null, name, e.diagnostics()));
                continue;
            }
            rows.add(row(scenarioFile, null, name, rules, against));
            for (Variant v : scenarioFile.variants()) {
                rows.add(row(scenarioFile, v.name(), name, rules, against));
            }
        }
        return rows;
    }

    private static Row row(ScenarioFile file, String variant, String name, RuleBase rules, RuleBase against) {
        String id = file.base().id();
        try {
            Scenario scenario = variant == null ? file.base() : file.resolve(variant, List.of());
            Evaluation before = against.score(scenario);
            Evaluation after = rules.score(scenario);
            return new Row(id, variant, name, before.score(), before.verdict(), after.score(), after.verdict(), List.of());
        } catch (InvalidInputException e) {
            return error(id, variant, name, e.diagnostics());
        }
    }

    private static Row error(String scenario, String variant, String file, List<Diagnostic> diagnostics) {
        return new Row(scenario, variant, file, null, null, null, null, diagnostics);
    }
}
