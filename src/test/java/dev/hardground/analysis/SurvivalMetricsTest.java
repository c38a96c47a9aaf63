package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Harrell's C-index and the Brier score at an age, against values counted by hand. */
class SurvivalMetricsTest {
    /**
     * A 1 (collapsed, risk 0.9), B 2 (collapsed, 0.5), C 2 (censored, 0.7), D 3 (collapsed, 0.5), E 4
     * (censored, 0.2). Comparable pairs, earlier collapse first: A–B, A–C, A–D, A–E (4 concordant); B–C (a tie in
     * time with a censored case: comparable, but B's risk is lower: 0), B–D (tied risk: ½), B–E (1); D–E (1).
     * C is censored and starts no pair. 6.5 of 8.
     */
    @Test
    void cIndexCountsComparablePairsWithTiesAsHarrellDoes() {
        double[] time = {1, 2, 2, 3, 4};
        boolean[] event = {true, true, false, true, false};
        double[] risk = {0.9, 0.5, 0.7, 0.5, 0.2};

        assertThat(SurvivalMetrics.cIndex(time, event, risk)).isCloseTo(6.5 / 8, within(1e-12));
    }

    /**
     * Adding F 2 (collapsed, 0.6): B and F collapse on the same day, so neither outlived the other and the pair
     * is not comparable. New pairs: A–F (1), F–C (0), F–D (1), F–E (1). 9.5 of 12.
     */
    @Test
    void twoCollapsesAtTheSameTimeAreNotAPair() {
        double[] time = {1, 2, 2, 3, 4, 2};
        boolean[] event = {true, true, false, true, false, true};
        double[] risk = {0.9, 0.5, 0.7, 0.5, 0.2, 0.6};

        assertThat(SurvivalMetrics.cIndex(time, event, risk)).isCloseTo(9.5 / 12, within(1e-12));
    }

    @Test
    void cIndexIsOneForAPerfectRankingAndUndefinedWithoutAnyCollapse() {
        assertThat(SurvivalMetrics.cIndex(new double[] {1, 2, 3}, new boolean[] {true, true, false},
                new double[] {0.9, 0.5, 0.1})).isEqualTo(1.0);
        assertThat(SurvivalMetrics.cIndex(new double[] {1, 2}, new boolean[] {false, false},
                new double[] {0.9, 0.5})).isNaN();
    }

    /**
     * Four cases at 2 years: collapsed by then (forecast 0.2), in force (0.9), censored before (0.5: left
     * out), in force (0.6); Kaplan–Meier says 0.7 for all. Brier (0.2² + 0.1² + 0.4²)/3 = 0.07; Kaplan–Meier's
     * (0.7² + 0.3² + 0.3²)/3 = 0.67/3; skill 1 − 0.07 / (0.67/3).
     */
    @Test
    void brierAtAnAgeLeavesOutCasesWhoseStateIsUnknown() {
        SurvivalMetrics.BrierAt b = SurvivalMetrics.brierAt(2, new Boolean[] {false, true, null, true},
                new double[] {0.2, 0.9, 0.5, 0.6}, 0.7);

        assertThat(b.years()).isEqualTo(2);
        assertThat(b.cases()).isEqualTo(3);
        assertThat(b.brier()).isCloseTo(0.07, within(1e-12));
        assertThat(b.baseRateBrier()).isCloseTo(0.67 / 3, within(1e-12));
        assertThat(b.skill()).isCloseTo(1 - 0.07 / (0.67 / 3), within(1e-12));
    }

    @Test
    void brierAtAnAgeNobodyReachedIsUndefined() {
        SurvivalMetrics.BrierAt b = SurvivalMetrics.brierAt(5, new Boolean[] {null, null}, new double[] {0.5, 0.5}, 1);

        assertThat(b.cases()).isZero();
        assertThat(b.brier()).isNaN();
    }
}
