package dev.hardground.analysis;

import dev.hardground.model.Baseline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Fits the background hazard — the score link's base and slope and each reference class's baseline by age —
 * jointly, by maximum likelihood with censoring times a weak prior (a MAP estimate), with Hipparchus' BOBYQA
 * within bounds. A case that collapsed contributes the chance of collapsing within the year of age it
 * collapsed in (the density over that year: rule-declared collapses fall on days, which a density cannot
 * hold); one that survived or was censored contributes the chance of lasting to the last day it was seen.
 * BOBYQA works without derivatives, which suits a likelihood with kinks (see {@link #hessian}).
 *
 * <p>Only what the cases can inform is fitted: the base and the link's slope when some case is in no
 * reference class, a class's baseline and its own slope when some case is in that class (the score need not
 * say as much about a civil war's peace as about a deal between states), and the class's era trend when the
 * rules give it one; the rest keeps the rules' values. A fitted trend is held from the latest signing year
 * among the class's cases on: the fit says nothing of later years, so it does not extrapolate into them. Intervals are 95% Wald
 * intervals from the curvature of the log posterior at its maximum (a Laplace approximation, prior
 * included), on the log scale for hazards, clipped to the bounds.
 */
public final class HazardFit {
    /** A fitted value with its 95% interval. */
    public record Parameter(String name, double value, double low, double high) {
    }

    /** The fitted hazard and its parameters with intervals. */
    public record Result(HazardModel hazard, List<Parameter> parameters, int cases) {
    }

    /**
     * Bounds: base within [0.001, 0.5] a year and slope within [0, 2] (each 10 points of score change the
     * hazard by at most e² ≈ 7.4 times; a negative slope would make better scores worse), so that a small
     * history cannot fit a step function; a class's yearly baseline within [0.001, 0.9].
     */
    static final double BASE_MIN = 0.001;
    static final double BASE_MAX = 0.5;
    static final double SLOPE_MAX = 2.0;
    static final double CLASS_MAX = 0.9;
    /** An era trend (log hazard per decade of signing year) within ±2: at most e² ≈ 7.4 times a decade. */
    static final double TREND_MAX = 2.0;

    /**
     * The weak prior, from the reasoning that set the link before any fitting (rules/verdict.drl), so that a
     * few dozen cases refine the hazard rather than dictate it: log(base) normal around log(0.10) with sd 1 (a
     * factor of e either way), slope normal around 0.5 with sd 0.75. A class's yearly baseline: log normal
     * with sd 1 around its starting values — for "intrastate", the UCDP PAD life table (0.23, 0.07, 0.02);
     * for a class this code does not know, the values the rules give it; a class's slope as the link's.
     */
    static final double PRIOR_BASE = 0.10;
    static final double PRIOR_LOG_SD = 1.0;
    static final double PRIOR_SLOPE = 0.5;
    static final double PRIOR_SLOPE_SD = 0.75;
    static final Map<String, List<Double>> PRIOR_CLASSES = Map.of("intrastate", List.of(0.23, 0.07, 0.02));
    /**
     * An era trend, where the rules give a class one: normal around 0 (no change of level over the years) with
     * sd 0.5 per decade, so that a halving of the hazard every decade is about one and a half sd away and must
     * come from the data.
     */
    static final double PRIOR_TREND_SD = 0.5;
    /** Names of a class baseline's age bands, as the fitted parameters name them ("intrastate.firstYear"). */
    public static final List<String> AGES = List.of("firstYear", "secondYear", "later");

    private HazardFit() {
    }

    /** Fits the hazard to {@code cases}, starting from (and keeping what the cases cannot inform of) {@code start}. */
    public static Result fit(List<Backtest.Case> cases, HazardModel start) {
        Space space = new Space(cases, start);
        double[] x = maximise(cases, space);
        return new Result(space.model(x), space.intervals(x, hessian(v -> -space.logPosterior(cases, v), x)), cases.size());
    }

    /** The MAP point only (no intervals): what cross-validation needs for each fold. */
    static HazardModel fitPoint(List<Backtest.Case> cases, HazardModel start) {
        Space space = new Space(cases, start);
        return space.model(maximise(cases, space));
    }

    private static double[] maximise(List<Backtest.Case> cases, Space space) {
        int n = space.size();
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.3, 1e-6);
        PointValuePair best = optimizer.optimize(new MaxEval(20_000), GoalType.MINIMIZE,
                new ObjectiveFunction(v -> -space.logPosterior(cases, v)), new InitialGuess(space.start()),
                new SimpleBounds(space.lower(), space.upper()));
        return best.getPoint();
    }

    /**
     * Central-difference Hessian of {@code f} at {@code x}, with a step of 0.05 (on the log scale for hazards):
     * the cap of an annual hazard just under 1 puts kinks into the likelihood (a case whose worst stretches hit
     * the cap stops responding to the slope), and a maximum can sit on one, where a small step measures the
     * kink instead of the curvature (a step of 0.001 gave intervals ten times too narrow on the history cases).
     */
    private static RealMatrix hessian(java.util.function.ToDoubleFunction<double[]> f, double[] x) {
        int n = x.length;
        double h = 0.05;
        double f0 = f.applyAsDouble(x);
        RealMatrix m = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double value;
                if (i == j) {
                    value = (f.applyAsDouble(shift(x, i, h, j, 0)) - 2 * f0 + f.applyAsDouble(shift(x, i, -h, j, 0))) / (h * h);
                } else {
                    value = (f.applyAsDouble(shift(x, i, h, j, h)) - f.applyAsDouble(shift(x, i, h, j, -h))
                            - f.applyAsDouble(shift(x, i, -h, j, h)) + f.applyAsDouble(shift(x, i, -h, j, -h))) / (4 * h * h);
                }
                m.setEntry(i, j, value);
                m.setEntry(j, i, value);
            }
        }
        return m;
    }

    private static double[] shift(double[] x, int i, double di, int j, double dj) {
        double[] y = x.clone();
        y[i] += di;
        y[j] += dj;
        return y;
    }

    /**
     * The fitted coordinates: log(base) and the link's slope when some case is in no class, and for every
     * class some case is in, the log of each yearly baseline and the class's own slope.
     */
    private static final class Space {
        private final HazardModel start;
        private final boolean base;
        private final List<String> classes = new ArrayList<>();
        /** Per fitted class with an era trend: the latest signing year among its cases (null: no trend). */
        private final Map<String, Integer> trendLast = new LinkedHashMap<>();

        Space(List<Backtest.Case> cases, HazardModel start) {
            this.start = start;
            this.base = cases.stream().anyMatch(c -> c.referenceClass() == null
                    || !start.baselines().containsKey(c.referenceClass()));
            for (String cls : start.classes()) {
                if (cases.stream().anyMatch(c -> cls.equals(c.referenceClass()))) {
                    classes.add(cls);
                    if (start.baselines().get(cls).trend() != null) {
                        trendLast.put(cls, cases.stream().filter(c -> cls.equals(c.referenceClass()))
                                .mapToInt(c -> c.signed().getYear()).max().orElseThrow());
                    }
                }
            }
        }

        int size() {
            return (base ? 2 : 0) + (AGES.size() + 1) * classes.size() + trendLast.size();
        }

        double[] start() {
            List<Double> v = new ArrayList<>();
            if (base) {
                v.add(Math.log(clamp(start.base(), BASE_MIN, BASE_MAX)));
                v.add(clamp(start.slope(), 0, SLOPE_MAX));
            }
            for (String cls : classes) {
                Baseline b = start.baseline(cls);
                // The rules' values hold at the rules' last year; start from them moved to this fit's last year.
                Baseline moved = trendLast.containsKey(cls)
                        ? new Baseline(b.at(trendLast.get(cls)).byYear(), b.slope()) : b;
                for (int k = 0; k < AGES.size(); k++) {
                    v.add(Math.log(clamp(moved.annual(k), BASE_MIN, CLASS_MAX)));
                }
                v.add(clamp(start.slope(cls), 0, SLOPE_MAX));
                if (trendLast.containsKey(cls)) {
                    v.add(clamp(b.trend().perDecade(), -TREND_MAX, TREND_MAX));
                }
            }
            return v.stream().mapToDouble(Double::doubleValue).toArray();
        }

        double[] lower() {
            return bounds(Math.log(BASE_MIN), 0, Math.log(BASE_MIN), -TREND_MAX);
        }

        double[] upper() {
            return bounds(Math.log(BASE_MAX), SLOPE_MAX, Math.log(CLASS_MAX), TREND_MAX);
        }

        private double[] bounds(double logBase, double slope, double logClass, double trend) {
            double[] b = new double[size()];
            int i = 0;
            if (base) {
                b[i++] = logBase;
                b[i++] = slope;
            }
            for (String cls : classes) {
                for (int k = 0; k < AGES.size(); k++) {
                    b[i++] = logClass;
                }
                b[i++] = slope;
                if (trendLast.containsKey(cls)) {
                    b[i++] = trend;
                }
            }
            return b;
        }

        HazardModel model(double[] x) {
            int i = 0;
            double b = base ? Math.exp(x[i++]) : start.base();
            double slope = base ? x[i++] : start.slope();
            Map<String, Baseline> baselines = new LinkedHashMap<>(start.baselines());
            for (String cls : classes) {
                List<Double> yearly = new ArrayList<>();
                for (int k = 0; k < AGES.size(); k++) {
                    yearly.add(Math.min(1, Math.exp(x[i++])));
                }
                double classSlope = x[i++];
                Baseline.Trend trend = trendLast.containsKey(cls) ? new Baseline.Trend(x[i++], trendLast.get(cls)) : null;
                baselines.put(cls, new Baseline(yearly, classSlope, trend));
            }
            return new HazardModel(b, slope, baselines);
        }

        double logPosterior(List<Backtest.Case> cases, double[] x) {
            HazardModel m = model(x);
            double sum = 0;
            for (Backtest.Case c : cases) {
                sum += Backtest.logLikelihood(c, m);
            }
            int i = 0;
            if (base) {
                sum += logNormal(x[i++], Math.log(PRIOR_BASE), PRIOR_LOG_SD);
                sum += logNormal(x[i++], PRIOR_SLOPE, PRIOR_SLOPE_SD);
            }
            for (String cls : classes) {
                List<Double> prior = PRIOR_CLASSES.get(cls);
                for (int k = 0; k < AGES.size(); k++) {
                    double centre = prior != null ? prior.get(k) : start.baseline(cls).annual(k);
                    sum += logNormal(x[i++], Math.log(centre), PRIOR_LOG_SD);
                }
                sum += logNormal(x[i++], PRIOR_SLOPE, PRIOR_SLOPE_SD);
                if (trendLast.containsKey(cls)) {
                    sum += logNormal(x[i++], 0, PRIOR_TREND_SD);
                }
            }
            return sum;
        }

        List<Parameter> intervals(double[] x, RealMatrix hessian) {
            RealMatrix cov = new SingularValueDecomposition(hessian).getSolver().getInverse();
            double[] lo = lower();
            double[] hi = upper();
            List<Parameter> out = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (base) {
                names.add("base");
                names.add("slope");
            }
            for (String cls : classes) {
                AGES.forEach(a -> names.add(cls + "." + a));
                names.add(cls + ".slope");
                if (trendLast.containsKey(cls)) {
                    names.add(cls + ".trend");
                }
            }
            for (int i = 0; i < x.length; i++) {
                double se = Math.sqrt(Math.max(0, cov.getEntry(i, i)));
                double low = clamp(x[i] - 1.959963984540054 * se, lo[i], hi[i]);
                double high = clamp(x[i] + 1.959963984540054 * se, lo[i], hi[i]);
                boolean log = !names.get(i).endsWith("slope") && !names.get(i).endsWith("trend");
                out.add(log ? new Parameter(names.get(i), Math.exp(x[i]), Math.exp(low), Math.exp(high))
                        : new Parameter(names.get(i), x[i], low, high));
            }
            return out;
        }
    }

    private static double logNormal(double x, double mean, double sd) {
        double z = (x - mean) / sd;
        return -0.5 * z * z;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
