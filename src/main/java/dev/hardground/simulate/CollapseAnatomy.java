package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the collapsed futures had in common: for every event outcome and every settled commitment, the share of
 * collapsed trials in which it had happened by the day of the collapse, beside its share among the trials that
 * survived. Facts are ranked by how much more often they came before a collapse than in a surviving future.
 * Facts are ranked by their share among collapsed trials. The trials are the simulation's own (same seed, same
 * futures; ranged inputs drawn as in the simulation). A collapsed future had less time to see later events, so
 * compare a fact's two shares with that in mind.
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

    private static final class Counts {
        long collapsed;
        long survived;
        final TreeMap<String, long[]> facts = new TreeMap<>();

        void merge(Counts other) {
            collapsed += other.collapsed;
            survived += other.survived;
            other.facts.forEach((k, v) -> {
                long[] mine = facts.computeIfAbsent(k, x -> new long[2]);
                mine[0] += v[0];
                mine[1] += v[1];
            });
        }
    }

    public static CollapseAnatomy of(RuleBase rules, Scenario scenario, SimulationOptions options) {
        InputDraws draws = scenario.ranged() ? new InputDraws(scenario, options.seed()) : null;
        TrialRunner fixed = draws != null ? null : new TrialRunner(rules, scenario, Simulator.horizon(scenario, options),
                options.seed(), new EvaluationCache(200_000));
        Counts total = new Counts();
        Simulator.inChunks(options, (from, to) -> {
            TrialRunner runner = fixed != null ? fixed : new TrialRunner(rules,
                    draws.materialise(scenario, draws.values(from / Simulator.CHUNK)),
                    Simulator.horizon(scenario, options), options.seed(), new EvaluationCache(50_000));
            Counts counts = new Counts();
            for (long trial = from; trial < to; trial++) {
                TrialOutcome outcome = runner.run(trial);
                TrialPath path = runner.path(trial);
                boolean collapsed = outcome instanceof TrialOutcome.Collapsed;
                java.time.LocalDate until = outcome instanceof TrialOutcome.Collapsed c ? c.date() : null;
                if (collapsed) {
                    counts.collapsed++;
                } else {
                    counts.survived++;
                }
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (TrialPath.Happening h : path.story()) {
                    if ((until == null || !h.day().isAfter(until)) && seen.add(h.fact())) {
                        counts.facts.computeIfAbsent(h.fact(), k -> new long[2])[collapsed ? 0 : 1]++;
                    }
                }
            }
            return counts;
        }).forEach(total::merge);
        List<Share> facts = new ArrayList<>();
        for (Map.Entry<String, long[]> e : total.facts.entrySet()) {
            facts.add(new Share(e.getKey(), total.collapsed == 0 ? 0 : (double) e.getValue()[0] / total.collapsed,
                    total.survived == 0 ? 0 : (double) e.getValue()[1] / total.survived));
        }
        facts.sort(Comparator.comparingDouble(Share::amongCollapsed).reversed().thenComparing(Share::fact));
        return new CollapseAnatomy(total.collapsed, total.survived, facts);
    }
}
