package dev.hardground.analysis;

import dev.hardground.model.Evaluation;
import dev.hardground.model.Expectation;
import dev.hardground.model.Range;
import dev.hardground.simulate.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a result against a scenario's {@code expect}; each failure states what was expected and what came. */
final class ExpectationCheck {
    private ExpectationCheck() {
    }

    /**
     * The expectations that did not hold; empty when all held or none was stated.
     *
     * @param survival the simulated survival, or null when the expectation names none
     */
    static List<String> failures(Expectation expect, Evaluation evaluation, Interval survival) {
        List<String> failures = new ArrayList<>();
        if (expect == null) {
            return failures;
        }
        if (expect.verdict() != null && expect.verdict() != evaluation.verdict()) {
            failures.add(String.format(Locale.ROOT, "verdict: expected %s, actual %s (score %.1f)",
                    expect.verdict().key(), evaluation.verdict().key(), evaluation.score()));
        }
        if (expect.score() != null && !expect.score().contains(round(evaluation.score(), 1))) {
            failures.add(String.format(Locale.ROOT, "score: expected %s, actual %.1f",
                    describe(expect.score()), evaluation.score()));
        }
        if (expect.survival() != null && survival != null && !expect.survival().contains(survival.estimate())) {
            failures.add(String.format(Locale.ROOT, "survival: expected %s, actual %.3f (95%% interval %.3f–%.3f)",
                    describe(expect.survival()), survival.estimate(), survival.low(), survival.high()));
        }
        return failures;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static String describe(Range range) {
        if (range.min() != null && range.max() != null) {
            return "between " + plain(range.min()) + " and " + plain(range.max());
        }
        return range.min() != null ? "at least " + plain(range.min())
                : range.max() != null ? "at most " + plain(range.max()) : "anything";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
