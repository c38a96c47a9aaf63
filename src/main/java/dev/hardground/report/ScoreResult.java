package dev.hardground.report;

import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;

/** One scored scenario (or variant), as the reporters receive it. {@code variant} is null for the base. */
public record ScoreResult(Scenario scenario, String variant, Evaluation evaluation, String rulesHash) {
}
