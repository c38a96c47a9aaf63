package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/risks/precedent.drl: earlier deals between the same parties. */
class PrecedentRulesTest {
    private static final String FILE = "risks/precedent.drl";

    @Test
    void aDealUndoneByALeaderChangeIsTheHeaviestPrecedent() {
        Evaluation e = score("""
                precedents:
                  - { name: 2015 comfort-women agreement, outcome: repudiated, cause: leader-change, year: 2017 }
                """);
        Contribution c = once(e, "Earlier deal undone by a change of leader", FILE);
        assertThat(c.points()).isEqualTo(-4);
        assertThat(c.reason()).contains("2015 comfort-women agreement");
        assertThat(fired(e, "Earlier deal failed")).isEmpty();
    }

    @Test
    void leaderChangeFailuresAreCapped() {
        Evaluation e = score("""
                precedents:
                  - { name: One, outcome: repudiated, cause: leader-change }
                  - { name: Two, outcome: hollowed, cause: leader-change }
                  - { name: Three, outcome: collapsed, cause: leader-change }
                """);
        assertThat(once(e, "Earlier deal undone by a change of leader", FILE).points()).isEqualTo(-8);
    }

    @Test
    void otherFailuresWeighHalf() {
        Evaluation e = score("""
                precedents:
                  - { name: Asian Women's Fund, outcome: hollowed, cause: rejected-by-victims }
                  - { name: Talks, outcome: collapsed }
                """);
        Contribution c = once(e, "Earlier deal failed", FILE);
        assertThat(c.points()).isEqualTo(-4);
        assertThat(c.reason()).contains("Asian Women's Fund").contains("Talks");
        assertThat(fired(e, "Earlier deal undone by a change of leader")).isEmpty();
    }

    @Test
    void aCivilWarsEarlierFailedAgreementsCostNothingButItsStandingOnesStillCount() {
        Evaluation e = score("""
                parties:
                  A: { name: Alpha, leader: { name: Ann Alpha, since: 2021-01-01, termEnds: 2026-01-01 } }
                  R: { name: Rebels, kind: armed-group }
                agreement: { name: Deal, parties: [A, R] }
                precedents:
                  - { name: First accord, outcome: collapsed, year: 1995 }
                  - { name: Framework, outcome: survived, year: 2000 }
                """);
        assertThat(fired(e, "Earlier deal failed")).as("UCDP PAD: no signal in either period").isEmpty();
        assertThat(once(e, "Earlier deal survived", FILE).points()).isEqualTo(2);
    }

    @Test
    void survivingDealsAreATemplate() {
        assertThat(once(score("""
                precedents:
                  - { name: 1998 Kim–Obuchi joint declaration, outcome: survived, year: 1998 }
                """), "Earlier deal survived", FILE).points()).isEqualTo(2);
        assertThat(once(score("""
                precedents:
                  - { name: One, outcome: survived }
                  - { name: Two, outcome: survived }
                  - { name: Three }
                """), "Earlier deal survived", FILE).points()).isEqualTo(3);
    }

    @Test
    void noPrecedentsNoContribution() {
        assertThat(score("").contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }
}
