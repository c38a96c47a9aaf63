package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.HazardLink;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.Scenario;
import dev.hardground.simulate.PathSet;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.Simulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How good the rules are: each historical case's predicted survival to its horizon against what happened,
 * scored by Brier score, log loss and AUC, against the base-rate forecaster, with a calibration table. The
 * survival of a case under any score → hazard link is computed from its sampled paths, so the link can be
 * fitted by maximum likelihood and checked by leave-one-out cross-validation without simulating again.
 */
public final class Backtest {
    private static final double CLIP = 1e-3;
    private static final int BINS = 5;

    /** A historical case with its sampled paths. */
    public record Case(Scenario scenario, String file, boolean survived, PathSet paths) {
    }

    /** A case's forecast and how it scored. */
    public record Forecast(Case source, double predicted) {
        public double brier() {
            double y = source.survived() ? 1 : 0;
            return (predicted - y) * (predicted - y);
        }
    }

    public record Bin(String bin, double predicted, double observed, int count) {
    }

    public record Scores(List<Forecast> forecasts, double brier, double logLoss, double auc, double baseRate,
                         double brierBaseRate, double skill, List<Bin> calibration) {
    }

    /** The fitted link, its in-sample scores and the leave-one-out cross-validated ones. */
    public record Fit(HazardLink link, Scores inSample, Scores leaveOneOut) {
    }

    private Backtest() {
    }

