package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.factor;
import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/factors/provisions.drl: scope, power-sharing dimensions, peacekeepers in civil wars, inclusiveness. */
class ProvisionsRulesTest {
    private static final String FILE = "factors/provisions.drl";

    /** A government and a rebel group, neither leader known, as the importer writes them. */
    static final String CIVIL_WAR = """
            parties:
              G: { name: Government of Testland, kind: state, regime: hybrid }
              R: { name: Liberation Front, kind: armed-group }
            source: { dataset: test, id: "1" }
            """;

    private static Evaluation deal(String fields) {
        return score(CIVIL_WAR + "agreement: { name: Accord, signed: 2023-03-06, parties: [G, R], " + fields + " }\n");
    }

    @Test
    void aComprehensiveSettlementAddsThreeAndAPeaceProcessCostsFour() {
        assertThat(once(deal("scope: comprehensive"), "Comprehensive settlement", FILE).points()).isEqualTo(3);
        assertThat(once(deal("scope: peace-process"), "Only a peace-process agreement", FILE).points()).isEqualTo(-4);
        Evaluation partial = deal("scope: partial");
        assertThat(fired(partial, "Comprehensive settlement")).isEmpty();
        assertThat(fired(partial, "Only a peace-process agreement")).isEmpty();
        assertThat(factor(deal(""), "provisions")).as("no scope stated, no points").isZero();
    }

    @Test
    void eachPowerSharingDimensionCountsTwoWhateverHowManyProvisionsMakeIt() {
        var political = once(deal("provisions: [power-sharing, government-posts, civil-service]"), "Power-sharing dimensions", FILE);
        assertThat(political.points()).isEqualTo(2);
        assertThat(political.reason()).isEqualTo("1 dimension(s) of power sharing: political");
        var all = once(deal("provisions: [government-posts, army-integration, autonomy, federalism]"),
                "Power-sharing dimensions", FILE);
        assertThat(all.points()).isEqualTo(6);
        assertThat(all.reason()).contains("political, military, territorial");
        assertThat(fired(deal("provisions: [ceasefire, ddr, elections, amnesty]"), "Power-sharing dimensions")).isEmpty();
    }

    @Test
    void peacekeepersInACivilWarAddTwoOnTopOfTheMechanismsThree() {
        Evaluation e = deal("mechanisms: [peacekeepers]");
        assertThat(once(e, "Peacekeepers after a civil war", FILE).points()).isEqualTo(2);
        assertThat(once(e, "Forces kept apart", "factors/mechanisms.drl").points()).isEqualTo(3);

        Evaluation interstate = score("agreement: { name: Truce, parties: [A, B], mechanisms: [peacekeepers] }\n");
        assertThat(fired(interstate, "Peacekeepers after a civil war")).isEmpty();
    }

    @Test
    void aWarringPartyOutsideCostsFourAndUnknownCostsNothing() {
        assertThat(once(deal("inclusive: false"), "A warring party stayed outside", FILE).points()).isEqualTo(-4);
        assertThat(fired(deal("inclusive: true"), "A warring party stayed outside")).isEmpty();
        assertThat(fired(deal(""), "A warring party stayed outside")).isEmpty();
    }
}
