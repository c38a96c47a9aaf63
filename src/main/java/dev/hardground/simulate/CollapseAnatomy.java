package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the collapsed futures had in common: for every event outcome and every settled commitment, the share of
 * collapsed trials in which it had happened by the day of the collapse, beside its share among the trials that
 * survived. Facts are ranked by their share among collapsed trials. The anatomy is tallied from the
 * simulation's own trials as they run ({@link Simulator#run(List, List, SimulationOptions,
 * java.util.function.LongConsumer, boolean)}: same seed, same futures, ranged inputs drawn as in the
 * simulation, no trial walked twice). A collapsed future had less time to see later events, so compare a fact's
 * two shares with that in mind.
 *
 * @param collapsed trials that collapsed
 * @param survived  trials that survived
 */
public record CollapseAnatomy(long collapsed, long survived, List<Share> facts) {
    public CollapseAnatomy {
        facts = List.copyOf(facts);
    }

    /** One fact: its share among collapsed and among surviving trials. */
    public record Share(String fact, double amongCollapsed, double amongSurvived) {
    }

    /**
     * The anatomy of {@code scenario}'s futures: a simulation of it alone, tallying the anatomy. A command that
     * simulates the scenario anyway asks its own run for it instead.
     */
    public static CollapseAnatomy of(RuleBase rules, Scenario scenario, SimulationOptions options) {
        return new Simulator(rules).run(List.of(scenario), java.util.Arrays.asList((String) null), options, n -> { },
                true).anatomy();
    }

    /**
     * Integer counts over some trials: how many collapsed and survived, and per fact how many of each saw it (a
     * collapsed one by the day of its collapse). Counts of any split of the trials merge, in any order, to the
     * same totals; memory grows with distinct facts, never with trials.
     */
    static final class Counts implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        long collapsed;
        long survived;
        /** Per fact: trials that saw it and collapsed, and that saw it and survived. */
        final TreeMap<String, long[]> facts = new TreeMap<>();

        /** Counts one trial from its outcome and the path it walked. */
        void add(TrialOutcome outcome, TrialPath path) {
            LocalDate until = outcome instanceof TrialOutcome.Collapsed c ? c.date() : null;
            int side = until != null ? 0 : 1;
            if (until != null) {
                collapsed++;
            } else {
                survived++;
            }
            Set<String> seen = new HashSet<>();
            for (TrialPath.Happening h : path.story()) {
                if ((until == null || !h.day().isAfter(until)) && seen.add(h.fact())) {
                    facts.computeIfAbsent(h.fact(), k -> new long[2])[side]++;
                }
            }
        }

        void merge(Counts other) {
            collapsed += other.collapsed;
            survived += other.survived;
            other.facts.forEach((k, v) -> {
                long[] mine = facts.computeIfAbsent(k, x -> new long[2]);
                mine[0] += v[0];
                mine[1] += v[1];
            });
        }

        CollapseAnatomy anatomy() {
            List<Share> shares = new ArrayList<>();
            for (Map.Entry<String, long[]> e : facts.entrySet()) {
                shares.add(new Share(e.getKey(), collapsed == 0 ? 0 : (double) e.getValue()[0] / collapsed,
                        survived == 0 ? 0 : (double) e.getValue()[1] / survived));
            }
            shares.sort(Comparator.comparingDouble(Share::amongCollapsed).reversed().thenComparing(Share::fact));
            return new CollapseAnatomy(collapsed, survived, shares);
        }
    }
}