    /** Samples every case's paths once; everything else is computed from them. */
    public static List<Case> cases(RuleBase rules, List<Scenario> scenarios, List<String> files, SimulationOptions options) {
        Simulator simulator = new Simulator(rules);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            cases.add(new Case(s, files.get(i), s.outcome().status() == OutcomeStatus.SURVIVED, simulator.paths(s, options)));
        }
        return cases;
    }

    public static Scores score(List<Case> cases, HazardLink link) {
        List<Forecast> forecasts = cases.stream().map(c -> new Forecast(c, c.paths().survival(link))).toList();
        return scores(forecasts, baseRate(cases));
    }

    public static Fit fit(List<Case> cases, HazardLink start) {
        HazardLink best = maximiseLikelihood(cases, start);
        List<Forecast> held = new ArrayList<>();
        List<Double> heldBase = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            List<Case> others = new ArrayList<>(cases);
            Case out = others.remove(i);
            HazardLink p = maximiseLikelihood(others, best);
            held.add(new Forecast(out, out.paths().survival(p)));
            heldBase.add(baseRate(others));
        }
        return new Fit(best, score(cases, best), scores(held, heldBase));
    }

    /**
     * Bounds on the link, so that a small history cannot fit a step function: base within [0.001, 0.5] a year
     * (from a deal that almost never fails to one that fails within two years), slope within [0, 2] (each 10
     * points of score change the hazard by at most e² ≈ 7.4 times; a negative slope would make better scores
     * worse). The search runs on logistic transforms of these ranges.
     */
    static final double BASE_MIN = 0.001;
    static final double BASE_MAX = 0.5;
    static final double SLOPE_MAX = 2.0;

    /**
     * A weak prior from the reasoning in rules/verdict.drl, so that twenty-odd cases refine the link rather
     * than dictate it: log(base) normal around log(0.10) with sd 1 (a factor of e either way), slope normal
     * around 0.5 with sd 0.75. The fit maximises likelihood times prior (a MAP estimate).
     */
    static final double PRIOR_BASE = 0.10;
    static final double PRIOR_LOG_BASE_SD = 1.0;
    static final double PRIOR_SLOPE = 0.5;
    static final double PRIOR_SLOPE_SD = 0.75;

    private static double logPrior(HazardLink link) {
        double b = (Math.log(link.base()) - Math.log(PRIOR_BASE)) / PRIOR_LOG_BASE_SD;
        double s = (link.slope() - PRIOR_SLOPE) / PRIOR_SLOPE_SD;
        return -0.5 * (b * b + s * s);
    }

    private static HazardLink maximiseLikelihood(List<Case> cases, HazardLink start) {
        double[] x = NelderMead.minimise(v -> -logLikelihood(cases, link(v)) - logPrior(link(v)),
                new double[] {logit((start.base() - BASE_MIN) / (BASE_MAX - BASE_MIN)), logit(start.slope() / SLOPE_MAX)},
                0.5, 400);
        return link(x);
    }

    /** The link at a point of the search space. */
    private static HazardLink link(double[] v) {
        return new HazardLink(toBase(v[0]), toSlope(v[1]));
    }

    private static double toBase(double v) {
        return BASE_MIN + (BASE_MAX - BASE_MIN) * sigmoid(v);
    }

    private static double toSlope(double v) {
        return SLOPE_MAX * sigmoid(v);
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private static double logit(double p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double logLikelihood(List<Case> cases, HazardLink link) {
        double sum = 0;
        for (Case c : cases) {
            double p = clip(c.paths().survival(link));
            sum += c.survived() ? Math.log(p) : Math.log(1 - p);
        }
        return sum;
    }

    private static double baseRate(List<Case> cases) {
        return cases.stream().filter(Case::survived).count() / (double) cases.size();
    }

    private static Scores scores(List<Forecast> forecasts, double baseRate) {
        return scores(forecasts, java.util.Collections.nCopies(forecasts.size(), baseRate));
    }

    /** Scores against a base-rate forecaster that may differ per case (leave-one-out). */
    private static Scores scores(List<Forecast> forecasts, List<Double> baseRates) {
        int n = forecasts.size();
        double brier = 0;
        double logLoss = 0;
        double brierBase = 0;
        for (int i = 0; i < n; i++) {
            Forecast f = forecasts.get(i);
            double y = f.source().survived() ? 1 : 0;
            brier += f.brier() / n;
            double p = clip(f.predicted());
            logLoss -= (y * Math.log(p) + (1 - y) * Math.log(1 - p)) / n;
            brierBase += (baseRates.get(i) - y) * (baseRates.get(i) - y) / n;
        }
        double rate = forecasts.stream().filter(f -> f.source().survived()).count() / (double) n;
        List<Forecast> worstFirst = new ArrayList<>(forecasts);
        worstFirst.sort(Comparator.comparingDouble(Forecast::brier).reversed().thenComparing(f -> f.source().file()));
        double skill = brierBase == 0 ? 0 : 1 - brier / brierBase;
        return new Scores(worstFirst, brier, logLoss, auc(forecasts), rate, brierBase, skill, calibration(forecasts));
    }

    /** Chance that a case that survived got a higher forecast than one that collapsed (ties count half). */
    private static double auc(List<Forecast> forecasts) {
        double pairs = 0;
        double wins = 0;
        for (Forecast a : forecasts) {
            for (Forecast b : forecasts) {
                if (a.source().survived() && !b.source().survived()) {
                    pairs++;
                    wins += a.predicted() > b.predicted() ? 1 : a.predicted() == b.predicted() ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    private static List<Bin> calibration(List<Forecast> forecasts) {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            double lo = (double) b / BINS;
            double hi = (double) (b + 1) / BINS;
            List<Forecast> in = forecasts.stream()
                    .filter(f -> f.predicted() >= lo && (f.predicted() < hi || hi == 1 && f.predicted() <= 1)).toList();
            double predicted = in.stream().mapToDouble(Forecast::predicted).average().orElse(Double.NaN);
            double observed = in.stream().mapToDouble(f -> f.source().survived() ? 1 : 0).average().orElse(Double.NaN);
            bins.add(new Bin(String.format(java.util.Locale.ROOT, "%.1f-%.1f", lo, hi), predicted, observed, in.size()));
        }
        return bins;
    }

    private static double clip(double p) {
        return Math.max(CLIP, Math.min(1 - CLIP, p));
    }
}
