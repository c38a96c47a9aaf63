package dev.hardground.report;

import dev.hardground.model.Evaluation;
import dev.hardground.model.Verdict;
import dev.hardground.simulate.SimulationResult;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a verdict and a survival tell opposite stories, when they do. The verdict reads the score on asOf against
 * thresholds placed by the record (rules/verdict.drl: durable where at least three in four agreements lasted five
 * years, at-risk where at most half did); the survival follows sampled futures to the horizon, through the events
 * the scenario names. A durable verdict with survival under one half, or an at-risk verdict with survival of three
 * quarters or more, gets a sentence naming what the futures see that the score on asOf does not.
 */
public final class VerdictNote {
    /** Survival below this contradicts a durable verdict (the at-risk meaning of the thresholds). */
    static final double DURABLE_CONTRADICTED = 0.5;
    /** Survival at or above this contradicts an at-risk verdict (the durable meaning of the thresholds). */
    static final double AT_RISK_CONTRADICTED = 0.75;

    private VerdictNote() {
    }

    public static Optional<String> of(Evaluation evaluation, SimulationResult simulation) {
        double survival = simulation.survival().estimate();
        Verdict verdict = evaluation.verdict();
        if (verdict == Verdict.DURABLE && survival < DURABLE_CONTRADICTED) {
            String cause = simulation.causes().stream().max(Comparator.comparingDouble(SimulationResult.Cause::share))
                    .map(c -> String.format(Locale.ROOT, "; most collapses: %s (%.0f%% of futures)", c.cause(), 100 * c.share()))
                    .orElse("");
            return Optional.of(String.format(Locale.ROOT, "durable judges the score on %s; survival to %s is %.0f%%"
                    + " because the sampled futures go through events the score cannot count in advance%s",
                    simulation.scenario().asOf(), simulation.horizon(), 100 * survival, cause));
        }
        if (verdict == Verdict.AT_RISK && survival >= AT_RISK_CONTRADICTED) {
            return Optional.of(String.format(Locale.ROOT, "at-risk judges the score on %s; survival to %s is %.0f%%"
                    + " because few sampled futures strike the risks it weighs before the horizon",
                    simulation.scenario().asOf(), simulation.horizon(), 100 * survival));
        }
        return Optional.empty();
    }
}
