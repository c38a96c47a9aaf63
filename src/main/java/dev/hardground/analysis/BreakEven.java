package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import dev.hardground.model.Verdict;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationRun;
import dev.hardground.simulate.Simulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What would have to change for the deal to fail: for each single-probability input, the value nearest the
 * scenario's own at which the verdict flips, and the value at which survival crosses 50%. The verdict is
 * deterministic, so its flip is found by a fine scan then bisection to 0.0001; survival is bracketed on a
 * coarse grid over common random numbers, bisected, and interpolated within the last bracket.
 */
public final class BreakEven {
    private static final int GRID = 100;
    private static final double PRECISION = 1e-4;
    private static final int SURVIVAL_BISECTIONS = 6;

    /** For one input: null values mean "none in range". */
    public record Finding(UncertainInput input, Double verdictFlip, Verdict flippedTo, Double survivalCrossing) {
    }

    private BreakEven() {
    }

    public static List<Finding> find(RuleBase rules, Sensitivity.Base base, SimulationOptions options) {
        Scenario baseline = base.with(List.of());
        List<UncertainInput> inputs = Swing.inputs(baseline).stream().filter(UncertainInput::numeric).toList();
        Verdict verdict = rules.score(baseline).verdict();
        List<Double[]> brackets = survivalBrackets(rules, base, inputs, options);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            UncertainInput input = inputs.get(i);
            Double flip = verdictFlip(rules, base, input, verdict);
            Verdict to = flip == null ? null : rules.score(base.with(input.at(flip))).verdict();
            findings.add(new Finding(input, flip, to, brackets.get(i) == null ? null : brackets.get(i)[0]));
        }
        return findings;
    }

    private static Verdict verdictAt(RuleBase rules, Sensitivity.Base base, UncertainInput input, double v) {
        return rules.score(base.with(input.at(v))).verdict();
    }

    /** The flip nearest the input's own value, on either side. */
    private static Double verdictFlip(RuleBase rules, Sensitivity.Base base, UncertainInput input, Verdict verdict) {
        Double best = null;
        for (int direction : new int[] {-1, 1}) {
            double same = input.value();
            for (int k = 1; k <= GRID; k++) {
                double v = input.value() + direction * (double) k / GRID;
                if (v < -1e-12 || v > 1 + 1e-12) {
                    break;
                }
                v = Math.max(0, Math.min(1, v));
                if (verdictAt(rules, base, input, v) != verdict) {
                    double flip = bisect(rules, base, input, verdict, same, v);
                    if (best == null || Math.abs(flip - input.value()) < Math.abs(best - input.value())) {
                        best = flip;
                    }
                    break;
                }
                same = v;
            }
        }
        return best;
    }

    /** Narrows [same, other] to the first value, on the flipped side, whose verdict differs. */
    private static double bisect(RuleBase rules, Sensitivity.Base base, UncertainInput input, Verdict verdict,
                                 double same, double other) {
        while (Math.abs(other - same) > PRECISION) {
            double mid = (same + other) / 2;
            if (verdictAt(rules, base, input, mid) == verdict) {
                same = mid;
            } else {
                other = mid;
            }
        }
        double step = Math.signum(other - same) * PRECISION;
        double rounded = Math.round(other / PRECISION) * PRECISION;
        return verdictAt(rules, base, input, rounded) != verdict ? rounded : rounded + step;
    }

    /** For each input, the value where survival crosses 0.5 (in a one-element array), or null. */
    private static List<Double[]> survivalBrackets(RuleBase rules, Sensitivity.Base base, List<UncertainInput> inputs,
                                                   SimulationOptions options) {
        int n = inputs.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] sLo = new double[n];
        double[] sHi = new double[n];
        double[] ends = survival(rules, base, inputs, 0.0, 1.0, options);
        boolean[] crossing = new boolean[n];
        for (int i = 0; i < n; i++) {
            lo[i] = 0;
            hi[i] = 1;
            sLo[i] = ends[2 * i];
            sHi[i] = ends[2 * i + 1];
            crossing[i] = (sLo[i] - 0.5) * (sHi[i] - 0.5) < 0;
        }
        for (int round = 0; round < SURVIVAL_BISECTIONS; round++) {
            List<Scenario> scenarios = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (crossing[i]) {
                    scenarios.add(base.with(inputs.get(i).at((lo[i] + hi[i]) / 2)));
                }
            }
            if (scenarios.isEmpty()) {
                break;
            }
            SimulationRun run = simulate(rules, scenarios, options);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (crossing[i]) {
                    double mid = (lo[i] + hi[i]) / 2;
                    double s = run.results().get(k++).survival().estimate();
                    if ((s - 0.5) * (sLo[i] - 0.5) > 0) {
                        lo[i] = mid;
                        sLo[i] = s;
                    } else {
                        hi[i] = mid;
                        sHi[i] = s;
                    }
                }
            }
        }
        List<Double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!crossing[i]) {
                out.add(null);
            } else {
                double t = sHi[i] == sLo[i] ? 0.5 : (0.5 - sLo[i]) / (sHi[i] - sLo[i]);
                out.add(new Double[] {Math.round((lo[i] + t * (hi[i] - lo[i])) * 1000) / 1000.0});
            }
        }
        return out;
    }

    private static double[] survival(RuleBase rules, Sensitivity.Base base, List<UncertainInput> inputs, double a,
                                     double b, SimulationOptions options) {
        List<Scenario> scenarios = new ArrayList<>();
        for (UncertainInput input : inputs) {
            scenarios.add(base.with(input.at(a)));
            scenarios.add(base.with(input.at(b)));
        }
        if (scenarios.isEmpty()) {
            return new double[0];
        }
        SimulationRun run = simulate(rules, scenarios, options);
        return run.results().stream().mapToDouble(r -> r.survival().estimate()).toArray();
    }

    private static SimulationRun simulate(RuleBase rules, List<Scenario> scenarios, SimulationOptions options) {
        return new Simulator(rules).run(scenarios, Collections.nCopies(scenarios.size(), null), options, n -> { });
    }
}
