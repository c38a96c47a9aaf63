package dev.hardground.model;

/**
 * The link from score to the annual chance that an agreement collapses for reasons no rule names (the
 * background hazard): {@code base · exp(-slope · (score − 50) / 10)}, so the hazard at a score of 50 is
 * {@code base} and every 10 points above 50 multiply it by {@code exp(-slope)}. {@code rules/verdict.drl}
 * sets it through {@code ledger.hazardLink(base, slope)}; the simulator, the back-test and its fit all read the
 * hazard from here, so the formula lives in one place.
 */
public record HazardLink(double base, double slope) {
    /** The link when no rule sets one (DESIGN.md §5). */
    public static final HazardLink DEFAULT = new HazardLink(0.10, 0.5);

    /** The annual chance is capped just below 1 before it becomes a rate, so that the rate stays finite. */
    private static final double MAX_ANNUAL = 0.999999;

    /** The annual chance of collapse at a score, capped at 1. */
    public double annual(double score) {
        return annual(base, slope, score);
    }

    /**
     * The continuous collapse rate per year at a score, {@code −ln(1 − annual)}: spending {@code t} years at
     * this score survives with probability {@code exp(−rate · t)}.
     */
    public double rate(double score) {
        return rate(base, slope, score);
    }

    /** {@link #annual(double)} of the link {@code (base, slope)}, without making one. */
    public static double annual(double base, double slope, double score) {
        return Math.min(1.0, base * Math.exp(-slope * (score - 50) / 10));
    }

    /**
     * {@link #rate(double)} of the link {@code (base, slope)}, without making one: the simulator asks at every
     * stretch of every trial, and the launcher's C1-only compiler would allocate the link each time.
     */
    public static double rate(double base, double slope, double score) {
        return -Math.log(1 - Math.min(annual(base, slope, score), MAX_ANNUAL));
    }

    /**
     * The background hazard by age of a reference class among {@code baselines}: its own, or this link's flat
     * base when the class is null or has none. The engine's settings, the simulator and the back-test's fit all
     * look a class up here.
     */
    public Baseline baseline(java.util.Map<String, Baseline> baselines, String referenceClass) {
        Baseline b = referenceClass == null ? null : baselines.get(referenceClass);
        return b != null ? b : Baseline.flat(base);
    }

    /** The score link's slope for a reference class among {@code baselines}: its own when it has one, else this link's. */
    public double slope(java.util.Map<String, Baseline> baselines, String referenceClass) {
        Baseline b = referenceClass == null ? null : baselines.get(referenceClass);
        return b != null && b.slope() != null ? b.slope() : slope;
    }
}
