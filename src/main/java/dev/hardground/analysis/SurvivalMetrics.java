package dev.hardground.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Back-test metrics over time to collapse, with censoring (DESIGN.md §9). A case counts as in force up to the
 * last day it was seen (its horizon when it survived, its date when censored) and unknown after.
 *
 * <ul>
 * <li>Harrell's C-index: over every pair whose order of collapse is known — the earlier time is a collapse,
 * and the other case was followed longer (or as long, without collapsing) —, the share in which the earlier
 * collapse had the higher predicted risk, ties in risk counting half (Harrell et al. 1982, 1996). The risk is
 * one minus the predicted survival to five years of age, the same age for every case.</li>
 * <li>The Brier score at 1, 2 and 5 years of age over the cases whose state then is known (collapsed by then,
 * or followed at least that long); the others are left out rather than weighted (no IPCW: most censoring here
 * comes from a fixed end of the record, and leaving out is the simpler rule to check). Beside it the
 * Kaplan–Meier forecaster: the Kaplan–Meier survival of the same cases, predicted for every case.</li>
 * <li>The mean predicted survival at 1, 2 and 5 years beside the Kaplan–Meier curve and its 95% band.</li>
 * </ul>
 */
public final class SurvivalMetrics {
    /** The index into {@link Backtest#YEARS} whose survival gives the C-index its risk (five years). */
    private static final int RISK_AGE = Backtest.YEARS.indexOf(5);

    public record BrierAt(int years, int cases, double brier, double baseRateBrier, double skill) {
    }

    public record CurvePoint(int years, double predicted, double kaplanMeier, double low, double high) {
    }

    public record Result(double cIndex, List<BrierAt> brierAt, List<CurvePoint> curve, int cases, int collapsed) {
    }

    private SurvivalMetrics() {
    }

    static Result of(List<Backtest.Forecast> forecasts) {
        int n = forecasts.size();
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[] risk = new double[n];
        List<KaplanMeier.Observation> observations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Backtest.Case c = forecasts.get(i).source();
            time[i] = c.years();
            event[i] = c.collapsed();
            risk[i] = 1 - forecasts.get(i).byYears().get(RISK_AGE);
            observations.add(new KaplanMeier.Observation(Math.max(0, time[i]), event[i]));
        }
        KaplanMeier km = KaplanMeier.of(observations);
        List<BrierAt> briers = new ArrayList<>();
        List<CurvePoint> curve = new ArrayList<>();
        for (int k = 0; k < Backtest.YEARS.size(); k++) {
            int years = Backtest.YEARS.get(k);
            Boolean[] alive = new Boolean[n];
            double[] predicted = new double[n];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                alive[i] = aliveAt(forecasts.get(i).source(), years);
                predicted[i] = forecasts.get(i).byYears().get(k);
                mean += predicted[i] / n;
            }
            briers.add(brierAt(years, alive, predicted, km.survival(years)));
            KaplanMeier.Estimate e = km.at(years);
            curve.add(new CurvePoint(years, n == 0 ? Double.NaN : mean, e.survival(), e.low(), e.high()));
        }
        return new Result(cIndex(time, event, risk), briers, curve, n, km.events());
    }

    /** Whether a case was in force {@code years} after signing: null when the record does not say. */
    static Boolean aliveAt(Backtest.Case c, int years) {
        LocalDate day = c.signed().plusYears(years);
        if (c.collapsed() && !c.followed().isAfter(day)) {
            return false;
        }
        return c.followed().isBefore(day) ? null : Boolean.TRUE;
    }

    /**
     * Harrell's C over (time, collapsed?, risk): NaN when no pair is comparable. A pair with tied times is
     * comparable only when one collapsed and the other did not (the survivor outlasted it).
     */
    public static double cIndex(double[] time, boolean[] event, double[] risk) {
        double comparable = 0;
        double concordant = 0;
        for (int i = 0; i < time.length; i++) {
            if (!event[i]) {
                continue;
            }
            for (int j = 0; j < time.length; j++) {
                if (j == i || !(time[i] < time[j] || time[i] == time[j] && !event[j])) {
                    continue;
                }
                comparable++;
                concordant += risk[i] > risk[j] ? 1 : risk[i] == risk[j] ? 0.5 : 0;
            }
        }
        return comparable == 0 ? Double.NaN : concordant / comparable;
    }

    /**
     * The Brier score of survival forecasts at an age over the cases whose state is known ({@code alive} not
     * null), beside the forecaster that predicts {@code kaplanMeier} for all of them.
     */
    public static BrierAt brierAt(int years, Boolean[] alive, double[] predicted, double kaplanMeier) {
        int cases = 0;
        double brier = 0;
        double base = 0;
        for (int i = 0; i < alive.length; i++) {
            if (alive[i] == null) {
                continue;
            }
            double y = alive[i] ? 1 : 0;
            cases++;
            brier += (predicted[i] - y) * (predicted[i] - y);
            base += (kaplanMeier - y) * (kaplanMeier - y);
        }
        if (cases == 0) {
            return new BrierAt(years, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double skill = base == 0 ? Double.NaN : 1 - brier / base;
        return new BrierAt(years, cases, brier / cases, base / cases, skill);
    }
}
