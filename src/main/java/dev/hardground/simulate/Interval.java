package dev.hardground.simulate;

/** A proportion or difference with its 95% interval. */
public record Interval(double estimate, double low, double high) {
    private static final double Z = 1.959963984540054;

    /** Wilson score interval for {@code successes} out of {@code n}. */
    public static Interval wilson(long successes, long n) {
        double p = (double) successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * Difference of two paired proportions (variant − baseline) from the discordant pair counts, with the
     * normal-approximation interval for paired data; exactly zero width when no pair is discordant.
     */
    public static Interval pairedDifference(long onlyVariant, long onlyBaseline, long n) {
        double d = (double) (onlyVariant - onlyBaseline) / n;
        double variance = ((onlyVariant + onlyBaseline) - (double) (onlyVariant - onlyBaseline)
                * (onlyVariant - onlyBaseline) / n) / ((double) n * n);
        double half = Z * Math.sqrt(Math.max(0, variance));
        return new Interval(d, Math.max(-1, d - half), Math.min(1, d + half));
    }
}
