package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import org.junit.jupiter.api.Test;

/** rules/factors/linkage.drl: reciprocal bargains (Leeds & Savun 2007). */
class LinkageRulesTest {
    private static final String FILE = "factors/linkage.drl";
    private static final String RULE = "Every party has something at stake";

    @Test
    void aDealInWhichEveryPartyGivesSomethingIsLinked() {
        Contribution c = once(score("""
                commitments:
                  - { id: pay, by: A, status: announced }
                  - { id: drop-case, by: B, status: fulfilled }
                """), RULE, FILE);
        assertThat(c.points()).isEqualTo(2);
        assertThat(c.reason()).contains("each of A, B made commitments");
    }

    @Test
    void aOneSidedDealIsNot() {
        assertThat(fired(score("""
                commitments:
                  - { id: pay, by: A, status: announced }
                  - { id: apologise, by: A, status: fulfilled }
                """), RULE)).isEmpty();
        assertThat(fired(score(""), RULE)).isEmpty();
    }
}
