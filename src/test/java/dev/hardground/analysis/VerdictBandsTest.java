package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verdict thresholds placed by observed survival above and below each score. */
class VerdictBandsTest {
    /** n cases at a score, of which {@code collapsed} collapse after a year and the rest last the five years. */
    private static void add(List<VerdictBands.Point> points, double score, int n, int collapsed) {
        for (int i = 0; i < n; i++) {
            points.add(new VerdictBands.Point("c" + points.size(), score, i < collapsed ? 1 : 5, i < collapsed));
        }
    }

    @Test
    void thresholdsFallWhereTheObservedSurvivalCrossesItsTargets() {
        List<VerdictBands.Point> points = new ArrayList<>();
        add(points, 42, 10, 8);   // 20% last
        add(points, 50, 10, 4);   // 60% last
        add(points, 70, 10, 1);   // 90% last
        VerdictBands.Result r = VerdictBands.derive(points, 0.8, 0.5, 10);

        assertThat(r.durable().score()).as("at or above 43 the 50s and 70s pool to 75%; the 70s alone reach 90%")
                .isEqualTo(70);
        assertThat(r.durable().tail().cases()).isEqualTo(10);
        assertThat(r.durable().tail().survival()).isCloseTo(0.9, within(1e-9));
        assertThat(r.atRisk().score()).as("below 70 the 42s and 50s (40%); the threshold sits just above the 50s")
                .isEqualTo(51);
        assertThat(r.atRisk().tail().survival()).isCloseTo(0.4, within(1e-9));
        assertThat(r.all().cases()).isEqualTo(30);
        assertThat(r.bands()).extracting(VerdictBands.Band::from).containsExactly(40.0, 45.0, 50.0, 55.0, 60.0, 65.0, 70.0);
    }

    @Test
    void tooFewCasesCannotPlaceAThreshold() {
        List<VerdictBands.Point> points = new ArrayList<>();
        add(points, 50, 20, 8);
        add(points, 80, 4, 0);
        VerdictBands.Result r = VerdictBands.derive(points, 0.75, 0.5, 10);

        assertThat(r.durable().score()).as("4 perfect cases are not 10").isNull();
        assertThat(r.atRisk().score()).as("no tail of 10 or more has at most half lasting").isNull();
    }

    @Test
    void censoredCasesCountOnlyWhileFollowed() {
        List<VerdictBands.Point> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(new VerdictBands.Point("early" + i, 45, 0.5, false)); // censored at half a year
        }
        points.add(new VerdictBands.Point("late", 45, 2, true));
        VerdictBands.Band b = VerdictBands.band(points, 40, 50);
        assertThat(b.cases()).isEqualTo(11);
        assertThat(b.survival()).as("the one case still followed at two years collapsed").isZero();
    }
}
