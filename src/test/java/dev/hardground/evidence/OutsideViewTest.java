package dev.hardground.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reference class in the shipped PAD file. Expected values were computed by hand from the CSV: no agreement
 * there is censored before five years, so 5-year survival is the share not ended within five years.
 */
class OutsideViewTest {
    private static Scenario civilWar(String agreementFields, String source) {
        return new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2023-03-07
                %s
                agreement: { name: Accord, parties: [G, R]%s }
                parties:
                  G: { name: Government, leader: { name: President } }
                  R: { name: Front, kind: armed-group }
                """.formatted(source, agreementFields)).base();
    }

    @Test
    void anAgreementWithAnArmedGroupAndNoScopeIsComparedWithAllOfThem() {
        OutsideView.Matched m = (OutsideView.Matched) OutsideView.of(civilWar("", ""));
        assertThat(m.referenceClass()).isEqualTo("peace agreements with an armed group");
        assertThat(m.agreements()).isEqualTo(271);
        assertThat(m.collapsed()).isEqualTo(99);
        assertThat(m.survival()).isCloseTo(180.0 / 271, within(1e-9)); // 91 ended within five years
        assertThat(m.low()).isLessThan(m.survival());
        assertThat(m.high()).isGreaterThan(m.survival());
        assertThat(m.excludesItself()).isFalse();
    }

    @Test
    void theScopeNarrowsTheClass() {
        OutsideView.Matched comprehensive = (OutsideView.Matched) OutsideView.of(civilWar(", scope: comprehensive", ""));
        assertThat(comprehensive.referenceClass()).isEqualTo("comprehensive peace agreements with an armed group");
        assertThat(comprehensive.agreements()).isEqualTo(60);
        assertThat(comprehensive.survival()).isCloseTo(46.0 / 60, within(1e-9));
        OutsideView.Matched process = (OutsideView.Matched) OutsideView.of(civilWar(", scope: peace-process", ""));
        assertThat(process.agreements()).isEqualTo(59);
        assertThat(process.survival()).isCloseTo(30.0 / 59, within(1e-9));
    }

    @Test
    void anImportedRowIsLeftOutOfItsOwnClass() {
        // paid 1399, the Lancaster House Agreement: comprehensive, in force after five years
        OutsideView.Matched m = (OutsideView.Matched) OutsideView.of(civilWar(", scope: comprehensive",
                "source: { dataset: ucdp-pad-22.1, id: \"1399\" }"));
        assertThat(m.excludesItself()).isTrue();
        assertThat(m.agreements()).isEqualTo(59);
        assertThat(m.survival()).isCloseTo(45.0 / 59, within(1e-9));
    }

    @Test
    void aDealBetweenStatesHasNoClassAndSaysWhy() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml")).base();
        assertThat(OutsideView.of(s)).isInstanceOfSatisfying(OutsideView.NoClass.class,
                n -> assertThat(n.reason()).contains("agreement between states").contains("armed group"));
    }
}
