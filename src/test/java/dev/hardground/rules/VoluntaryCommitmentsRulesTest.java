package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/risks/voluntary-commitments.drl: money that rests on firms' or donors' goodwill. */
class VoluntaryCommitmentsRulesTest {
    private static final String FILE = "risks/voluntary-commitments.drl";
    private static final String RULE = "Deal rests on voluntary contributions";

    private static String firms(String status, String chance, boolean voluntary) {
        return """
                commitments:
                  - { id: jp-firms-contribute, by: B, what: Japanese companies contribute, voluntary: %s,
                      status: %s, chance: %s }
                """.formatted(voluntary, status, chance);
    }

    @ParameterizedTest(name = "chance {0} → {1}")
    @CsvSource({"0.0, -6", "0.35, -3.9", "0.5, -3", "0.95, -1"})
    void theRiskScalesWithTheOddsOfPaymentAndNeverVanishes(String chance, double points) {
        Contribution c = once(score(firms("announced", chance, true)), RULE, FILE);
        assertThat(c.points()).isEqualTo(points);
        assertThat(c.reason()).contains("jp-firms-contribute rests on voluntary contributions");
    }

    @Test
    void inProgressContributionsStillCount() {
        assertThat(fired(score(firms("in-progress", "0.5", true)), RULE)).hasSize(1);
    }

    @Test
    void settledOrStateCommitmentsAreNotThisRisk() {
        assertThat(fired(score(firms("fulfilled", "1.0", true)), RULE)).isEmpty();
        assertThat(fired(score(firms("broken", "0.0", true)), RULE)).isEmpty();
        assertThat(fired(score(firms("announced", "0.35", false)), RULE)).isEmpty();
    }
}
