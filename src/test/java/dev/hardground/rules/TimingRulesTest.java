package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.evaluateOn;
import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/factors/timing.drl: where the backing leaders stand in their tenure on the evaluation day. */
class TimingRulesTest {
    private static final String FILE = "factors/timing.drl";

    private static String korea(String termEnds, boolean reelectable, String stance) {
        return """
                parties:
                  KR: { name: Korea, leader: { name: Yoon Suk Yeol, since: 2022-05-10, termEnds: %s,
                        reelectable: %s, stance: %s } }
                agreement: { name: Deal, signed: 2023-03-06, parties: [KR] }
                """.formatted(termEnds, reelectable, stance);
    }

    @Test
    void aSingleTermLeaderWithYearsLeftAddsTiming() {
        Contribution c = once(score(korea("2027-05-09", false, "champion")), "Leader early in a single term", FILE);
        assertThat(c.points()).isEqualTo(5);
        assertThat(c.reason()).contains("Yoon Suk Yeol has 4.2 years left").contains("cannot be re-elected");
    }

    @Test
    void theSecondHalfOfAFinalTermCostsTiming() {
        Evaluation e = score(korea("2025-01-01", false, "supportive"));
        assertThat(once(e, "Second half of a final term", FILE).points()).isEqualTo(-3);
        assertThat(fired(e, "Leader early in a single term")).isEmpty();
        assertThat(fired(e, "Lame-duck leader")).isEmpty();
    }

    @Test
    void aLameDuckCostsMost() {
        Contribution c = once(score(korea("2024-03-06", false, "supportive")), "Lame-duck leader", FILE);
        assertThat(c.points()).isEqualTo(-7);
        assertThat(c.reason()).contains("leaves office in 1.0 years");
    }

    @Test
    void aReelectableLeaderWithTimeBeforeTheVoteAddsALittle() {
        Evaluation e = score(korea("2025-01-01", true, "supportive"));
        assertThat(once(e, "Re-electable leader with time before the next vote", FILE).points()).isEqualTo(2);
        assertThat(fired(e, "Second half of a final term")).isEmpty();
        assertThat(score(korea("2024-01-01", true, "supportive")).contributions())
                .noneMatch(c -> c.file().endsWith(FILE));
    }

    @Test
    void timingIsNotJudgedForALeaderWhoDoesNotBackTheDeal() {
        assertThat(score(korea("2027-05-09", false, "hostile")).contributions()).noneMatch(c -> c.file().endsWith(FILE));
        assertThat(score(korea("2024-03-06", false, "skeptical")).contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }

    @Test
    void aLeaderWithoutAFixedTermHasNoTimingToJudge() {
        String openEnded = """
                parties:
                  CN: { name: China, regime: autocracy, leader: { name: Xi, since: 2013-03-14 } }
                agreement: { name: Deal, signed: 2023-03-06, parties: [CN] }
                """;
        assertThat(score(openEnded).contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }

    @Test
    void timingIsJudgedOnTheEvaluationDayNotOnAsOf() {
        String world = korea("2027-05-09", false, "champion");
        assertThat(fired(score(world), "Leader early in a single term")).hasSize(1);
        Evaluation later = evaluateOn(world, "2026-06-01");
        assertThat(fired(later, "Leader early in a single term")).isEmpty();
        assertThat(once(later, "Lame-duck leader", FILE).reason()).contains("leaves office in 0.9 years");
    }
}
