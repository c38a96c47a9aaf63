package dev.hardground.model;

import java.util.List;

/**
 * The background hazard of a reference class at a middling score (50), by the agreement's age: the annual
 * chance of collapse in its first year, its second, …, the last value holding for every later year. Set in
 * {@code rules/verdict.drl}; the score link scales it (see {@code RuleBase.Settings}), with the class's own
 * {@code slope} when it has one (null: the link's).
 */
public record Baseline(List<Double> byYear, Double slope) {
    public Baseline(List<Double> byYear) {
        this(byYear, null);
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
