package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.analysis.KaplanMeier.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kaplan–Meier curve and its Greenwood log(−log) band against values computed by hand. */
class KaplanMeierTest {
    private static Observation event(double t) {
        return new Observation(t, true);
    }

    private static Observation censored(double t) {
        return new Observation(t, false);
    }

    /**
     * Times 1, 2+, 3, 3, 3+, 5, 6+, 8 (+ = censored), given out of order. By hand:
     * t=1: 8 at risk, 1 event, S = 7/8, V = 1/(8·7);
     * t=3: 6 at risk (the case censored at 3 counts), 2 events, S = 7/8 · 4/6 = 7/12, V += 2/(6·4);
     * t=5: 3 at risk, 1 event, S = 7/12 · 2/3 = 7/18, V += 1/(3·2);
     * t=8: the last case, S = 0.
     */
    private static final List<Observation> TABLE = List.of(event(3), censored(2), event(1), censored(6), event(8),
            censored(3), event(5), event(3));

    @Test
    void survivalStepsAtEventTimesWithTiesAndCensoring() {
        KaplanMeier km = KaplanMeier.of(TABLE);

        assertThat(km.size()).isEqualTo(8);
        assertThat(km.events()).isEqualTo(5);
        assertThat(km.survival(0.5)).isEqualTo(1.0);
        assertThat(km.survival(1)).isCloseTo(7 / 8.0, within(1e-12)); // an event at exactly t counts by t
        assertThat(km.survival(2.9)).isCloseTo(7 / 8.0, within(1e-12)); // censoring does not move the curve
        assertThat(km.survival(3)).isCloseTo(7 / 12.0, within(1e-12));
        assertThat(km.survival(4.99)).isCloseTo(7 / 12.0, within(1e-12));
        assertThat(km.survival(5)).isCloseTo(7 / 18.0, within(1e-12));
        assertThat(km.survival(7)).isCloseTo(7 / 18.0, within(1e-12));
        assertThat(km.survival(8)).isEqualTo(0.0);
        assertThat(km.steps()).extracting(KaplanMeier.Estimate::time).containsExactly(1.0, 3.0, 5.0, 8.0);
    }

    @Test
    void atRiskCountsCasesFollowedAtLeastThatLong() {
        KaplanMeier km = KaplanMeier.of(TABLE);

        assertThat(km.atRisk(0)).isEqualTo(8);
        assertThat(km.atRisk(3)).isEqualTo(6);
        assertThat(km.atRisk(3.5)).isEqualTo(3);
        assertThat(km.atRisk(9)).isZero();
    }

    /**
     * At t=3: log S = log(7/12) = −0.538997, V = 1/56 + 1/12 = 0.101190, se = √V / |log S| = 0.590177,
     * exp(1.96·se) = 3.17949, so the band is (7/12)^3.17949 = 0.180189 to (7/12)^(1/3.17949) = 0.844069.
     */
    @Test
    void greenwoodBandOnTheLogLogScale() {
        KaplanMeier km = KaplanMeier.of(TABLE);

        KaplanMeier.Estimate at1 = km.at(1.5);
        assertThat(at1.survival()).isCloseTo(0.875, within(1e-12));
        assertThat(at1.low()).isCloseTo(0.387000, within(1e-6));
        assertThat(at1.high()).isCloseTo(0.981393, within(1e-6));

        KaplanMeier.Estimate at3 = km.at(3);
        assertThat(at3.low()).isCloseTo(0.180189, within(1e-6));
        assertThat(at3.high()).isCloseTo(0.844069, within(1e-6));

        KaplanMeier.Estimate at5 = km.at(6);
        assertThat(at5.time()).isEqualTo(6.0);
        assertThat(at5.survival()).isCloseTo(7 / 18.0, within(1e-12));
        assertThat(at5.low()).isCloseTo(0.063003, within(1e-6));
        assertThat(at5.high()).isCloseTo(0.724223, within(1e-6));
    }

    @Test
    void bandIsDegenerateBeforeTheFirstEventAndAfterTheLast() {
        KaplanMeier km = KaplanMeier.of(TABLE);

        assertThat(km.at(0.5)).isEqualTo(new KaplanMeier.Estimate(0.5, 1, 1, 1));
        assertThat(km.at(8)).isEqualTo(new KaplanMeier.Estimate(8, 0, 0, 0));
    }

    @Test
    void withoutCensoringItIsTheEmpiricalSurvivalFunction() {
        KaplanMeier km = KaplanMeier.of(List.of(event(1), event(2), event(2), event(4)));

        assertThat(km.survival(1)).isCloseTo(0.75, within(1e-12));
        assertThat(km.survival(2)).isCloseTo(0.25, within(1e-12));
        assertThat(km.survival(3)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void allCensoredOrEmptyStaysAtOne() {
        assertThat(KaplanMeier.of(List.of(censored(1), censored(2))).survival(5)).isEqualTo(1.0);
        KaplanMeier empty = KaplanMeier.of(List.of());
        assertThat(empty.size()).isZero();
        assertThat(empty.at(1)).isEqualTo(new KaplanMeier.Estimate(1, 1, 1, 1));
    }

    @Test
    void rejectsNegativeOrMissingTimes() {
        assertThatThrownBy(() -> event(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> event(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
