package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rules/factors/implementation.drl: commitments kept versus broken (Joshi & Quinn 2015). */
class ImplementationRulesTest {
    private static final String FILE = "factors/implementation.drl";

    @Test
    void keptCommitmentsCountTwoEachUpToFour() {
        Evaluation one = score("""
                commitments:
                  - { id: apology, by: A, what: Apologise, status: fulfilled }
                  - { id: pay, by: B, what: Pay, status: announced, chance: 0.9 }
                """);
        Contribution c = once(one, "Commitments kept", FILE);
        assertThat(c.points()).isEqualTo(2);
        assertThat(c.reason()).contains("apology");
        assertThat(fired(one, "Most of the deal carried out")).isEmpty();

        Evaluation three = score("""
                commitments:
                  - { id: a, by: A, status: fulfilled }
                  - { id: b, by: B, status: fulfilled }
                  - { id: c, by: B, status: fulfilled }
                """);
        assertThat(once(three, "Commitments kept", FILE).points()).isEqualTo(4);
        assertThat(once(three, "Most of the deal carried out", FILE).points()).isEqualTo(3);
    }

    @Test
    void aMostlyCarriedOutDealNeedsNothingBroken() {
        Evaluation e = score("""
                commitments:
                  - { id: a, by: A, status: fulfilled }
                  - { id: b, by: B, status: fulfilled }
                  - { id: c, by: B, status: broken }
                """);
        assertThat(fired(e, "Most of the deal carried out")).isEmpty();
    }

    @Test
    void brokenCommitmentsWeighByWhoReneged() {
        Evaluation e = score("""
                commitments:
                  - { id: statue, by: A, what: Move the statue, status: broken }
                  - { id: firms, by: B, what: Firms pay, voluntary: true, status: broken }
                """);
        Contribution c = once(e, "Commitments broken", FILE);
        assertThat(c.points()).isEqualTo(-8);
        assertThat(c.reason()).contains("statue (A)").contains("firms (B)");
    }

    @Test
    void brokenCommitmentsAreCapped() {
        Evaluation e = score("""
                commitments:
                  - { id: a, by: A, status: broken }
                  - { id: b, by: A, status: broken }
                  - { id: c, by: B, status: broken }
                """);
        assertThat(once(e, "Commitments broken", FILE).points()).isEqualTo(-12);
    }

    @Test
    void pendingCommitmentsAreNotImplementation() {
        assertThat(score("""
                commitments:
                  - { id: a, by: A, status: announced }
                  - { id: b, by: B, status: in-progress }
                """).contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }

    @Test
    void anEarlyDeadlineMissedCostsThreeOnceAndALaterOneOrAKeptOneNothing() {
        // Signed 2023-03-06: a release due within 90 days broken, a withdrawal due in 90 days overdue on 2023-07-01.
        Evaluation broken = score("""
                commitments:
                  - { id: release, by: A, due: 2023-03-13, status: broken }
                  - { id: withdraw, by: B, due: 2023-06-04, status: broken }
                """);
        Contribution c = once(broken, "An early deadline missed", FILE);
        assertThat(c.points()).isEqualTo(-3);
        assertThat(c.reason()).isEqualTo("a deadline within 90 days of signing (2023-03-06) was missed: release, withdraw");
        assertThat(once(RuleTestKit.evaluateOn("""
                commitments:
                  - { id: withdraw, by: B, due: 2023-06-04 }
                """, "2023-07-01"), "An early deadline missed", FILE).points()).isEqualTo(-3);

        for (String none : List.of(
                "  - { id: later, by: A, due: 2023-06-05, status: broken }",
                "  - { id: kept, by: A, due: 2023-03-13, status: fulfilled }",
                "  - { id: pending, by: A, due: 2023-06-04 }",
                "  - { id: firms, by: A, due: 2023-03-13, voluntary: true, status: broken }",
                "  - { id: hope, by: A, due: 2023-03-13, importance: aspirational, status: broken }",
                "  - { id: late, by: A, due: 2023-03-13, graceUntil: 2023-09-01, status: announced }")) {
            assertThat(fired(score("commitments:\n" + none), "An early deadline missed")).as(none).isEmpty();
        }
    }
}
