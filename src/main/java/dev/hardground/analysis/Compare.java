package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Contribution;
import dev.hardground.model.Scenario;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Two scenarios side by side: each scored and both simulated in one run. The simulator addresses every random
 * number by (seed, trial, purpose), so the inputs the two files share draw the same numbers in every trial, and
 * the survival difference is paired as a what-if's is ({@link WhatIf#of}); A plays the baseline.
 */
public final class Compare {
    /** Score delta below which a factor is the same on both sides. */
    private static final double EPSILON = 1e-9;

    /** One factor's points on each side; zero where no rule of that factor fired. */
    public record FactorRow(String factor, double a, double b) {
        public double delta() {
            return b - a;
        }
    }

    /**
     * @param whatIf  A as the baseline, B as its one variant (labels: the scenarios' ids, or file names)
     * @param factors every factor either side has, in A's order then B's
     * @param onlyA   rules that fired for A and not for B, by name
     * @param onlyB   rules that fired for B and not for A
     */
    public record Result(WhatIf.Result whatIf, List<FactorRow> factors, List<String> onlyA, List<String> onlyB) {
        public Result {
            factors = List.copyOf(factors);
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
        }

        public WhatIf.Case a() {
            return whatIf.baseline();
        }

        public WhatIf.Case b() {
            return whatIf.variants().get(0).variant();
        }

        public double deltaScore() {
            return whatIf.variants().get(0).deltaScore();
        }

        /** B's survival minus A's, paired over the same trials, with its 95% interval. */
        public Interval deltaSurvival() {
            return whatIf.variants().get(0).deltaSurvival();
        }

        /** Factors whose points differ. */
        public List<FactorRow> changedFactors() {
            return factors.stream().filter(f -> Math.abs(f.delta()) > EPSILON).toList();
        }
    }

    private Compare() {
    }

    public static Result of(RuleBase rules, Scenario a, String labelA, Scenario b, String labelB,
                            SimulationOptions options, LongConsumer progress) {
        WhatIf.Result whatIf = WhatIf.of(rules, List.of(a, b), java.util.Arrays.asList(labelA, labelB), options, progress);
        Map<String, Double> fa = whatIf.baseline().evaluation().factors();
        Map<String, Double> fb = whatIf.variants().get(0).variant().evaluation().factors();
        Set<String> names = new LinkedHashSet<>(fa.keySet());
        names.addAll(fb.keySet());
        List<FactorRow> factors = new ArrayList<>();
        for (String f : names) {
            factors.add(new FactorRow(f, fa.getOrDefault(f, 0.0), fb.getOrDefault(f, 0.0)));
        }
        Set<String> ra = fired(whatIf.baseline().evaluation().contributions());
        Set<String> rb = fired(whatIf.variants().get(0).variant().evaluation().contributions());
        return new Result(whatIf, factors, minus(ra, rb), minus(rb, ra));
    }

    private static Set<String> fired(List<Contribution> contributions) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        contributions.forEach(c -> names.put(c.rule(), true));
        return names.keySet();
    }

    private static List<String> minus(Set<String> x, Set<String> y) {
        Set<String> out = new TreeSet<>(x);
        out.removeAll(y);
        return List.copyOf(out);
    }
}
