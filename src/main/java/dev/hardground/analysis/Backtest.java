package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.Scenario;
import dev.hardground.model.Today;
import dev.hardground.simulate.BackgroundHazard;
import dev.hardground.simulate.PathSet;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.Simulator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * How good the rules are: each historical case's predicted survival against what happened. At the case's
 * horizon: Brier score, log loss and AUC against the base-rate forecaster, with a calibration table; censored
 * cases (the record ends before the horizon) are left out of these, since whether they reached the horizon is
 * unknown. Over time ({@link SurvivalMetrics}): Harrell's C-index, the Brier score at 1, 2 and 5 years of age
 * beside the Kaplan–Meier forecaster, and the mean predicted curve beside the Kaplan–Meier curve. Survival of
 * a case under any hazard is computed from its sampled paths, so the hazard can be fitted and cross-validated
 * without simulating again.
 */
public final class Backtest {
    static final double CLIP = 1e-3;
    private static final int BINS = 5;
    /** The ages (years since signing) at which survival is scored and drawn. */
    public static final List<Integer> YEARS = List.of(1, 2, 5);
    /** Age bands a baseline may have (ledger.baseline: first year, second, later). */
    static final int BANDS = 3;
    /** Days in each case's table: the horizon, each of YEARS, and the likelihood's interval. */
    static final int HORIZON = 0;
    static final int LIKE_FROM = 1 + YEARS.size();
    static final int LIKE_TO = LIKE_FROM + 1;

    /**
     * A historical case: its outcome as (status, the day it collapsed or was last known in force), how long it
     * was followed in years since signing, and the survival table of its sampled paths.
     */
    public record Case(Scenario scenario, String file, OutcomeStatus status, LocalDate signed, LocalDate followed,
                       String referenceClass, PathSet.Table table) {
        public boolean survived() {
            return status == OutcomeStatus.SURVIVED;
        }

        public boolean collapsed() {
            return status == OutcomeStatus.COLLAPSED;
        }

        /** Years from signing to the collapse, or to the last day the case was seen in force. */
        public double years() {
            return Today.years(signed, followed);
        }

        /** Survival to each table day under {@code hazard}. */
        double[] survival(HazardModel hazard) {
            return table.survival(hazard.baseline(referenceClass).at(signed.getYear()), hazard.slope(referenceClass));
        }
    }

    /** A case's forecast: survival to its horizon, and to each of {@link #YEARS} of age. */
    public record Forecast(Case source, double predicted, List<Double> byYears) {
        public Forecast {
            byYears = List.copyOf(byYears);
        }

        static Forecast of(Case c, HazardModel hazard) {
            double[] s = c.survival(hazard);
            List<Double> at = new ArrayList<>();
            for (int i = 0; i < YEARS.size(); i++) {
                at.add(s[1 + i]);
            }
            return new Forecast(c, s[HORIZON], at);
        }

        public double brier() {
            double y = source.survived() ? 1 : 0;
            return (predicted - y) * (predicted - y);
        }
    }

    public record Bin(String bin, double predicted, double observed, int count) {
    }

    /**
     * Scores at the horizon over the {@code scored} cases that are not censored, and survival metrics over
     * every case ({@code survival}).
     */
    public record Scores(List<Forecast> forecasts, int censored, double brier, double logLoss, double auc,
                         double baseRate, double brierBaseRate, double skill, List<Bin> calibration,
                         SurvivalMetrics.Result survival) {
    }

    private Backtest() {
    }

    /** Samples the paths of every case at once: case i with {@code each.get(i)}, its own horizon. */
    public interface Sampler {
        List<PathSet> paths(List<SimulationOptions> each);
    }

