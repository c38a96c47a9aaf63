package dev.hardground.simulate;

/**
 * Paired outcomes of a variant against its baseline over the same sampled futures: how many trials only the
 * variant survived and how many only the baseline survived. With common random numbers the difference of
 * survival rates is exact, and its interval comes from these discordant pairs.
 */
final class PairTally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    long trials;
    long onlyVariantSurvived;
    long onlyBaselineSurvived;

    void add(TrialOutcome baseline, TrialOutcome variant) {
        trials++;
        boolean b = baseline instanceof TrialOutcome.Survived;
        boolean v = variant instanceof TrialOutcome.Survived;
        if (v && !b) {
            onlyVariantSurvived++;
        } else if (b && !v) {
            onlyBaselineSurvived++;
        }
    }

    void merge(PairTally other) {
        trials += other.trials;
        onlyVariantSurvived += other.onlyVariantSurvived;
        onlyBaselineSurvived += other.onlyBaselineSurvived;
    }
}
