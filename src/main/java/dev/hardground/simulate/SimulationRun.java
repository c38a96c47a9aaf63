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
 * @param rulesUsed   names of the rules that contributed, declared a collapse or changed the world in any step
 * @param deltaInputs for each variant, the spread of its paired delta over input draws (empty when no input is
 *                    ranged; null for a point variant of a point baseline)
 * @param anatomy     the baseline's collapse anatomy, tallied from the same trials when the run was asked for it;
 *                    null otherwise
 */
public record SimulationRun(List<SimulationResult> results, List<Interval> deltas, long steps, long engineRuns,
                            long nanos, List<String> rulesUsed, List<InputSpread> deltaInputs,
                            CollapseAnatomy anatomy) {
    public SimulationRun {
        results = List.copyOf(results);
        deltaInputs = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(deltaInputs));
        deltas = List.copyOf(deltas);
        rulesUsed = List.copyOf(rulesUsed);
    }

    public double trialsPerSecond() {
        return results.isEmpty() ? 0 : results.get(0).trials() * results.size() / (nanos / 1e9);
    }
}
