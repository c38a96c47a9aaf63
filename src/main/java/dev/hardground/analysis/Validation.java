package dev.hardground.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Honest scores for a fitted hazard: every case predicted by a hazard fitted without it. K-fold
 * cross-validation (K = the number of cases: leave-one-out) deals the cases into folds by a shuffle seeded by
 * the run's seed, so the same seed gives the same folds; out-of-time validation fits on the agreements signed
 * up to a year and scores the later ones.
 */
public final class Validation {
    /** Scores of held-out forecasts, and how they were held out. */
    public record Result(String method, int folds, Backtest.Scores scores) {
    }

    /** A fit on the earlier agreements and its scores on the later ones. */
    public record OutOfTime(int lastTrainingYear, HazardFit.Result fit, Backtest.Scores training, Backtest.Scores later) {
    }

    private Validation() {
    }

    /**
     * K-fold cross-validation. Each held-out case is scored at the horizon against the base rate of the cases
     * its hazard was fitted on; over time against the Kaplan–Meier curve of all held-out cases.
     */
    public static Result folds(List<Backtest.Case> cases, HazardModel start, int k, long seed) {
        int n = cases.size();
        int folds = Math.max(2, Math.min(k, n));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        if (folds < n) {
            Collections.shuffle(order, new Random(seed));
        }
        int[] fold = new int[n];
        for (int p = 0; p < n; p++) {
            fold[order.get(p)] = p % folds;
        }
        Backtest.Forecast[] held = new Backtest.Forecast[n];
        Double[] base = new Double[n];
        for (int f = 0; f < folds; f++) {
            List<Backtest.Case> training = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    test.add(i);
                } else {
                    training.add(cases.get(i));
                }
            }
            HazardModel fitted = HazardFit.fitPoint(training, start);
            double rate = Backtest.baseRate(training);
            for (int i : test) {
                held[i] = Backtest.Forecast.of(cases.get(i), fitted);
                base[i] = rate;
            }
        }
        String method = folds == n ? "leave-one-out" : folds + "-fold";
        return new Result(method, folds, Backtest.scores(List.of(held), List.of(base)));
    }

    /** Fits on the cases signed in or before {@code lastTrainingYear}, scores the later ones. */
    public static OutOfTime outOfTime(List<Backtest.Case> cases, HazardModel start, int lastTrainingYear) {
        List<Backtest.Case> training = cases.stream().filter(c -> c.signed().getYear() <= lastTrainingYear).toList();
        List<Backtest.Case> later = cases.stream().filter(c -> c.signed().getYear() > lastTrainingYear).toList();
        HazardFit.Result fit = HazardFit.fit(training, start);
        double rate = Backtest.baseRate(training);
        return new OutOfTime(lastTrainingYear, fit, Backtest.score(training, fit.hazard()),
                Backtest.scores(Backtest.forecasts(later, fit.hazard()), rate));
    }
}
