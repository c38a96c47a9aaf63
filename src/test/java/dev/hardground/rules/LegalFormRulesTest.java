package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/factors/legal-form.drl: ratified treaties outlast political deals (Nyarko 2019). */
class LegalFormRulesTest {
    private static final String FILE = "factors/legal-form.drl";

    private static String deal(String form, boolean ratified) {
        return "agreement: { name: Deal, parties: [A, B], form: %s, ratified: %s }\n".formatted(form, ratified);
    }

    @ParameterizedTest(name = "{0}, ratified {1}: {2} {3}")
    @CsvSource({
            "treaty,              true,  Ratified treaty,             8",
            "executive-agreement, true,  Approved by the legislature, 5",
            "political-deal,      true,  Approved by the legislature, 5",
            "political-deal,      false, Non-binding political deal, -3",
            "joint-declaration,   false, Non-binding political deal, -3"})
    void eachFormGetsItsWeight(String form, boolean ratified, String rule, double points) {
        Contribution c = once(score(deal(form, ratified)), rule, FILE);
        assertThat(c.points()).isEqualTo(points);
        assertThat(c.reason()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}, ratified {1}: no legal-form rule")
    @CsvSource({"executive-agreement, false", "treaty, false", "ceasefire, false"})
    void theReferenceFormsScoreNothing(String form, boolean ratified) {
        assertThat(score(deal(form, ratified)).contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }

    @Test
    void aPoliticalDealSaysASuccessorCanDisownIt() {
        assertThat(once(score(deal("political-deal", false)), "Non-binding political deal", FILE).reason())
                .contains("a political deal no legislature approved");
    }
}
