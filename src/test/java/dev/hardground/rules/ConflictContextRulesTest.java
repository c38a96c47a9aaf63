package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/risks/conflict-context.drl: how the war stood at signing. */
class ConflictContextRulesTest {
    private static final String FILE = "risks/conflict-context.drl";

    private static Evaluation context(String context) {
        return score(ProvisionsRulesTest.CIVIL_WAR
                + "agreement: { name: Accord, signed: 2023-03-06, parties: [G, R] }\ncontext: " + context + "\n");
    }

    @Test
    void aDecisiveVictoryAddsThirteen() {
        assertThat(once(context("{ battlefield: decisive-victory }"), "Signed after a decisive victory", FILE).points())
                .isEqualTo(13);
        for (String other : new String[] {"stalemate", "recent-defeat", "unknown"}) {
            assertThat(fired(context("{ battlefield: " + other + " }"), "Signed after a decisive victory")).as(other).isEmpty();
        }
    }

    @Test
    void aSemiDemocracyCostsTwoBetweenItsCutoffs() {
        var c = once(context("{ polyarchy: 0.3, contested: territory }"), "Semi-democracy at war", FILE);
        assertThat(c.points()).isEqualTo(-2);
        assertThat(c.reason()).contains("0.30");
        assertThat(fired(context("{ polyarchy: 0.29 }"), "Semi-democracy at war")).isEmpty();
        assertThat(fired(context("{ polyarchy: 0.5 }"), "Semi-democracy at war")).isEmpty();
        assertThat(fired(context("{ contested: government }"), "Semi-democracy at war")).as("polyarchy unknown").isEmpty();
    }

    @Test
    void noContextNoContribution() {
        Evaluation e = score("agreement: { name: Deal, parties: [A, B] }\n");
        assertThat(e.contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }
}
