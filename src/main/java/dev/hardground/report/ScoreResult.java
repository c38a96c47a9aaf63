package dev.hardground.report;

import dev.hardground.evidence.OutsideView;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;

/**
 * One scored scenario (or variant), as the reporters receive it. {@code variant} is null for the base;
 * {@code outsideView} is how its reference class fared in the shipped data (DESIGN.md §9).
 */
public record ScoreResult(Scenario scenario, String variant, Evaluation evaluation, String rulesHash,
                          OutsideView outsideView) {
    public ScoreResult(Scenario scenario, String variant, Evaluation evaluation, String rulesHash) {
        this(scenario, variant, evaluation, rulesHash, OutsideView.of(scenario));
    }
}
