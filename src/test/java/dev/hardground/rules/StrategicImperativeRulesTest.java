package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/factors/strategic-imperative.drl: shared threats, routine cooperation, staked reputations. */
class StrategicImperativeRulesTest {
    private static final String FILE = "factors/strategic-imperative.drl";

    @Test
    void graveSharedThreatsCountThreeEachUpToSix() {
        Evaluation one = score("""
                threats:
                  - { source: Missiles, severity: high, trend: flat, sharedBy: [A, B] }
                  - { source: Pandemics, severity: medium, trend: flat, sharedBy: [A, B] }
                """);
        Contribution c = once(one, "Shared grave threats", FILE);
        assertThat(c.points()).isEqualTo(3);
        assertThat(c.reason()).contains("Missiles").doesNotContain("Pandemics");

        Evaluation three = score("""
                threats:
                  - { source: Missiles, severity: high, sharedBy: [A, B] }
                  - { source: Navy, severity: critical, sharedBy: [A, B] }
                  - { source: Cyber, severity: high, sharedBy: [A, B] }
                """);
        assertThat(once(three, "Shared grave threats", FILE).points()).isEqualTo(6);
    }

    @Test
    void aThreatOnlyOnePartyFeelsDoesNotCount() {
        Evaluation e = score("""
                threats:
                  - { source: Navy, severity: critical, trend: rising, sharedBy: [A] }
                """);
        assertThat(fired(e, "Shared grave threats")).isEmpty();
        assertThat(fired(e, "Shared threat rising")).isEmpty();
        assertThat(once(e, "No shared threat", FILE).points()).isEqualTo(-3);
    }

    @Test
    void aRisingGraveSharedThreatAddsOnceOnly() {
        Evaluation e = score("""
                threats:
                  - { source: Missiles, severity: high, trend: rising, sharedBy: [A, B] }
                  - { source: Navy, severity: high, trend: rising, sharedBy: [A, B] }
                """);
        Contribution c = once(e, "Shared threat rising", FILE);
        assertThat(c.points()).isEqualTo(2);
        assertThat(c.reason()).contains("still rising");
        assertThat(fired(e, "Shared threats receding")).isEmpty();
    }

    @Test
    void recedingThreatsWithNoneRisingCost() {
        Evaluation e = score("""
                threats:
                  - { source: Missiles, severity: high, trend: falling, sharedBy: [A, B] }
                  - { source: Navy, severity: medium, trend: flat, sharedBy: [A, B] }
                """);
        assertThat(once(e, "Shared threats receding", FILE).reason()).contains("Missiles is receding");
        assertThat(fired(score("""
                threats:
                  - { source: Missiles, severity: high, trend: falling, sharedBy: [A, B] }
                  - { source: Navy, severity: medium, trend: rising, sharedBy: [A, B] }
                """), "Shared threats receding")).isEmpty();
    }

    @Test
    void cooperationCountsInstitutionalizedStrandsDoubleAndIsCapped() {
        Evaluation e = score("""
                threats: [ { source: Missiles, severity: high, sharedBy: [A, B] } ]
                cooperation:
                  - { kind: military-exercise, what: Drill, institutionalized: false }
                  - { kind: joint-statement, what: Statement, institutionalized: true }
                """);
        Contribution c = once(e, "Cooperation gives both sides a stake", FILE);
        assertThat(c.points()).isEqualTo(3);
        assertThat(c.reason()).contains("1 institutionalized and 1 ad hoc");

        Evaluation many = score("""
                cooperation:
                  - { kind: dialogue, what: One, institutionalized: true }
                  - { kind: dialogue, what: Two, institutionalized: true }
                  - { kind: dialogue, what: Three, institutionalized: true }
                """);
        assertThat(once(many, "Cooperation gives both sides a stake", FILE).points()).isEqualTo(5);
        assertThat(fired(score(""), "Cooperation gives both sides a stake")).isEmpty();
    }

    @Test
    void aChampionFacingAScepticalHasStakedCapital() {
        String champion = """
                parties:
                  KR: { name: Korea, publicSupport: %s, leader: { name: Yoon Suk Yeol, stance: champion } }
                agreement: { name: Deal, parties: [KR] }
                """;
        Contribution c = once(score(champion.formatted("0.35")), "Leader stakes political capital", FILE);
        assertThat(c.points()).isEqualTo(2);
        assertThat(c.reason()).contains("Yoon Suk Yeol champions the deal although only 35%");
        assertThat(fired(score(champion.formatted("0.7")), "Leader stakes political capital")).isEmpty();
        assertThat(fired(score(""), "Leader stakes political capital")).isEmpty();
    }
}
