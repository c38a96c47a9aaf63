package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.model.InvalidInputException;
import dev.hardground.model.RangedInput;
import dev.hardground.model.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Probabilities written as ranges (DESIGN.md §10): the Beta they stand for, the side table, the errors. */
class RangesTest {
    static final Path OK = Path.of("src/test/resources/bad/scenario-ok.yaml");

    private static ScenarioFile file(String replace, String with) throws Exception {
        String text = Files.readString(OK);
        assertThat(text).contains(replace);
        return new ScenarioLoader().parse("ranged.yaml", text.replace(replace, with));
    }

    private static String error(String replace, String with) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> file(replace, with));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.diagnostics().get(0).headline();
    }

    @ParameterizedTest
    @CsvSource({"0.2, 0.5", "0.01, 0.99", "0.6, 0.65", "0.001, 0.2", "0.9, 0.999"})
    void aNinetyPercentIntervalIsTheBetaWithThoseQuantiles(double low, double high) throws Exception {
        double[] shape = Ranges.fit(low, high, "x", low + " to " + high);
        BetaDistribution beta = new BetaDistribution(shape[0], shape[1]);
        assertThat(beta.inverseCumulativeProbability(0.05)).isCloseTo(low, within(1e-6));
        assertThat(beta.inverseCumulativeProbability(0.95)).isCloseTo(high, within(1e-6));
    }

    @Test
    void aRangedChanceHoldsItsMeanAndIsListedByItsOverridePath() throws Exception {
        Scenario s = file("{ id: talks, by: JP, chance: 0.5 }", "{ id: talks, by: JP, chance: 0.2 to 0.5 }").base();
        assertThat(s.uncertain()).hasSize(1);
        RangedInput input = s.uncertain().get(0);
        assertThat(input.path()).isEqualTo("commitments[talks].chance");
        assertThat(input.written()).isEqualTo("0.2 to 0.5");
        assertThat(s.commitments().get(1).chance()).isEqualTo(input.mean());
        assertThat(input.mean()).isBetween(0.33, 0.35);
    }

    @Test
    void aBetaIsTakenAsWritten() throws Exception {
        Scenario s = file("approval: 0.35", "approval: { beta: [2, 6] }").base();
        assertThat(s.uncertain()).extracting(RangedInput::path).containsExactly("parties.KR.leader.approval");
        assertThat(s.parties().get("KR").leader().approval()).isEqualTo(0.25);
    }

    @Test
    void rangedOutcomeWeightsHoldMeansAndThePointWeightsTheRest() throws Exception {
        Scenario s = file("government-wins: 0.4,", "government-wins: 0.3 to 0.5,").base();
        var outcomes = s.events().get(0).outcomes();
        assertThat(s.uncertain()).extracting(RangedInput::path).containsExactly("events[vote].outcomes.government-wins");
        assertThat(outcomes.get("government-wins") + outcomes.get("opposition-wins")).isCloseTo(1.0, within(1e-12));
        assertThat(outcomes.get("government-wins")).isEqualTo(s.uncertain().get(0).mean());
    }

    @Test
    void overridesAcceptRanges() throws Exception {
        ScenarioFile f = file("id: corpus", "id: corpus");
        assertThat(f.base().uncertain()).isEmpty();
        Scenario s = f.resolve(null, List.of(Assignment.parse("commitments[pay].chance=0.7 to 0.95"),
                Assignment.parse("parties.JP.publicSupport={ beta: [5, 5] }")));
        assertThat(s.uncertain()).extracting(RangedInput::path)
                .containsExactly("parties.JP.publicSupport", "commitments[pay].chance");
        assertThat(s.parties().get("JP").publicSupport()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chance: 0.9 }|chance: 0.5 to 0.2 }|ranged.yaml:17:32: error: 'commitments[0].chance': '0.5 to 0.2' must go from low to high",
        "chance: 0.9 }|chance: 1.2 to 2 }|ranged.yaml:17:32: error: 'commitments[0].chance': the ends of '1.2 to 2' must lie strictly between 0 and 1 (a 90% interval of a probability)",
        "chance: 0.9 }|chance: 0.3 to }|ranged.yaml:17:32: error: 'commitments[0].chance': '0.3 to' is not a range; write LOW to HIGH, as in 0.2 to 0.5",
        "chance: 0.9 }|chance: 0.3 to x }|ranged.yaml:17:32: error: 'commitments[0].chance': 'x' in '0.3 to x' is not a number",
        "chance: 0.9 }|chance: 0.4 to 0.4 }|ranged.yaml:17:32: error: 'commitments[0].chance': '0.4 to 0.4' must go from low to high (for a single value write 0.4)",
        "chance: 0.9 }|chance: { beta: [0, 2] } }|ranged.yaml:17:32: error: 'commitments[0].chance': beta parameters must be positive, not 0",
        "chance: 0.9 }|chance: { beta: [-1, 2] } }|ranged.yaml:17:32: error: 'commitments[0].chance': beta parameters must be positive, not -1",
        "chance: 0.9 }|chance: { beta: [2] } }|ranged.yaml:17:32: error: 'commitments[0].chance': beta takes two numbers, as in { beta: [2, 5] }",
        "government-wins: 0.4, opposition-wins: 0.6|government-wins: 0.6 to 0.8, opposition-wins: 0.5 to 0.7, x: 0.1|ranged.yaml:24:15: error: the ranged probabilities in 'events[0].outcomes' have means summing to 1.306, leaving nothing for the others",
    })
    void malformedRangesAreLocatedErrors(String replace, String with, String expected) {
        assertThat(error(replace, with)).isEqualTo(expected);
    }

    @Test
    void aRangeWhereNoneMakesSenseIsALocatedError() {
        assertThat(error("horizon: 2030-12-31", "horizon: 2030-12-31\nexpect: { score: { min: 50 to 60 } }"))
                .isEqualTo("ranged.yaml:4:25: error: 'expect.score.min' takes a single number; ranges are for"
                        + " probabilities only (commitments[…].chance, events[…].outcomes.*, events[…].successorStance.*,"
                        + " events[…].governmentSuccessorStance.*, parties.*.earlyExitChance, parties.*.publicSupport,"
                        + " parties.*.leader.approval)");
    }

    @Test
    void aDerivedComponentIsNoKey() {
        assertThat(error("horizon: 2030-12-31", "horizon: 2030-12-31\nuncertain: []"))
                .startsWith("ranged.yaml:4:1: error: unknown key 'uncertain'");
    }
}
