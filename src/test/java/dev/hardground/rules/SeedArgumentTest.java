package dev.hardground.rules;

import static dev.hardground.rules.RuleTestKit.factor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's argument (DESIGN.md §2), checked on the shipped scenario files: each claim is a comparison
 * between the 2023 settlement and a world that differs in one respect.
 */
class SeedArgumentTest {
    private static final ScenarioFile SETTLEMENT_2023 = load("japan-korea-2023.yaml");
    private static final ScenarioFile COMFORT_WOMEN_2015 = load("comfort-women-2015.yaml");

    private static ScenarioFile load(String name) {
        return new ScenarioLoader().load(Path.of("scenarios", name));
    }

    private static Evaluation baseline() {
        return RuleTestKit.rules().score(SETTLEMENT_2023.base());
    }

    private static Evaluation with(String variant, Assignment... sets) {
        return RuleTestKit.rules().score(SETTLEMENT_2023.resolve(variant, List.of(sets)));
    }

    @Test
    void the2023SettlementScoresAtLeastTenPointsAboveThe2015Agreement() {
        Evaluation deal2015 = RuleTestKit.rules().score(COMFORT_WOMEN_2015.base());
        assertThat(baseline().score()).isGreaterThanOrEqualTo(deal2015.score() + 10);
    }

    @Test
    void aBrokerWhoLeavesLowersLocalOwnership() {
        Evaluation brokered = with(null, new Assignment("agreement.broker.name", "United States"),
                new Assignment("agreement.broker.staysEngaged", "false"));
        assertThat(factor(brokered, "local-ownership")).isLessThan(factor(baseline(), "local-ownership"));
        assertThat(brokered.score()).isLessThan(baseline().score());
    }

    @Test
    void signingAYearBeforeTheTermEndsLowersTiming() {
        Evaluation late = with("late-in-term");
        assertThat(factor(late, "timing")).isLessThan(factor(baseline(), "timing"));
        assertThat(late.score()).isLessThan(baseline().score());
    }

    @Test
    void removingTheSharedThreatsLowersTheStrategicImperative() {
        Evaluation alone = with(null, new Assignment("threats", "[]"));
        assertThat(factor(alone, "strategic-imperative")).isLessThan(factor(baseline(), "strategic-imperative"));
    }

    @Test
    void noJapaneseMoneyLowersTheScore() {
        assertThat(with("no-japanese-money").score()).isLessThan(baseline().score());
    }

    @Test
    void aRatifiedTreatyScoresAboveTheSameDealAsAPoliticalDeal() {
        Evaluation treaty = with(null, new Assignment("agreement.form", "treaty"),
                new Assignment("agreement.ratified", "true"));
        assertThat(treaty.score()).isGreaterThan(baseline().score());
    }
}
