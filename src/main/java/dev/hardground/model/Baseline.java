package dev.hardground.model;

import java.util.List;

/**
 * The background hazard of a reference class at a middling score (50), by the agreement's age: the annual
 * chance of collapse in its first year, its second, …, the last value holding for every later year. Set in
 * {@code rules/verdict.drl}; the score link scales it (see {@code RuleBase.Settings}), with the class's own
 * {@code slope} when it has one (null: the link's).
 *
 * <p>An era {@link Trend} (null: none) lets the level depend on the year the agreement was signed: the yearly
 * values are those of agreements signed in the trend's last year or later, and an agreement signed earlier has
 * its hazards multiplied by {@code exp(perDecade · (year − last) / 10)}. The trend is never carried past its
 * last year: a level the data have not seen is not extrapolated.
 */
public record Baseline(List<Double> byYear, Double slope, Trend trend) {
    /** A secular change of the hazard's level by signing year, held constant from {@code last} on. */
    public record Trend(double perDecade, int last) {
        public Trend {
            if (!Double.isFinite(perDecade) || Math.abs(perDecade) > 10) {
                throw new IllegalArgumentException("an era trend is a finite change of the log hazard per decade,"
                        + " within ±10, not " + perDecade);
            }
        }

        /** The factor on the hazards of an agreement signed in {@code year}. */
        public double factor(int year) {
            return Math.exp(perDecade * (Math.min(year, last) - last) / 10.0);
        }
    }

    public Baseline(List<Double> byYear) {
        this(byYear, null, null);
    }

    public Baseline(List<Double> byYear, Double slope) {
        this(byYear, slope, null);
    }

    public Baseline {
        byYear = List.copyOf(byYear);
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException("a baseline needs at least one yearly hazard");
        }
        for (double h : byYear) {
            if (!(h >= 0 && h <= 1)) {
                throw new IllegalArgumentException("a yearly hazard must lie in [0, 1], not " + h);
            }
        }
    }

    /**
     * The baseline of an agreement signed in {@code year}: the trend applied (each yearly hazard capped at 1)
     * and dropped, or this baseline itself when it has no trend.
     */
    public Baseline at(int year) {
        if (trend == null) {
            return this;
        }
        double f = trend.factor(year);
        return new Baseline(byYear.stream().map(h -> Math.min(1.0, h * f)).toList(), slope, null);
    }

    /** The same hazard at every age: the link of a rule set that names no age profile. */
    public static Baseline flat(double annual) {
        return new Baseline(List.of(annual));
    }

    /** The annual hazard at score 50 in year {@code age} of the agreement (0: its first year). */
    public double annual(int age) {
        return byYear.get(Math.min(age, byYear.size() - 1));
    }

    /** How many age bands: the last one is open-ended. */
    public int bands() {
        return byYear.size();
    }
}
