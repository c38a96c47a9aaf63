package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.CorrelationMatrix;
import dev.hardground.model.RangedInput;
import dev.hardground.model.Scenario;
import java.util.List;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Draws of a scenario's ranged inputs. Draw {@code m} of the input at path {@code p} reads the addressed
 * uniform (seed, m, "input:" + p), so a variant that shares an input sees the same values in the same draw
 * (common random numbers), whatever the threads. Correlated inputs pass through a Gaussian copula: the
 * uniforms' normal scores are mixed by the Cholesky factor of the correlation matrix, then mapped back to
 * uniforms, then through each input's Beta quantile function.
 */
final class InputDraws {
    /** Keeps normal scores finite: a uniform of exactly 0 would have score −∞. */
    private static final double EDGE = 1e-12;
    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private final List<RangedInput> inputs;
    private final int[] purposes;
    private final BetaDistribution[] marginals;
    private final double[][] cholesky;
    private final long seed;
    private final Materialiser materialiser;
    /** For each input whose copula row is one unit weight, the input whose uniform it takes; else −1. */
    private final int[] copyOf;

    InputDraws(Scenario scenario, long seed) {
        this.inputs = scenario.uncertain();
        this.seed = seed;
        this.purposes = inputs.stream().mapToInt(i -> ("input:" + i.path()).hashCode()).toArray();
        this.marginals = inputs.stream().map(i -> new BetaDistribution(i.alpha(), i.beta()))
                .toArray(BetaDistribution[]::new);
        List<String> paths = inputs.stream().map(RangedInput::path).toList();
        this.cholesky = scenario.correlations().isEmpty() ? null
                : CorrelationMatrix.cholesky(CorrelationMatrix.pearson(paths, scenario.correlations()), paths);
        this.materialiser = new Materialiser(inputs);
        this.copyOf = new int[inputs.size()];
        for (int i = 0; i < copyOf.length; i++) {
            copyOf[i] = cholesky == null ? i : unitRow(cholesky[i]);
        }
    }

    List<RangedInput> inputs() {
        return inputs;
    }

    /** The uniforms of draw {@code m}, before the copula. */
    double[] uniforms(long draw) {
        RandomStream random = new RandomStream(seed, draw);
        double[] u = new double[inputs.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = random.uniform(purposes[i], 0);
        }
        return u;
    }

    /** The inputs' values for draw {@code m}, correlated as the scenario says. */
    double[] values(long draw) {
        return quantiles(correlate(uniforms(draw)));
    }

    /** Uniforms made rank-correlated by the copula (unchanged without correlations). */
    double[] correlate(double[] u) {
        if (cholesky == null) {
            return u;
        }
        int n = u.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = NORMAL.inverseCumulativeProbability(Math.min(1 - EDGE, Math.max(EDGE, u[i])));
        }
        double[] out = u.clone();
        for (int i = 0; i < n; i++) {
            if (copyOf[i] >= 0) {
                out[i] = u[copyOf[i]]; // its own uniform, or a perfectly correlated one's: no normal round trip
                continue;
            }
            double x = 0;
            for (int k = 0; k <= i; k++) {
                x += cholesky[i][k] * z[k];
            }
            out[i] = NORMAL.cumulativeProbability(x);
        }
        return out;
    }

    private static int unitRow(double[] row) {
        int at = -1;
        for (int k = 0; k < row.length; k++) {
            if (Math.abs(row[k] - 1) < 1e-9) {
                at = at == -1 ? k : -2;
            } else if (Math.abs(row[k]) > 1e-9) {
                return -1;
            }
        }
        return at >= 0 ? at : -1;
    }

    /** Each uniform through its input's Beta quantile function. */
    double[] quantiles(double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = quantile(i, u[i]);
        }
        return v;
    }

    /** Input {@code i}'s value at its quantile {@code u}. */
    double quantile(int i, double u) {
        return marginals[i].inverseCumulativeProbability(u);
    }

    /** The scenario with the draw's values in place. */
    Scenario materialise(Scenario scenario, double[] values) {
        return materialiser.apply(scenario, values);
    }

    /**
     * Which inputs the rules may read, by the component that holds each ({@link RuleView#SIMULATOR_ONLY}): the others only
     * steer the simulator's draws, so two draws that agree on these inputs give the rules the same worlds.
     */
    boolean[] seenByRules(Scenario scenario, RuleBase rules) {
        boolean[] seen = new boolean[inputs.size()];
        for (int i = 0; i < seen.length; i++) {
            String component = materialiser.component(scenario, i);
            seen[i] = component == null || !RuleView.SIMULATOR_ONLY.contains(component) || rules.mayRead(component);
        }
        return seen;
    }

    /**
     * What the rules can tell of a draw: the values of the inputs they may read ({@code seen}), exactly. Draws with
     * equal keys share one evaluation memory: a rule evaluation is a pure function of what the rules read.
     */
    static List<Double> ruleKey(double[] values, boolean[] seen) {
        List<Double> key = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (seen[i]) {
                key.add(values[i]);
            }
        }
        return key;
    }

    /** A trial runner on the draw with these input values of {@code scenario}, remembering evaluations in {@code cache}. */
    TrialRunner runner(RuleBase rules, Scenario scenario, double[] values, SimulationOptions options,
                       EvaluationCache cache) {
        return new TrialRunner(rules, materialise(scenario, values), Simulator.horizon(scenario, options),
                options.seed(), cache);
    }

    /**
     * Trial runners for draws of {@code scenario}: draws the rules cannot tell apart ({@link #ruleKey}) share one
     * evaluation memory of {@code capacity} worlds; with {@code share} false every distinct draw has its own.
     */
    Runners runners(RuleBase rules, Scenario scenario, SimulationOptions options, int capacity, boolean share) {
        boolean[] seen = seenByRules(scenario, rules);
        if (!share) {
            java.util.Arrays.fill(seen, true);
        }
        return new Runners(rules, scenario, options, capacity, seen);
    }

    /** Runners for the draws of one scenario, and the evaluation memories they share; thread-safe. */
    final class Runners {
        private final RuleBase rules;
        private final Scenario scenario;
        private final SimulationOptions options;
        private final int capacity;
        private final boolean[] seen;
        private final java.util.Map<List<Double>, EvaluationCache> caches = new java.util.concurrent.ConcurrentHashMap<>();

        private Runners(RuleBase rules, Scenario scenario, SimulationOptions options, int capacity, boolean[] seen) {
            this.rules = rules;
            this.scenario = scenario;
            this.options = options;
            this.capacity = capacity;
            this.seen = seen;
        }

        /** A runner on draw {@code draw} of the inputs. */
        TrialRunner draw(long draw) {
            double[] values = values(draw);
            return runner(rules, scenario, values, options,
                    caches.computeIfAbsent(ruleKey(values, seen), k -> new EvaluationCache(capacity)));
        }

        /** The memories made so far, one per set of values the rules can tell apart. */
        java.util.Collection<EvaluationCache> caches() {
            return caches.values();
        }

        /** What the rules can tell of a draw with these values. */
        List<Double> key(double[] values) {
            return ruleKey(values, seen);
        }
    }

}
