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

    /**
     * Survival to the horizon at every point, over the same trials; spread over the threads, in point order. Points
     * that differ only in inputs no rule reads ({@link InputDraws#ruleKey}: A and the AB_i whose column i is such an
     * input) are run together and share one evaluation memory; the survival of each is what it is alone.
     */
    public double[] survival(double[][] points) {
        return survival(points, true);
    }

    /** {@link #survival(double[][])}, sharing evaluations between points the rules cannot tell apart or not. */
    double[] survival(double[][] points, boolean share) {
        InputDraws.Runners runners = draws.runners(rules, scenario, options, CACHE_CAPACITY, share);
        double[][] values = values(points);
        java.util.Map<List<Double>, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int p = 0; p < points.length; p++) {
            groups.computeIfAbsent(runners.key(values[p]), k -> new ArrayList<>()).add(p);
        }
        List<List<Integer>> tasks = new ArrayList<>();
        List<Integer> task = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            task.addAll(group);
            if (task.size() >= POINTS_PER_TASK) {
                tasks.add(task);
                task = new ArrayList<>();
            }
        }
        if (!task.isEmpty()) {
            tasks.add(task);
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "hardground-sobol");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (List<Integer> indices : tasks) {
                futures.add(pool.submit(() -> {
                    double[] out = new double[indices.size()];
                    List<Double> key = null;
                    EvaluationCache cache = null;
                    for (int j = 0; j < out.length; j++) {
                        double[] at = values[indices.get(j)];
                        List<Double> k = runners.key(at);
                        if (!k.equals(key)) { // a new group: the last one's memory is no longer needed
                            key = k;
                            cache = new EvaluationCache(CACHE_CAPACITY);
                        }
                        out[j] = survival(draws.runner(rules, scenario, at, options, cache));
                    }
                    return out;
                }));
            }
            double[] all = new double[points.length];
            for (int t = 0; t < tasks.size(); t++) {
                double[] part = futures.get(t).get();
                for (int j = 0; j < part.length; j++) {
                    all[tasks.get(t).get(j)] = part[j];
                }
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

    /**
     * The input values of every point, each input's quantile computed once per distinct uniform: Saltelli's points
     * repeat their uniforms (AB_i is A but for column i), and a Beta quantile is a root search (JFR put 15% of a
     * 300-sample run's samples in it; at 1,000 base samples the CPU time fell 1-5%). The same numbers as
     * {@link #values(double[])} point by point.
     */
    private double[][] values(double[][] points) {
        double[][] out = new double[points.length][];
        List<java.util.Map<Double, Double>> known = new ArrayList<>();
        for (int i = 0; i < inputs().size(); i++) {
            known.add(new java.util.HashMap<>());
        }
        for (int p = 0; p < points.length; p++) {
            double[] u = points[p];
            double[] v = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                int column = i;
                v[i] = known.get(i).computeIfAbsent(u[i], x -> draws.quantile(column, x));
            }
            out[p] = v;
        }
        return out;
    }

    private double survival(TrialRunner runner) {
        long survived = 0;
        for (long trial = 0; trial < options.trials(); trial++) {
            if (runner.run(trial) instanceof TrialOutcome.Survived) {
                survived++;
            }
        }
        return (double) survived / options.trials();
    }
}
