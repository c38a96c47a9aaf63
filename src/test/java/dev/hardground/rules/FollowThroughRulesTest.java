package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.evaluateOn;
import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/risks/follow-through.drl: state commitments still to be carried out, and deadlines missed. */
class FollowThroughRulesTest {
    private static final String FILE = "risks/follow-through.drl";
    private static final String PENDING = "Reciprocal gestures still pending";

    @Test
    void pendingGesturesCostMoreTheLessLikelyTheyAre() {
        Contribution likely = once(score("""
                commitments:
                  - { id: export-talks, by: B, status: announced, chance: 0.85 }
                  - { id: wto-case, by: A, status: in-progress, chance: 0.95 }
                """), PENDING, FILE);
        assertThat(likely.points()).isEqualTo(-1.5);
        assertThat(likely.reason()).contains("2 state commitment(s) still pending, on average 90% likely");

        Contribution doubtful = once(score("""
                commitments:
                  - { id: statue, by: A, status: announced, chance: 0.3 }
                  - { id: un, by: A, status: announced, chance: 0.5 }
                """), PENDING, FILE);
        assertThat(doubtful.points()).isEqualTo(-4);
    }

    @Test
    void oneGestureOrVoluntaryOrSettledOnesAreNotThisRisk() {
        assertThat(fired(score("""
                commitments:
                  - { id: one, by: A, status: announced, chance: 0.5 }
                  - { id: firms, by: B, voluntary: true, status: announced, chance: 0.3 }
                  - { id: done, by: B, status: fulfilled }
                  - { id: gone, by: B, status: broken }
                """), PENDING)).isEmpty();
    }

    @Test
    void aStateCommitmentPastDueCosts() {
        String world = """
                commitments:
                  - { id: statue, by: A, what: Move the statue, status: announced, chance: 0.3, due: 2023-12-31 }
                """;
        assertThat(fired(score(world), "Commitments past due")).isEmpty();
        Contribution c = once(evaluateOn(world, "2024-06-01"), "Commitments past due", FILE);
        assertThat(c.points()).isEqualTo(-2);
        assertThat(c.reason()).contains("statue").contains("2024-06-01");
    }

    @Test
    void pastDueCommitmentsAreCappedAndKeptOnesDoNotCount() {
        Evaluation e = evaluateOn("""
                commitments:
                  - { id: a, by: A, status: announced, due: 2023-06-30 }
                  - { id: b, by: A, status: in-progress, due: 2023-06-30 }
                  - { id: c, by: B, status: announced, due: 2023-06-30 }
                  - { id: d, by: B, status: fulfilled, due: 2023-06-30 }
                """, "2024-01-01");
        assertThat(once(e, "Commitments past due", FILE).points()).isEqualTo(-4);
        String reason = once(e, "Commitments past due", FILE).reason();
        assertThat(reason).contains("3 commitment(s)");
        assertThat(reason.substring(reason.lastIndexOf(": ") + 2).split(", ")).containsExactlyInAnyOrder("a", "b", "c");
    }
}
