package dev.hardground.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one rounding rule of every output, text, JSON, CSV, Markdown, JUnit and HTML alike: a number is rounded
 * half away from zero on its shortest decimal form, which is what Java's {@code %.Nf} does, so a JSON number and
 * the text beside it always agree. Scores, points and score deltas carry one decimal; probabilities, shares,
 * intervals, Brier scores, log losses, AUC, skill, link parameters and years carry four; times carry three
 * (milliseconds, in seconds).
 */
public final class Numbers {
    private Numbers() {
    }

    /** {@code value} rounded to {@code decimals} places by the rule above; never {@code -0.0}. */
    public static double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        double r = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        return r == 0 ? 0.0 : r;
    }

    /** Rounded to one decimal, as scores and points are shown and serialised. */
    public static double oneDecimal(double value) {
        return round(value, 1);
    }

    /** Four decimals: probabilities and Brier scores, enough for 10,000 trials, stable across platforms. */
    public static double fourDecimals(double value) {
        return round(value, 4);
    }

    /** A duration in seconds, to the millisecond. */
    public static double seconds(double value) {
        return round(value, 3);
    }

    /** {@code +8.0} / {@code -3.5}. */
    public static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", oneDecimal(value));
    }

    /** {@code value} with exactly {@code decimals} places, rounded by the rule above. */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", round(value, decimals));
    }

    /** {@code 46.2%}. */
    public static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code 45.3–47.2%}. */
    public static String percentRange(double low, double high) {
        return String.format(java.util.Locale.ROOT, "%.1f–%.1f%%", low * 100, high * 100);
    }
}
