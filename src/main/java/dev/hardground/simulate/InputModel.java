package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.RangedInput;
import dev.hardground.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Survival as a function of a scenario's ranged inputs, for global sensitivity: a point u in [0, 1]^k (one
 * uniform per ranged input, in the scenario's order) becomes input values through each input's Beta quantile
 * function; the scenario with those values runs trials 0 … n − 1, the same futures for every point (common
 * random numbers), so two points differ only by what their inputs change. Correlations are not applied here:
 * Sobol indices are defined for independent inputs.
 */
public final class InputModel {
    private static final int POINTS_PER_TASK = 16;
    private static final int CACHE_CAPACITY = 50_000;

    private final RuleBase rules;
    private final Scenario scenario;
    private final SimulationOptions options;
    private final InputDraws draws;

    /** {@code options.trials()} is the number of trials per point. */
    public InputModel(RuleBase rules, Scenario scenario, SimulationOptions options) {
        this.rules = rules;
        this.scenario = scenario;
        this.options = options;
        this.draws = new InputDraws(scenario, options.seed());
    }

    public List<RangedInput> inputs() {
        return draws.inputs();
    }

    /**
     * An n × k matrix of addressed uniforms: row j, column i is (seed, j, "sobol-" + name + ":" + path of input
     * i), so a column belongs to its input whatever the other inputs are.
     */
    public double[][] uniforms(String name, int rows) {
        int[] purposes = inputs().stream().mapToInt(i -> ("sobol-" + name + ":" + i.path()).hashCode()).toArray();
        double[][] out = new double[rows][purposes.length];
        for (int j = 0; j < rows; j++) {
            RandomStream random = new RandomStream(options.seed(), j);
            for (int i = 0; i < purposes.length; i++) {
                out[j][i] = random.uniform(purposes[i], 0);
            }
        }
        return out;
    }

    /** The input values a point stands for. */
    public double[] values(double[] point) {
        return draws.quantiles(point);
    }

    /** The scenario with the given input values and no ranges left: a point scenario. */
    public Scenario at(double[] values) {
        return draws.materialise(scenario, values).withUncertain(List.of());
    }

    /** Survival to the horizon at every point, over the same trials; spread over the threads, in point order. */
    public double[] survival(double[][] points) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "hardground-sobol");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (int from = 0; from < points.length; from += POINTS_PER_TASK) {
                int start = from;
                int end = Math.min(points.length, from + POINTS_PER_TASK);
                futures.add(pool.submit(() -> {
                    double[] out = new double[end - start];
                    for (int p = start; p < end; p++) {
                        out[p - start] = survival(points[p]);
                    }
                    return out;
                }));
            }
            double[] all = new double[points.length];
            int at = 0;
            for (Future<double[]> f : futures) {
                double[] part = f.get();
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            return all;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sensitivity interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private double survival(double[] point) {
        Scenario s = draws.materialise(scenario, values(point));
        TrialRunner runner = new TrialRunner(rules, s, Simulator.horizon(s, options), options.seed(),
                new EvaluationCache(CACHE_CAPACITY));
        long survived = 0;
        for (long trial = 0; trial < options.trials(); trial++) {
            if (runner.run(trial) instanceof TrialOutcome.Survived) {
                survived++;
            }
        }
        return (double) survived / options.trials();
    }
}
