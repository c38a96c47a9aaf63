package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Mechanisms with a strength (peacekeeping forces by mandate and size, guarantors who pay: mechanisms.drl),
 * threats the parties pose each other (strategic-imperative.drl) and unwritten deals (legal-form.drl).
 */
class ForcesAndFormsRulesTest {
    private static final String MECHANISMS = "factors/mechanisms.drl";

    private static Evaluation deal(String mechanisms, String actors) {
        return score("agreement: { name: Deal, parties: [A, B], form: ceasefire, mechanisms: [%s] }\nactors:\n%s"
                .formatted(mechanisms, actors));
    }

    @Test
    void anArmedForceAmongTheActorsSeparatesTheSidesAndALargeOneAddsMore() {
        Evaluation small = deal("", "  UN: { name: UNFICYP, kind: peacekeeping-force, mandate: traditional, troops: 900 }\n");
        assertThat(once(small, "Forces kept apart", MECHANISMS).points()).isEqualTo(3);
        assertThat(fired(small, "A large armed peacekeeping force")).isEmpty();

        Evaluation large = deal("peacekeepers", "  UN: { name: UNAMSIL, kind: peacekeeping-force, mandate: enforcement, troops: 17500 }\n");
        assertThat(once(large, "Forces kept apart", MECHANISMS).points()).as("listed and described: once").isEqualTo(3);
        Contribution c = once(large, "A large armed peacekeeping force", MECHANISMS);
        assertThat(c.points()).isEqualTo(2);
        assertThat(c.reason()).contains("UNAMSIL fields 17,500 armed troops");
    }

    @Test
    void unarmedObserversWatchButDoNotSeparate() {
        Evaluation e = deal("peacekeepers", "  UNMOGIP: { name: UN observers, kind: peacekeeping-force, mandate: observers, troops: 40000 }\n");
        assertThat(fired(e, "Forces kept apart")).isEmpty();
        assertThat(fired(e, "A large armed peacekeeping force")).isEmpty();
        assertThat(once(e, "Observer mission watches the line", MECHANISMS).points()).isEqualTo(2);
        assertThat(fired(deal("monitoring", "  O: { kind: peacekeeping-force, mandate: observers }\n"),
                "Observer mission watches the line")).as("monitoring already counted").isEmpty();
        assertThat(once(deal("peacekeepers", "  O: { kind: peacekeeping-force }\n"), "Forces kept apart", MECHANISMS)
                .points()).as("a force of unstated mandate leaves the listed peacekeepers as they are").isEqualTo(3);
    }

    @Test
    void aGuarantorWhoPaysAddsToTheGuarantee() {
        Evaluation pays = deal("guarantee", "  US: { name: United States, kind: guarantor, pays: true }\n"
                + "  EU: { name: European Union, kind: lender, pays: true }\n");
        assertThat(once(pays, "Third-party guarantee", MECHANISMS).points()).isEqualTo(3);
        assertThat(once(pays, "A guarantor who pays", MECHANISMS).points()).isEqualTo(2);
        assertThat(fired(deal("guarantee", "  US: { name: United States, kind: guarantor }\n"), "A guarantor who pays"))
                .isEmpty();
    }

    @Test
    void aThreatThePartiesPoseEachOtherIsNotASharedThreat() {
        String threat = """
                agreement: { name: Peace, parties: [A, B], form: treaty }
                threats:
                  - { source: War between them, severity: critical, trend: rising, sharedBy: [A, B]%s }
                """;
        Evaluation shared = score(threat.formatted(""));
        assertThat(once(shared, "Shared grave threats", "factors/strategic-imperative.drl").points()).isEqualTo(3);
        Evaluation mutual = score(threat.formatted(", mutual: true"));
        assertThat(fired(mutual, "Shared grave threats")).isEmpty();
        assertThat(fired(mutual, "Shared threat rising")).isEmpty();
        assertThat(once(mutual, "No shared threat", "factors/strategic-imperative.drl").points()).isEqualTo(-3);
    }

    @Test
    void aVerbalUnderstandingCostsMoreThanAWrittenPoliticalDeal() {
        Contribution c = once(score("agreement: { name: Handshake, parties: [A, B], form: verbal-understanding }\n"),
                "Unwritten verbal understanding", "factors/legal-form.drl");
        assertThat(c.points()).isEqualTo(-5);
        Evaluation written = score("agreement: { name: Memo, parties: [A, B], form: political-deal }\n");
        assertThat(fired(written, "Unwritten verbal understanding")).isEmpty();
        assertThat(once(written, "Non-binding political deal", "factors/legal-form.drl").points()).isEqualTo(-3);
    }
}
