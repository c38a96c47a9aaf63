package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.once;
import static dev.hardground.rules.RuleTestKit.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/risks/public-support.drl: the share of each party's public backing the deal. */
class PublicSupportRulesTest {
    private static final String FILE = "risks/public-support.drl";

    private static Evaluation support(String share) {
        return score("""
                parties:
                  KR: { name: Republic of Korea, publicSupport: %s, leader: { name: Park } }
                agreement: { name: Deal, parties: [KR] }
                """.formatted(share));
    }

    @ParameterizedTest(name = "support {0}: {1} {2}")
    @CsvSource({
            "0.25, Public rejects the deal,    -5",
            "0.35, Public tepid about the deal, -2",
            "0.3,  Public tepid about the deal, -2",
            "0.6,  Public backs the deal,        2"})
    void eachBandHasItsWeight(String share, String rule, double points) {
        Contribution c = once(support(share), rule, FILE);
        assertThat(c.points()).isEqualTo(points);
        assertThat(c.reason()).contains("Republic of Korea").contains(Math.round(Double.parseDouble(share) * 100) + "%");
    }

    @Test
    void aDividedPublicIsNeitherRiskNorSupport() {
        assertThat(support("0.5").contributions()).noneMatch(c -> c.file().endsWith(FILE));
        assertThat(support("0.45").contributions()).noneMatch(c -> c.file().endsWith(FILE));
    }

    @ParameterizedTest(name = "support {0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0.25 | Public rejects the deal     | only 25% of the public of the Philippines backs the deal",
            "0.35 | Public tepid about the deal | the public of the Philippines is tepid: 35% back the deal",
            "0.7  | Public backs the deal       | 70% of the public of the Philippines backs the deal"})
    void aNameEndingInSTakesTheRatherThanApostropheS(String share, String rule, String reason) {
        Evaluation e = score("""
                parties:
                  PH: { name: Philippines, publicSupport: %s, leader: { name: Marcos } }
                agreement: { name: Deal, parties: [PH] }
                """.formatted(share));
        assertThat(once(e, rule, FILE).reason()).isEqualTo(reason);
    }
}
