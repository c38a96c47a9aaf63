package dev.hardground.scenario;

import dev.hardground.model.RangedInput;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.exception.MathRuntimeException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A probability written as a range: {@code 0.2 to 0.5}, a 90% interval read as the Beta distribution whose 5%
 * and 95% quantiles are its ends, or {@code { beta: [a, b] }}, the distribution itself. Only the scenario's
 * probabilities take ranges (commitment chances, event outcome and successor stance weights,
 * earlyExitChance, publicSupport, approval: the fields {@link Fields} marks as taking ranges).
 */
final class Ranges {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\S*)\\s+to\\s+(\\S*)\\s*|\\s*(\\S*)\\s+to\\s*|\\s*to\\s+(\\S*)\\s*");
    private static final double TAIL = 0.05;
    /** Concentrations (alpha + beta) searched for a 90% interval: from U-shaped to a near-point. */
    private static final double MIN_LOG_CONCENTRATION = Math.log(1e-2);
    private static final double MAX_LOG_CONCENTRATION = Math.log(1e9);

    private Ranges() {
    }

    /** Whether the node is written as a range (well formed or not). */
    static boolean looksLikeRange(Node node) {
        if (node instanceof ScalarNode s) {
            return RANGE.matcher(s.getValue()).matches();
        }
        return node instanceof MappingNode m && m.getValue().size() == 1
                && m.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getValue().equals("beta");
    }

    /** The range the node holds, at {@code path} (a binder path, rewritten to an override path later). */
    static RangedInput parse(Node node, String path, String field) throws Scalars.Invalid {
        if (node instanceof ScalarNode s) {
            Matcher m = RANGE.matcher(s.getValue());
            if (!m.matches() || m.group(1) == null) {
                throw new Scalars.Invalid(field + ": '" + s.getValue().strip()
                        + "' is not a range; write LOW to HIGH, as in 0.2 to 0.5");
            }
            double low = end(m.group(1), field, s.getValue());
            double high = end(m.group(2), field, s.getValue());
            if (low >= high) {
                throw new Scalars.Invalid(field + ": '" + s.getValue().strip() + "' must go from low to high"
                        + (low == high ? " (for a single value write " + m.group(1) + ")" : ""));
            }
            if (low <= 0 || high >= 1) {
                throw new Scalars.Invalid(field + ": the ends of '" + s.getValue().strip()
                        + "' must lie strictly between 0 and 1 (a 90% interval of a probability)");
            }
            double[] shape = fit(low, high, field, s.getValue().strip());
            return new RangedInput(path, shape[0], shape[1], s.getValue().strip());
        }
        Node value = ((MappingNode) node).getValue().get(0).getValueNode();
        if (!(value instanceof SequenceNode seq) || seq.getValue().size() != 2
                || !(seq.getValue().get(0) instanceof ScalarNode a) || !(seq.getValue().get(1) instanceof ScalarNode b)) {
            throw new Scalars.Invalid(field + ": beta takes two numbers, as in { beta: [2, 5] }");
        }
        double alpha = shapeParameter(a.getValue(), field);
        double beta = shapeParameter(b.getValue(), field);
        return new RangedInput(path, alpha, beta, "beta: [" + a.getValue() + ", " + b.getValue() + "]");
    }

    private static double end(String text, String field, String range) throws Scalars.Invalid {
        try {
            return (Double) Scalars.parse(text, Double.class, field);
        } catch (Scalars.Invalid e) {
            throw new Scalars.Invalid(field + ": '" + text + "' in '" + range.strip() + "' is not a number");
        }
    }

    private static double shapeParameter(String text, String field) throws Scalars.Invalid {
        double v;
        try {
            v = (Double) Scalars.parse(text, Double.class, field);
        } catch (Scalars.Invalid e) {
            throw new Scalars.Invalid(field + ": beta parameter '" + text + "' is not a number");
        }
        if (v <= 0) {
            throw new Scalars.Invalid(field + ": beta parameters must be positive, not " + text);
        }
        return v;
    }

    /**
     * The Beta distribution with 5% quantile {@code low} and 95% quantile {@code high}. For a concentration
     * alpha + beta the mean that puts equal mass in both tails is unique (tail masses move in opposite
     * directions with the mean); that common tail mass falls as the concentration grows. Two nested Brent
     * solves find the pair, to 1e-10 in the tail mass.
     */
    static double[] fit(double low, double high, String field, String written) throws Scalars.Invalid {
        BrentSolver solver = new BrentSolver(1e-12, 1e-12);
        double lowTail;
        double highTail;
        try {
            lowTail = tail(low, high, MIN_LOG_CONCENTRATION, solver);
            highTail = tail(low, high, MAX_LOG_CONCENTRATION, solver);
        } catch (MathRuntimeException e) {
            throw new Scalars.Invalid(field + ": no Beta distribution fits '" + written + "' as a 90% interval");
        }
        if (!(lowTail >= TAIL && highTail <= TAIL)) {
            throw new Scalars.Invalid(field + ": no Beta distribution has '" + written + "' as its 90% interval ("
                    + (lowTail < TAIL ? "too wide" : "too narrow; write a single value") + ")");
        }
        try {
            double logK = new BrentSolver(1e-12, 1e-12).solve(200, k -> tail(low, high, k, solver) - TAIL, MIN_LOG_CONCENTRATION,
                    MAX_LOG_CONCENTRATION);
            double k = Math.exp(logK);
            double mean = balancedMean(low, high, k, solver);
            return new double[] {mean * k, (1 - mean) * k};
        } catch (MathRuntimeException e) {
            throw new Scalars.Invalid(field + ": no Beta distribution fits '" + written + "' as a 90% interval");
        }
    }

    /** The tail mass below {@code low} of the Beta with concentration e^logK whose two tails are equal. */
    private static double tail(double low, double high, double logK, BrentSolver solver) {
        double k = Math.exp(logK);
        double mean = balancedMean(low, high, k, solver);
        return new BetaDistribution(mean * k, (1 - mean) * k).cumulativeProbability(low);
    }

    private static double balancedMean(double low, double high, double k, BrentSolver solver) {
        double eps = 1e-12;
        return solver.solve(200, mean -> {
            BetaDistribution d = new BetaDistribution(mean * k, (1 - mean) * k);
            return d.cumulativeProbability(low) - (1 - d.cumulativeProbability(high));
        }, eps, 1 - eps);
    }
}
