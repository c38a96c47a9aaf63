package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationResult;
import dev.hardground.simulate.SimulationRun;
import dev.hardground.simulate.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A baseline against its what-ifs: each scored, and all simulated together over the same sampled futures, so
 * a survival delta is the variant's effect and not noise.
 */
public final class WhatIf {

    /** One side of the comparison. {@code label} is null for the baseline. */
    public record Case(String label, Scenario scenario, Evaluation evaluation, SimulationResult simulation) {
    }

    /** A variant against the baseline: exact score delta, paired survival delta with its 95% interval. */
    public record Comparison(Case variant, double deltaScore, Interval deltaSurvival) {
    }

    public record Result(Case baseline, List<Comparison> variants, SimulationRun run) {
    }

    /** A what-if to compare: a named variant of the file, {@code --set} overrides, or both. */
    public record Spec(String label, String variant, List<Assignment> sets) {
    }

    /**
     * What the baseline is: the file as written, or one of its variants and overrides ({@code --variant},
     * {@code --set}); every what-if is then applied on top of it.
     */
    public record Baseline(String variant, List<Assignment> sets) {
        public static final Baseline FILE = new Baseline(null, List.of());

        public Baseline {
            sets = List.copyOf(sets);
        }
    }

    private WhatIf() {
    }

    /** The file's variants, plus one built from {@code sets} when there are any. */
    public static List<Spec> specs(ScenarioFile file, List<String> variants, List<Assignment> sets) {
        List<Spec> specs = new ArrayList<>();
        List<String> names = variants.isEmpty()
                ? file.variants().stream().map(dev.hardground.model.Variant::name).toList() : variants;
        for (String name : names) {
            specs.add(new Spec(name, name, List.of()));
        }
        if (!sets.isEmpty()) {
            String label = String.join(", ", sets.stream().map(Assignment::text).toList());
            specs.add(new Spec(label, null, sets));
        }
        return specs;
    }

    public static Result compare(RuleBase rules, ScenarioFile file, List<Spec> specs, SimulationOptions options,
                                 LongConsumer progress) {
        return compare(rules, file, Baseline.FILE, specs, options, progress);
    }

    public static Result compare(RuleBase rules, ScenarioFile file, Baseline baseline, List<Spec> specs,
                                 SimulationOptions options, LongConsumer progress) {
        return compare(rules, file, baseline, specs, options, progress, false);
    }

    /**
     * As {@link #compare(RuleBase, ScenarioFile, Baseline, List, SimulationOptions, LongConsumer)}; with
     * {@code anatomy}, the run also tallies the baseline's collapse anatomy from the same trials
     * ({@link SimulationRun#anatomy()}).
     */
    public static Result compare(RuleBase rules, ScenarioFile file, Baseline baseline, List<Spec> specs,
                                 SimulationOptions options, LongConsumer progress, boolean anatomy) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        scenarios.add(file.resolve(baseline.variant(), baseline.sets()));
        labels.add(null);
        for (Spec spec : specs) {
            List<Assignment> sets = new ArrayList<>(baseline.sets());
            sets.addAll(spec.sets());
            scenarios.add(file.resolveStacked(java.util.Arrays.asList(baseline.variant(), spec.variant()), sets));
            labels.add(spec.label());
        }
        return of(rules, scenarios, labels, new Simulator(rules).run(scenarios, labels, options, progress, anatomy));
    }

    /** The first scenario as the baseline against the others, scored and simulated over the same futures. */
    public static Result of(RuleBase rules, List<Scenario> scenarios, List<String> labels, SimulationOptions options,
                            LongConsumer progress) {
        return of(rules, scenarios, labels, new Simulator(rules).run(scenarios, labels, options, progress));
    }

    /**
     * As {@link #of(RuleBase, List, List, SimulationOptions, LongConsumer)} with {@code kept}'s scenario as the
     * baseline, byte for byte the same, but walking only the what-ifs' futures: the baseline's were kept
     * ({@link Simulator#keep}). The workbench answers a slider move so.
     */
    public static Result of(RuleBase rules, Simulator.Kept kept, List<Scenario> variants, List<String> labels,
                            SimulationOptions options, LongConsumer progress) {
        List<Scenario> scenarios = new ArrayList<>(List.of(kept.scenario()));
        scenarios.addAll(variants);
        List<String> all = new ArrayList<>(java.util.Arrays.asList((String) null));
        all.addAll(labels);
        return of(rules, scenarios, all, new Simulator(rules).run(kept, variants, labels, options, progress));
    }

    private static Result of(RuleBase rules, List<Scenario> scenarios, List<String> labels, SimulationRun run) {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            cases.add(new Case(labels.get(i), scenarios.get(i), rules.score(scenarios.get(i)), run.results().get(i)));
        }
        Case base = cases.get(0);
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 1; i < cases.size(); i++) {
            Case c = cases.get(i);
            comparisons.add(new Comparison(c, c.evaluation().score() - base.evaluation().score(), run.deltas().get(i - 1)));
        }
        return new Result(base, comparisons, run);
    }
}
