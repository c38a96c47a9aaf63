package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * rules/risks/leadership-change.drl: the leader in office on the evaluation day, whether a successor, and how
 * much a change of camp matters by regime (Leeds, Mattes & Vogel 2009).
 */
class LeadershipChangeRulesTest {
    private static final String FILE = "risks/leadership-change.drl";

    /** Judged in 2027, after B's new leader took office (the deal was signed in 2023). */
    private static Evaluation successor(String stance, String regime) {
        return score("""
                asOf: 2027-06-01
                parties:
                  A: { name: Alpha, leader: { name: Ann, since: 2020-01-01 } }
                  B: { name: Beta, regime: %s, leader: { name: Lee Jae-myung, since: 2027-05-10, stance: %s } }
                """.formatted(regime, stance));
    }

    @Test
    void aHostileSuccessorInADemocracyCostsEight() {
        Contribution c = once(successor("hostile", "democracy"), "Hostile successor", FILE);
        assertThat(c.points()).isEqualTo(-8);
        assertThat(c.reason()).contains("Lee Jae-myung took office after the deal and is hostile");
    }

    @Test
    void aChangeOfCampCostsMoreOutsideDemocracies() {
        assertThat(once(successor("hostile", "autocracy"), "Hostile successor", FILE).points()).isEqualTo(-12);
        assertThat(once(successor("hostile", "hybrid"), "Hostile successor", FILE).reason()).contains("hybrid");
        assertThat(once(successor("skeptical", "democracy"), "Sceptical successor", FILE).points()).isEqualTo(-4);
        assertThat(once(successor("skeptical", "autocracy"), "Sceptical successor", FILE).points()).isEqualTo(-7);
    }

    @Test
    void aSuccessorWhoUpholdsTheDealShowsItOutlivedItsMakers() {
        Evaluation e = successor("supportive", "democracy");
        assertThat(once(e, "Successor upholds the deal", FILE).points()).isEqualTo(3);
        assertThat(fired(e, "Hostile successor")).isEmpty();
        assertThat(fired(e, "Sceptical successor")).isEmpty();
    }

    @Test
    void theLeadersWhoSignedAreNotSuccessors() {
        Evaluation e = score("""
                parties:
                  A: { name: Alpha, leader: { name: Ann, since: 2020-01-01, stance: hostile } }
                  B: { name: Beta, leader: { name: Ben, since: 2020-01-01 } }
                """);
        assertThat(fired(e, "Hostile successor")).isEmpty();
        assertThat(fired(e, "Successor upholds the deal")).isEmpty();
    }

    @Test
    void aBackingLeaderWithRisingApprovalAdds() {
        Contribution c = once(score("""
                parties:
                  A: { name: Alpha, leader: { name: Kishida Fumio, approval: 0.35, approvalTrend: rising } }
                  B: { name: Beta, leader: { name: Ben, approvalTrend: flat } }
                """), "Backing leader's approval rising", FILE);
        assertThat(c.points()).isEqualTo(2);
        assertThat(c.reason()).contains("Kishida Fumio").contains("35%");
        assertThat(fired(score("""
                parties:
                  A: { name: Alpha, leader: { name: Ann, approvalTrend: rising, stance: hostile } }
                agreement: { name: Deal, parties: [A] }
                """), "Backing leader's approval rising")).isEmpty();
    }

    @Test
    void aWeakAndFallingBackingLeaderCosts() {
        String weak = """
                parties:
                  A: { name: Alpha, leader: { name: Ann, approval: %s, approvalTrend: falling } }
                agreement: { name: Deal, parties: [A] }
                """;
        assertThat(once(score(weak.formatted("0.2")), "Backing leader weak and falling", FILE).points()).isEqualTo(-3);
        assertThat(fired(score(weak.formatted("0.4")), "Backing leader weak and falling")).isEmpty();
    }
}
