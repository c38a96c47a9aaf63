package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.factor;
import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/factors/broker-engagement.drl: guarantors who stay (Walter 1997) versus mediators who leave (Beardsley 2008). */
class BrokerEngagementRulesTest {
    private static final String FILE = "factors/broker-engagement.drl";
    private static final String BROKERED = """
            agreement: { name: Deal, parties: [A, B], broker: { name: United States, staysEngaged: %s } }
            """;

    @Test
    void aBrokerThatStaysEngagedUnderwritesTheDeal() {
        Evaluation e = score(BROKERED.formatted("true"));
        assertThat(once(e, "Broker stays engaged as guarantor", FILE).points()).isEqualTo(4);
        assertThat(once(e, "Broker stays engaged as guarantor", FILE).reason()).contains("United States stays engaged");
        assertThat(fired(e, "Broker walks away")).isEmpty();
    }

    @Test
    void aBrokerThatLeavesTakesItsLeverage() {
        Evaluation e = score(BROKERED.formatted("false"));
        assertThat(once(e, "Broker walks away", FILE).points()).isEqualTo(-3);
        assertThat(fired(e, "Broker stays engaged as guarantor")).isEmpty();
    }

    @Test
    void anEngagedBrokerOnlyPartlyCompensatesForLostOwnership() {
        double unbrokered = factor(score(""), "local-ownership") + factor(score(""), "broker");
        Evaluation engaged = score(BROKERED.formatted("true"));
        double withGuarantor = factor(engaged, "local-ownership") + factor(engaged, "broker");
        assertThat(withGuarantor).isLessThan(unbrokered);
        Evaluation left = score(BROKERED.formatted("false"));
        assertThat(factor(left, "local-ownership") + factor(left, "broker")).isLessThan(withGuarantor);
    }

    @Test
    void noBrokerNoBrokerRules() {
        assertThat(score("").contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }
}
