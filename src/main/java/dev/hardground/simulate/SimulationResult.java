package dev.hardground.simulate;

import dev.hardground.model.Scenario;
import java.time.LocalDate;
import java.util.List;

/**
 * What a simulation found for one scenario. Everything here is determined by the scenario, rules, seed and
 * trial count; timings live in {@link SimulationRun} so that output can be byte-identical.
 *
 * @param medianYearsToCollapse null when at least half the trials survive to the horizon
 * @param inputs  the spread of survival over draws of the ranged inputs; null when every input is a point
 */
public record SimulationResult(Scenario scenario, String variant, long trials, long seed, LocalDate horizon,
                               Interval survival, List<YearSurvival> byYear, Double medianYearsToCollapse,
                               List<Cause> causes, InputSpread inputs) {
    public SimulationResult {
        byYear = List.copyOf(byYear);
        causes = List.copyOf(causes);
    }

    /** Share of trials still standing at the end of a calendar year (or at the horizon in its last year). */
    public record YearSurvival(int year, double survival) {
    }

    /** A cause of collapse and the share of all trials it ended. */
    public record Cause(String cause, long count, double share) {
    }
}
