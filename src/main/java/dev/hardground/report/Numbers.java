package dev.hardground.report;

import java.util.Locale;

/** Number formats shared by the reporters, so text, JSON and CSV round the same way. */
public final class Numbers {
    private Numbers() {
    }

    /** Rounded to one decimal, as scores and points are shown and serialised. */
    public static double oneDecimal(double value) {
        double r = Math.round(value * 10) / 10.0;
        return r == 0 ? 0.0 : r;
    }

    /** Four decimals: probabilities and Brier scores in JSON, enough for 10,000 trials, stable across platforms. */
    public static double fourDecimals(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** {@code +8.0} / {@code -3.5}. */
    public static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", oneDecimal(value));
    }

    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
