package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Rules written for states keep quiet where their premise fails: an armed group as a party, leaders nobody
 * named, the war a ceasefire pauses listed as a threat both sides feel.
 */
class ArmedGroupRulesTest {
    private static Evaluation civilWar(String agreement) {
        return score(ProvisionsRulesTest.CIVIL_WAR + "agreement: { name: Accord, signed: 2023-03-06, parties: [G, R]"
                + agreement + " }\n");
    }

    @Test
    void anImportedCivilWarAgreementWithNothingKnownScoresFifty() {
        Evaluation e = civilWar("");
        assertThat(e.contributions()).isEmpty();
        assertThat(e.score()).isEqualTo(50);
    }

    @Test
    void rulesThatAssumeStatesDoNotFire() {
        Evaluation e = civilWar(", form: political-deal");
        assertThat(fired(e, "Negotiated by the parties themselves")).isEmpty();
        assertThat(fired(e, "No shared threat")).isEmpty();
        assertThat(fired(e, "Non-binding political deal")).isEmpty();
        assertThat(fired(e, "Every leader backs the deal")).isEmpty();
    }

    @Test
    void aLeaderNobodyNamedIsNotCountedAsBackingTheDeal() {
        Evaluation e = score("""
                parties:
                  A: { name: Alpha, leader: { name: Ann Alpha, since: 2021-01-01, termEnds: 2026-01-01, stance: champion } }
                  R: { name: Rebels, kind: armed-group }
                agreement: { name: Deal, parties: [A, R] }
                """);
        assertThat(fired(e, "Every leader backs the deal")).isEmpty();
    }

    @Test
    void theWarACeasefirePausesIsNotASharedThreat() {
        String threats = """
                threats:
                  - { source: Renewed war between the parties, severity: critical, trend: rising, sharedBy: [A, B] }
                """;
        Evaluation ceasefire = score("agreement: { name: Truce, parties: [A, B], form: ceasefire }\n" + threats);
        assertThat(fired(ceasefire, "Shared grave threats")).isEmpty();
        assertThat(fired(ceasefire, "Shared threat rising")).isEmpty();
        Evaluation provision = score("agreement: { name: Accord, parties: [A, B], provisions: [ceasefire] }\n" + threats);
        assertThat(fired(provision, "Shared grave threats")).isEmpty();

        Evaluation deal = score("agreement: { name: Pact, parties: [A, B], form: treaty }\n" + threats);
        assertThat(once(deal, "Shared grave threats", "factors/strategic-imperative.drl").points()).isEqualTo(3);
    }

    @Test
    void aThreatFeltAlsoByOutsidersStillCountsInACeasefire() {
        Evaluation e = score("""
                parties:
                  A: { name: Alpha, leader: { name: Ann Alpha } }
                  B: { name: Beta, leader: { name: Ben Beta } }
                  C: { name: Gamma, leader: { name: Cy Gamma } }
                agreement: { name: Truce, parties: [A, B], form: ceasefire }
                threats:
                  - { source: A common enemy, severity: high, sharedBy: [A, B, C] }
                """);
        assertThat(fired(e, "Shared grave threats")).hasSize(1);
    }
}
