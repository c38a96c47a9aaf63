package dev.hardground.simulate;

import java.util.List;

/**
 * One run of the simulator over a baseline and any variants, sharing sampled futures.
 *
 * @param results     one per scenario, baseline first
 * @param deltas      survival of each variant minus the baseline's, paired (empty without variants)
 * @param steps       world states judged across all trials
 * @param engineRuns  of those, how many ran the rule engine (the rest were remembered)
 * @param nanos       wall time
 */
public record SimulationRun(List<SimulationResult> results, List<Interval> deltas, long steps, long engineRuns,
                            long nanos) {
    public SimulationRun {
        results = List.copyOf(results);
        deltas = List.copyOf(deltas);
    }

    public double trialsPerSecond() {
        return results.isEmpty() ? 0 : results.get(0).trials() * results.size() / (nanos / 1e9);
    }
}
