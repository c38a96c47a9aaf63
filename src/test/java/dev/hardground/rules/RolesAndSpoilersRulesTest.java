package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.factor;
import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** Who matters (risks/roles.drl in public-support.drl and domestic-opposition.drl) and spoilers (risks/spoilers.drl). */
class RolesAndSpoilersRulesTest {
    private static final String SPOILERS = "risks/spoilers.drl";

    private static String parties(String principal, String others) {
        return """
                agreement: { name: Deal, parties: [P, X, Y, Z] }
                parties:
                  P: { name: Principal, publicSupport: 0.5, leader: { name: Pat },
                       opposition: { stance: hostile, controlsLegislature: true }%s }
                  X: { name: Ex, publicSupport: 0.7, leader: { name: Xi }%s }
                  Y: { name: Why, publicSupport: 0.7, leader: { name: Yu }%s }
                  Z: { name: Zed, publicSupport: 0.7, leader: { name: Zoe }%s }
                """.formatted(principal, others, others, others);
    }

    @Test
    void supportiveBystandersDoNotOutweighThePrincipalsHostileLegislature() {
        Evaluation equal = score(parties("", ""));
        assertThat(factor(equal, "public-support")).isEqualTo(6);
        assertThat(factor(equal, "domestic-opposition")).isEqualTo(-6);

        Evaluation bystanders = score(parties("", ", role: bystander"));
        assertThat(fired(bystanders, "Public backs the deal")).isEmpty();
        assertThat(factor(bystanders, "public-support")).isZero();
        assertThat(once(bystanders, "Hostile opposition controls the legislature", "risks/domestic-opposition.drl").points())
                .isEqualTo(-6);
    }

    @Test
    void coSignatoriesAndGuarantorsWeighHalf() {
        Evaluation e = score(parties(", role: co-signatory", ", role: guarantor"));
        assertThat(once(e, "Hostile opposition controls the legislature", "risks/domestic-opposition.drl").points())
                .isEqualTo(-3);
        assertThat(fired(e, "Public backs the deal")).extracting(Contribution::points).containsOnly(1.0);
        assertThat(factor(score(parties(", role: principal", "")), "domestic-opposition")).isEqualTo(-6);
    }

    @Test
    void aSpoilerOutsideTheDealWeighsByCapacityAndStance() {
        String actor = "actors:\n  H: { name: Hardliners, kind: faction, stance: %s, capacity: %s }\n";
        assertThat(once(score(actor.formatted("hostile", "high")), "Spoiler outside the deal", SPOILERS).points()).isEqualTo(-4);
        assertThat(once(score(actor.formatted("hostile", "medium")), "Spoiler outside the deal", SPOILERS).points()).isEqualTo(-2);
        assertThat(once(score(actor.formatted("hostile", "low")), "Spoiler outside the deal", SPOILERS).points()).isEqualTo(-1);
        Contribution sceptical = once(score(actor.formatted("skeptical", "high")), "Spoiler outside the deal", SPOILERS);
        assertThat(sceptical.points()).isEqualTo(-2);
        assertThat(sceptical.reason()).contains("Hardliners (skeptical, high capacity)");
        assertThat(fired(score(actor.formatted("supportive", "high")), "Spoiler outside the deal")).isEmpty();
        assertThat(fired(score(actor.formatted("neutral", "high")), "Spoiler outside the deal")).isEmpty();
    }

    @Test
    void severalSpoilersAddUpToACapAndBackersAreNotSpoilers() {
        Evaluation e = score("""
                actors:
                  G1: { name: Excluded government, kind: excluded-government, stance: hostile, capacity: high }
                  G2: { name: Armed wing, kind: armed-wing, stance: hostile, capacity: high }
                  G3: { name: Militia, stance: hostile, capacity: high }
                  L: { name: Lender, kind: lender, stance: hostile, capacity: high }
                """);
        Contribution c = once(e, "Spoiler outside the deal", SPOILERS);
        assertThat(c.points()).isEqualTo(-8);
        assertThat(c.reason()).contains("Excluded government").contains("Militia").doesNotContain("Lender");
    }

    @Test
    void aSplitInsideALeadersOwnCampIsJudgedForThatParty() {
        Evaluation e = score("""
                actors:
                  F: { name: Party hardliners, kind: faction, stance: hostile, capacity: medium, campOf: A }
                  W: { name: Coalition partner, stance: skeptical, capacity: high, campOf: A }
                """);
        Contribution c = once(e, "Split in a signatory's own camp", SPOILERS);
        assertThat(c.points()).isEqualTo(-4);
        assertThat(c.reason()).startsWith("Alpha's governing camp is split").contains("Party hardliners").contains("Coalition partner");
        assertThat(fired(e, "Spoiler outside the deal")).isEmpty();
        assertThat(fired(score(""), "Split in a signatory's own camp")).isEmpty();
    }
}
