package dev.hardground.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.engine.RuleSite;
import dev.hardground.model.Evaluation;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default rule set as a whole: metadata on every rule, a package per folder, factors kept in bounds. */
class RuleSetTest {
    private static List<RuleSite> defaultRules() {
        return RuleTestKit.rules().rules().stream().filter(r -> !r.packageName().equals("verdict")
                && !r.packageName().equals("settings") && !r.file().contains("dynamics")).toList();
    }

    @Test
    void aFileAtTheTopOfTheRulesIsAPackageNamedAfterIt() {
        assertThat(RuleTestKit.rules().rules()).filteredOn(r -> r.packageName().equals("verdict")
                || r.packageName().equals("settings")).isNotEmpty().allSatisfy(rule ->
                assertThat(rule.file()).as(rule.name()).endsWith("rules/" + rule.packageName() + ".drl"));
    }

    @Test
    void everyRuleNamesItsFactorAndDescribesItself() {
        assertThat(defaultRules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.factor()).as(rule.location()).isNotEqualTo(RuleSite.UNCLASSIFIED);
            assertThat(rule.description()).as(rule.location()).isNotBlank();
        });
    }

    @Test
    void everyPackageIsNamedAfterItsFolder() {
        assertThat(defaultRules()).allSatisfy(rule ->
                assertThat(rule.file()).as(rule.name()).contains("/" + rule.packageName() + "/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"japan-korea-2023.yaml", "comfort-women-2015.yaml"})
    void noFactorOutweighsFifteenPoints(String file) {
        Evaluation e = RuleTestKit.rules().score(new ScenarioLoader().load(Path.of("scenarios", file)).base());
        assertThat(e.factors()).allSatisfy((factor, points) ->
                assertThat(Math.abs(points)).as(factor).isLessThanOrEqualTo(15));
    }
}
