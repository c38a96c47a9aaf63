package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.evaluateOn;
import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Commitments that carry weight: importance (core, supporting, aspirational), a grace period, commitments a
 * non-signatory owes and commitments conditional on another dispute, across implementation.drl,
 * follow-through.drl, voluntary-commitments.drl and linkage.drl.
 */
class CommitmentWeightRulesTest {
    private static final String IMPLEMENTATION = "factors/implementation.drl";
    private static final String FOLLOW_THROUGH = "risks/follow-through.drl";
    private static final String VOLUNTARY = "risks/voluntary-commitments.drl";
    private static final String LINKAGE = "factors/linkage.drl";

    @Test
    void aBrokenCoreCommitmentWeighsMoreThanASupportingOneAndAnAspirationOnlyAQuarter() {
        String broken = "commitments:\n  - { id: pledge, by: A, status: broken%s }\n";
        assertThat(once(score(broken.formatted("")), "Commitments broken", IMPLEMENTATION).points()).isEqualTo(-5);
        assertThat(once(score(broken.formatted(", importance: supporting")), "Commitments broken", IMPLEMENTATION)
                .points()).isEqualTo(-5);
        Contribution core = once(score(broken.formatted(", importance: core")), "Commitments broken", IMPLEMENTATION);
        assertThat(core.points()).isEqualTo(-7.5);
        assertThat(core.reason()).contains("pledge (A, core)");
        assertThat(once(score(broken.formatted(", importance: aspirational")), "Commitments broken", IMPLEMENTATION)
                .points()).isEqualTo(-1.25);
    }

    @Test
    void listingLongShotAspirationsBesideTheBargainDoesNotLowerFollowThrough() {
        String bargain = """
                commitments:
                  - { id: a, by: A, status: announced, chance: 0.9 }
                  - { id: b, by: B, status: announced, chance: 0.9 }
                """;
        double without = once(score(bargain), "Reciprocal gestures still pending", FOLLOW_THROUGH).points();
        Evaluation with = score(bargain + "  - { id: dream, by: A, status: announced, chance: 0.05, importance: aspirational }\n");
        Contribution c = once(with, "Reciprocal gestures still pending", FOLLOW_THROUGH);
        assertThat(c.points()).isEqualTo(without).isEqualTo(-1.5);
        assertThat(c.reason()).startsWith("2 state commitment(s)");
    }

    @Test
    void aCommitmentInItsGracePeriodIsNotYetPastDue() {
        String late = """
                commitments:
                  - { id: visit, by: A, status: announced, chance: 0.8, due: 2023-06-01%s }
                """;
        assertThat(once(evaluateOn(late.formatted(""), "2023-07-01"), "Commitments past due", FOLLOW_THROUGH).points())
                .isEqualTo(-2);
        assertThat(fired(evaluateOn(late.formatted(", graceUntil: 2023-09-01"), "2023-07-01"), "Commitments past due"))
                .isEmpty();
        assertThat(once(evaluateOn(late.formatted(", graceUntil: 2023-09-01"), "2023-09-02"), "Commitments past due",
                FOLLOW_THROUGH).points()).isEqualTo(-2);
    }

    @Test
    void aCommitmentANonSignatoryOwesIsJudgedAsOutsideGoodwillNotAsAPartysAct() {
        String owed = """
                actors:
                  UN: { name: United Nations, kind: peacekeeping-force }
                commitments:
                  - { id: deploy, owedBy: UN, what: Deploy a force, status: %s, chance: 0.5 }
                  - { id: a, by: A, status: announced, chance: 0.5 }
                """;
        Evaluation pending = score(owed.formatted("announced"));
        Contribution c = once(pending, "Deal rests on voluntary contributions", VOLUNTARY);
        assertThat(c.points()).isEqualTo(-3);
        assertThat(c.reason()).contains("deploy rests on UN, who did not sign");
        assertThat(fired(pending, "Reciprocal gestures still pending")).as("one state commitment is left").isEmpty();

        Contribution broken = once(score(owed.formatted("broken")), "Commitments broken", IMPLEMENTATION);
        assertThat(broken.points()).isEqualTo(-3);
        assertThat(broken.reason()).contains("deploy (UN)");
    }

    @Test
    void anAspirationalVoluntaryContributionWeighsAQuarter() {
        Evaluation e = score("commitments:\n  - { id: firms, by: B, voluntary: true, chance: 0.0, importance: aspirational }\n");
        assertThat(once(e, "Deal rests on voluntary contributions", VOLUNTARY).points()).isEqualTo(-1.5);
    }

    @Test
    void commitmentsConditionalOnAnotherDisputeCostOneEachUpToTwo() {
        Evaluation one = score("""
                commitments:
                  - { id: lift, by: A, status: announced, conditionalOn: the border dispute }
                  - { id: dream, by: B, status: announced, conditionalOn: the border dispute, importance: aspirational }
                  - { id: done, by: B, status: fulfilled, conditionalOn: the border dispute }
                """);
        Contribution c = once(one, "Commitments hostage to another dispute", LINKAGE);
        assertThat(c.points()).isEqualTo(-1);
        assertThat(c.reason()).contains("lift (on the border dispute)").doesNotContain("dream").doesNotContain("done");
        Evaluation three = score("""
                commitments:
                  - { id: a, by: A, conditionalOn: x }
                  - { id: b, by: B, conditionalOn: y }
                  - { id: c, by: B, conditionalOn: z }
                """);
        assertThat(once(three, "Commitments hostage to another dispute", LINKAGE).points()).isEqualTo(-2);
        assertThat(fired(score("commitments: [ { id: a, by: A } ]\n"), "Commitments hostage to another dispute")).isEmpty();
    }

    @Test
    void aGuarantorThatPromisedNothingDoesNotMakeTheBargainOneSided() {
        String parties = """
                agreement: { name: Deal, parties: [A, B, G] }
                parties:
                  A: { name: Alpha, leader: { name: Ann } }
                  B: { name: Beta, leader: { name: Ben } }
                  G: { name: Gamma, leader: { name: Gus }%s }
                commitments:
                  - { id: a, by: A }
                  - { id: b, by: B }
                """;
        assertThat(fired(score(parties.formatted("")), "Every party has something at stake")).isEmpty();
        assertThat(once(score(parties.formatted(", role: guarantor")), "Every party has something at stake", LINKAGE)
                .points()).isEqualTo(2);
        assertThat(fired(score(parties.formatted(", role: co-signatory")), "Every party has something at stake")).isEmpty();
    }
}