    /**
     * Samples every case's paths once, to its horizon and at least to five years after signing (so survival at
     * every age of {@link #YEARS} is known); everything else is computed from them.
     */
    public static List<Case> cases(RuleBase rules, List<Scenario> scenarios, List<String> files, SimulationOptions options,
                                   IntConsumer progress) {
        Simulator simulator = new Simulator(rules);
        return cases(scenarios, files, options, each -> {
            List<PathSet> out = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                out.add(simulator.paths(scenarios.get(i), each.get(i)));
                progress.accept(i + 1);
            }
            return out;
        });
    }

    /** As {@link #cases(RuleBase, List, List, SimulationOptions, IntConsumer)}, the paths sampled by {@code sampler}. */
    public static List<Case> cases(List<Scenario> scenarios, List<String> files, SimulationOptions options, Sampler sampler) {
        List<List<LocalDate>> daysOf = new ArrayList<>();
        List<SimulationOptions> each = new ArrayList<>();
        for (Scenario s : scenarios) {
            LocalDate signed = BackgroundHazard.signed(s);
            LocalDate followed = followed(s);
            List<LocalDate> days = new ArrayList<>();
            days.add(s.horizon());
            YEARS.forEach(y -> days.add(signed.plusYears(y)));
            if (s.outcome().status() == OutcomeStatus.COLLAPSED) {
                long age = (long) Math.floor(Today.years(signed, followed));
                LocalDate from = signed.plusYears(age);
                days.add(from.isBefore(s.asOf()) ? s.asOf() : from);
                days.add(signed.plusYears(age + 1));
            } else {
                days.add(followed);
                days.add(followed);
            }
            LocalDate until = Collections.max(days);
            daysOf.add(days);
            each.add(new SimulationOptions(options.trials(), options.seed(), options.threads(),
                    until.isAfter(s.asOf()) ? until : s.asOf().plusDays(1)));
        }
        List<PathSet> sampled = sampler.paths(each);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            PathSet paths = sampled.get(i);
            cases.add(new Case(s, files.get(i), s.outcome().status(), BackgroundHazard.signed(s), followed(s),
                    paths.referenceClass(), paths.table(daysOf.get(i), BANDS)));
        }
        return cases;
    }

    /** The day a case collapsed or was last seen in force. */
    private static LocalDate followed(Scenario s) {
        return s.outcome().status() == OutcomeStatus.SURVIVED || s.outcome().date() == null
                ? s.horizon() : s.outcome().date();
    }

    public static List<Forecast> forecasts(List<Case> cases, HazardModel hazard) {
        return cases.stream().map(c -> Forecast.of(c, hazard)).toList();
    }

    public static Scores score(List<Case> cases, HazardModel hazard) {
        List<Forecast> forecasts = forecasts(cases, hazard);
        return scores(forecasts, baseRate(cases));
    }

    /** Log likelihood of the outcomes: collapse within its year of age, or survival to the day last seen. */
    static double logLikelihood(Case c, HazardModel hazard) {
        double[] s = c.survival(hazard);
        if (c.collapsed()) {
            return Math.log(Math.max(1e-9, s[LIKE_FROM] - s[LIKE_TO]));
        }
        return Math.log(Math.max(1e-9, s[LIKE_FROM]));
    }

    static double baseRate(List<Case> cases) {
        List<Case> known = cases.stream().filter(c -> c.status() != OutcomeStatus.CENSORED).toList();
        return known.isEmpty() ? Double.NaN : known.stream().filter(Case::survived).count() / (double) known.size();
    }

    static Scores scores(List<Forecast> forecasts, double baseRate) {
        return scores(forecasts, Collections.nCopies(forecasts.size(), baseRate));
    }

    /** Scores against a base-rate forecaster that may differ per case (cross-validation). */
    static Scores scores(List<Forecast> all, List<Double> allBaseRates) {
        List<Forecast> forecasts = new ArrayList<>();
        List<Double> baseRates = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).source().status() != OutcomeStatus.CENSORED) {
                forecasts.add(all.get(i));
                baseRates.add(allBaseRates.get(i));
            }
        }
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
        return new Scores(worstFirst, all.size() - n, brier, logLoss, auc(forecasts), rate, brierBase, skill,
                calibration(forecasts), SurvivalMetrics.of(all));
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

    static double clip(double p) {
        return Math.max(CLIP, Math.min(1 - CLIP, p));
    }
}
