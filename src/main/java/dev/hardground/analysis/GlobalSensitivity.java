package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.RangedInput;
import dev.hardground.model.Scenario;
import dev.hardground.simulate.InputModel;
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
 * {@code sensitivity --global}: Sobol indices of survival for every ranged input ({@link Sobol} over
 * {@link InputModel}), and for each input the survival at its two ends (its 5% and 95% quantiles, every other
 * input at its mean), simulated over common random numbers, for the plain-words summary.
 */
public final class GlobalSensitivity {
    /** Bootstrap resamples behind each interval. */
    static final int BOOTSTRAP = 500;

    /** One ranged input: its indices and the survival at its ends. */
    public record Row(RangedInput input, Sobol.Index index, double lowValue, double highValue, double survivalLow,
                      double survivalHigh) {
    }

    /** Rows ranked by total index, largest first. */
    public record Result(Scenario scenario, Interval survivalAtMeans, int samples, int trialsPerPoint,
                         Sobol.Result sobol, List<Row> rows) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    private GlobalSensitivity() {
    }

    /**
     * @param samples      base rows of the Sobol matrices (n; the model runs n·(k + 2) points)
     * @param perPoint     how to simulate each point ({@code trials} per point)
     * @param ends         how to simulate the ends of each input
     */
    public static Result run(RuleBase rules, Sensitivity.Base base, int samples, SimulationOptions perPoint,
                             SimulationOptions ends, LongConsumer progress) {
        return run(rules, base, samples, perPoint, ends, progress, model -> model::survival);
    }

    /**
     * As {@link #run(RuleBase, Sensitivity.Base, int, SimulationOptions, SimulationOptions, LongConsumer)}, with the
     * points' survival computed by {@code evaluator}'s model (the Spark job spreads them over a cluster); it must give
     * {@link InputModel#survival(double[][])}'s numbers, in point order.
     */
    public static Result run(RuleBase rules, Sensitivity.Base base, int samples, SimulationOptions perPoint,
                             SimulationOptions ends, LongConsumer progress,
                             java.util.function.Function<InputModel, Sobol.Model> evaluator) {
        Scenario scenario = base.scenario();
        if (!scenario.ranged()) {
            throw new InvalidInputException(Diagnostic.of(base.file().path(), "sensitivity --global needs ranged"
                    + " inputs (a probability written as LOW to HIGH or { beta: [a, b] }); this scenario has none"));
        }
        InputModel model = new InputModel(rules, scenario, perPoint);
        Sobol.Result sobol = Sobol.estimate(model.uniforms("a", samples), model.uniforms("b", samples),
                evaluator.apply(model), BOOTSTRAP, perPoint.seed());
        List<RangedInput> inputs = model.inputs();
        int k = inputs.size();
        double[] means = inputs.stream().mapToDouble(RangedInput::mean).toArray();
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(model.at(means));
        double[][] endValues = new double[k][2];
        for (int i = 0; i < k; i++) {
            double[] u = new double[k];
            for (int side = 0; side < 2; side++) {
                java.util.Arrays.fill(u, 0.5);
                u[i] = side == 0 ? 0.05 : 0.95;
                double[] values = means.clone();
                values[i] = model.values(u)[i];
                endValues[i][side] = values[i];
                scenarios.add(model.at(values));
            }
        }
        SimulationRun run = new Simulator(rules).run(scenarios, Collections.nCopies(scenarios.size(), null), ends,
                progress);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            rows.add(new Row(inputs.get(i), sobol.indices().get(i), endValues[i][0], endValues[i][1],
                    run.results().get(1 + 2 * i).survival().estimate(), run.results().get(2 + 2 * i).survival().estimate()));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> r.index().total()).reversed()
                .thenComparing(r -> r.input().path()));
        return new Result(scenario, run.results().get(0).survival(), samples, perPoint.trials(), sobol, rows);
    }
}
