package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/factors/local-ownership.drl: whether the parties drove the deal and still own it. */
class LocalOwnershipRulesTest {
    private static final String FILE = "factors/local-ownership.drl";

    @Test
    void aDealThePartiesNegotiatedThemselvesIsOwned() {
        Evaluation e = score("");
        assertThat(once(e, "Negotiated by the parties themselves", FILE).points()).isEqualTo(4);
        assertThat(fired(e, "Brokered from outside")).isEmpty();
    }

    @Test
    void aBrokeredDealLosesOwnership() {
        Evaluation e = score("""
                agreement: { name: Deal, parties: [A, B], broker: { name: United States, staysEngaged: true } }
                """);
        assertThat(once(e, "Brokered from outside", FILE).points()).isEqualTo(-3);
        assertThat(once(e, "Brokered from outside", FILE).reason()).contains("brokered by United States");
        assertThat(fired(e, "Negotiated by the parties themselves")).isEmpty();
    }

    @Test
    void everyLeaderBackingTheDealAddsOwnership() {
        assertThat(once(score(""), "Every leader backs the deal", FILE).points()).isEqualTo(2);
        Evaluation neutral = score("""
                parties:
                  A: { name: Alpha, leader: { name: Ann, stance: champion } }
                  B: { name: Beta, leader: { name: Ben, stance: neutral } }
                """);
        assertThat(fired(neutral, "Every leader backs the deal")).isEmpty();
        assertThat(fired(neutral, "A signatory leader doubts the deal")).isEmpty();
    }

    @Test
    void aSignatoryWhoDoubtsTheDealCosts() {
        Evaluation e = score("""
                parties:
                  A: { name: Alpha, leader: { name: Ann, since: 2020-01-01, stance: champion } }
                  B: { name: Beta, leader: { name: Ben, since: 2020-01-01, stance: skeptical } }
                """);
        assertThat(once(e, "A signatory leader doubts the deal", FILE).points()).isEqualTo(-4);
        assertThat(once(e, "A signatory leader doubts the deal", FILE).reason()).contains("Ben signed the deal but is skeptical");
    }

    @Test
    void aDoubtingSuccessorIsLeftToTheLeadershipChangeRules() {
        Evaluation e = score("""
                asOf: 2027-06-01
                parties:
                  A: { name: Alpha, leader: { name: Ann, since: 2020-01-01 } }
                  B: { name: Beta, leader: { name: Ben, since: 2027-05-10, stance: hostile } }
                """);
        assertThat(fired(e, "A signatory leader doubts the deal")).isEmpty();
        assertThat(fired(e, "Every leader backs the deal")).isEmpty();
    }
}
