package dev.hardground.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HazardLinkTest {
    private final HazardLink link = new HazardLink(0.12, 1.2);

    @Test
    void theHazardAtFiftyIsTheBaseAndEachTenPointsMultiplyItByExpMinusSlope() {
        assertThat(link.annual(50)).isEqualTo(0.12);
        assertThat(link.annual(60)).isCloseTo(0.12 * Math.exp(-1.2), within(1e-15));
        assertThat(link.annual(40) / link.annual(50)).isCloseTo(Math.exp(1.2), within(1e-12));
    }

    @Test
    void theRateSurvivesOneYearWithOneMinusTheAnnualChance() {
        assertThat(Math.exp(-link.rate(55))).isCloseTo(1 - link.annual(55), within(1e-15));
    }

    @Test
    void aHopelessScoreIsCappedAtCertainCollapseWithAFiniteRate() {
        assertThat(link.annual(-1000)).isEqualTo(1.0);
        assertThat(link.rate(-1000)).isFinite().isGreaterThan(13);
    }
}
