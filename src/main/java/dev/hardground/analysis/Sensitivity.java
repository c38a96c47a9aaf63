package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationRun;
import dev.hardground.simulate.Simulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * How much each uncertain input moves survival: every input swung low and high (see {@link Swing}), all
 * simulated in one run over the same sampled futures as the baseline, ranked by the size of the swing.
 */
public final class Sensitivity {

    /** One bar of the tornado. */
    public record Row(UncertainInput input, double survivalLow, double survivalHigh) {
        public double swing() {
            return Math.abs(survivalHigh - survivalLow);
        }
    }

    public record Result(Scenario baseline, double baselineScore, Interval baselineSurvival, List<Row> rows,
                         SimulationRun run) {
    }

    /** A value of a swept input and what it gives. */
    public record SweepPoint(double value, Evaluation evaluation, Interval survival) {
    }

    /** What the scenario as analysed is: a file with an optional variant and overrides. */
    public record Base(ScenarioFile file, String variant, List<Assignment> sets) {
        /** The scenario to study: the variant with the overrides applied. */
        public Scenario scenario() {
            return with(List.of());
        }

        Scenario with(List<Assignment> more) {
            List<Assignment> all = new ArrayList<>(sets);
            all.addAll(more);
            return file.resolve(variant, all);
        }
    }

    private Sensitivity() {
    }

    public static Result tornado(RuleBase rules, Base base, SimulationOptions options, LongConsumer progress) {
        Scenario baseline = base.with(List.of());
        // Ranged inputs have their own, variance-based view (sensitivity --global); the tornado swings the points.
        List<UncertainInput> inputs = Swing.inputs(baseline).stream().filter(i -> baseline.uncertain().stream()
                .noneMatch(r -> r.path().equals(i.path()) || r.path().startsWith(i.path() + "."))).toList();
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(baseline);
        for (UncertainInput input : inputs) {
            scenarios.add(base.with(input.lowSet()));
            scenarios.add(base.with(input.highSet()));
        }
        SimulationRun run = new Simulator(rules).run(scenarios, Collections.nCopies(scenarios.size(), null), options, progress);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            rows.add(new Row(inputs.get(i), run.results().get(1 + 2 * i).survival().estimate(),
                    run.results().get(2 + 2 * i).survival().estimate()));
        }
        rows.sort(Comparator.comparingDouble(Row::swing).reversed().thenComparing(r -> r.input().path()));
        return new Result(baseline, rules.score(baseline).score(), run.results().get(0).survival(), rows, run);
    }

    /** Survival and score at each value of {@code path} from {@code from} to {@code to} by {@code step}. */
    public static List<SweepPoint> sweep(RuleBase rules, Base base, String path, double from, double to, double step,
                                         SimulationOptions options, LongConsumer progress) {
        List<Double> values = new ArrayList<>();
        int n = (int) Math.floor((to - from) / step + 1e-9);
        for (int i = 0; i <= n; i++) {
            values.add(from + i * step);
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (double v : values) {
            scenarios.add(base.with(List.of(new Assignment(path, Swing.format(v)))));
        }
        SimulationRun run = new Simulator(rules).run(scenarios, Collections.nCopies(scenarios.size(), null), options, progress);
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new SweepPoint(values.get(i), rules.score(scenarios.get(i)), run.results().get(i).survival()));
        }
        return points;
    }
}
