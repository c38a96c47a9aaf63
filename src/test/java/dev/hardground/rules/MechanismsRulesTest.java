package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.factor;
import static dev.hardground.rules.RuleTestKit.fired;
import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;

/** rules/factors/mechanisms.drl: self-enforcing machinery (Fortna 2003). */
class MechanismsRulesTest {
    private static final String FILE = "factors/mechanisms.drl";

    private static Evaluation with(String mechanisms) {
        return score("agreement: { name: Deal, parties: [A, B], form: ceasefire, mechanisms: [%s] }\n".formatted(mechanisms));
    }

    @Test
    void verificationMachineryCountsTwoEachUpToFour() {
        assertThat(once(with("monitoring"), "Verification and dispute machinery", FILE).points()).isEqualTo(2);
        var three = once(with("monitoring, joint-commission, dispute-resolution"), "Verification and dispute machinery", FILE);
        assertThat(three.points()).isEqualTo(4);
        assertThat(three.reason()).contains("monitoring, joint-commission, dispute-resolution");
    }

    @Test
    void aGuaranteeAddsThree() {
        Evaluation e = with("guarantee");
        assertThat(once(e, "Third-party guarantee", FILE).points()).isEqualTo(3);
        assertThat(fired(e, "Verification and dispute machinery")).isEmpty();
    }

    @Test
    void separatingForcesAddsThreeEachUpToFive() {
        assertThat(once(with("dmz"), "Forces kept apart", FILE).points()).isEqualTo(3);
        assertThat(once(with("peacekeepers, dmz"), "Forces kept apart", FILE).points()).isEqualTo(5);
    }

    @Test
    void everyMechanismTogetherStaysWithinTheFactorBudget() {
        double all = factor(with("monitoring, joint-commission, guarantee, peacekeepers, dmz, dispute-resolution"),
                "mechanisms");
        assertThat(all).isEqualTo(12);
    }

    @Test
    void noMechanismsNoContribution() {
        assertThat(with("").contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }
}
