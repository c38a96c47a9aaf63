package dev.hardground.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules' judgement of one world on one day: score (50 plus every contribution, clamped to 0–100), verdict,
 * the contributions in firing order, any collapse a rule declared, and any change to the world a dynamics
 * rule asked for, and the reference class a rule put the agreement in (null: none), whose background hazard by
 * age applies.
 */
public record Evaluation(double score, Verdict verdict, List<Contribution> contributions, List<Collapse> collapses,
                         List<WorldChange> changes, String referenceClass) {
    public Evaluation {
        contributions = List.copyOf(contributions);
        collapses = List.copyOf(collapses);
        changes = List.copyOf(changes);
    }

    /** An evaluation in no reference class. */
    public Evaluation(double score, Verdict verdict, List<Contribution> contributions, List<Collapse> collapses,
                      List<WorldChange> changes) {
        this(score, verdict, contributions, collapses, changes, null);
    }

    /** Points per factor, in order of first appearance. */
    public Map<String, Double> factors() {
        Map<String, Double> factors = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            factors.merge(c.factor(), c.points(), Double::sum);
        }
        return factors;
    }

    public boolean collapsed() {
        return !collapses.isEmpty();
    }
}
