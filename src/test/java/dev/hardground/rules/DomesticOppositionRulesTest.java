package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/risks/domestic-opposition.drl: the opposition's stance and whether it holds the legislature. */
class DomesticOppositionRulesTest {
    private static final String FILE = "risks/domestic-opposition.drl";

    private static Evaluation opposition(String stance, boolean legislature) {
        return score("""
                parties:
                  KR: { name: Republic of Korea, leader: { name: Yoon },
                        opposition: { stance: %s, controlsLegislature: %s } }
                agreement: { name: Deal, parties: [KR] }
                """.formatted(stance, legislature));
    }

    @ParameterizedTest(name = "{0} opposition, legislature {1}: {2} {3}")
    @CsvSource({
            "hostile,    true,  Hostile opposition controls the legislature,   -6",
            "hostile,    false, Hostile opposition out of power,               -3",
            "skeptical,  true,  Sceptical opposition controls the legislature, -2",
            "supportive, false, Opposition backs the deal,                      2",
            "champion,   true,  Opposition backs the deal,                      2"})
    void oneRulePerPartyByStanceAndPower(String stance, boolean legislature, String rule, double points) {
        Evaluation e = opposition(stance, legislature);
        Contribution c = once(e, rule, FILE);
        assertThat(c.points()).isEqualTo(points);
        assertThat(c.reason()).startsWith("Republic of Korea's opposition");
        assertThat(e.contributions().stream().filter(x -> x.file().endsWith(FILE))).hasSize(1);
    }

    @Test
    void aNeutralOrPowerlessScepticalOppositionIsNoRisk() {
        assertThat(opposition("neutral", true).contributions()).noneMatch(c -> c.file().endsWith(FILE));
        assertThat(opposition("skeptical", false).contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }

    @Test
    void aNameEndingInSReadsTheOppositionOfTheUnitedStates() {
        Evaluation e = score("""
                parties:
                  US: { name: United States, leader: { name: Carter },
                        opposition: { stance: hostile, controlsLegislature: true } }
                agreement: { name: Deal, parties: [US] }
                """);
        assertThat(once(e, "Hostile opposition controls the legislature", FILE).reason())
                .isEqualTo("the opposition of the United States is hostile to the deal and controls the legislature");
    }
}
