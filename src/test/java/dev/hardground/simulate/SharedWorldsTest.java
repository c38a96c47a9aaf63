package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios and input draws that differ only in probabilities the rules do not read (an early-exit chance, an
 * event's outcome weights) share their evaluations: every result is what each gives on its own, on any threads,
 * and a rule set that does read such a probability gets no sharing.
 */
class SharedWorldsTest {
    static RuleBase rules;
    static ScenarioFile reference;

    @BeforeAll
    static void load() {
        rules = RuleBase.compile(Path.of("rules"), RuleBase.defaultCacheDir());
        reference = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml"));
    }

    private static Scenario with(String... sets) {
        return reference.resolve(null, Stream.of(sets).map(Assignment::parse).toList());
    }

    @Test
    void theShippedRulesReadNoSimulatorOnlyProbability() {
        assertThat(RuleView.unread(rules)).isEqualTo(RuleView.SIMULATOR_ONLY);
        assertThat(rules.mayRead("publicSupport")).isTrue();
        assertThat(rules.mayRead("chance")).isTrue();
    }

    @Test
    void variantsTheRulesCannotTellApartShareWorldsAndGiveTheirOwnResults() {
        Scenario base = reference.base();
        Scenario exits = with("parties.KR.earlyExitChance=0.2");
        Scenario votes = with("events[kr-2024-legislative].outcomes.government-wins=0.9",
                "events[kr-2024-legislative].outcomes.opposition-wins=0.1");
        Scenario support = with("parties.KR.publicSupport=0.25");
        List<Scenario> all = List.of(base, exits, votes, support);
        List<String> labels = Arrays.asList(null, "exits", "votes", "support");
        for (int threads : new int[] {1, 2}) {
            SimulationOptions options = new SimulationOptions(600, 7, threads, null);
            Simulator simulator = new Simulator(rules);
            SimulationRun joint = simulator.run(all, labels, options, n -> { });
            long alone = 0;
            for (int i = 0; i < all.size(); i++) {
                SimulationRun own = simulator.run(List.of(all.get(i)), Arrays.asList(labels.get(i)), options, n -> { });
                assertThat(joint.results().get(i)).isEqualTo(own.results().get(0));
                alone += own.engineRuns();
            }
            assertThat(joint.results().get(1).survival().estimate())
                    .isNotEqualTo(joint.results().get(0).survival().estimate());
            assertThat(joint.engineRuns()).isLessThan(alone * 9 / 10); // exits and votes met the baseline's worlds
        }
    }

    @Test
    void aKeptBaselineSharesItsWorldsWithAWhatIfOfAnOutcomeWeight() {
        SimulationOptions options = new SimulationOptions(600, 7, 2, null);
        Simulator simulator = new Simulator(rules);
        Scenario votes = with("events[kr-2024-legislative].outcomes.government-wins=0.9",
                "events[kr-2024-legislative].outcomes.opposition-wins=0.1");
        SimulationRun again = simulator.run(List.of(reference.base(), votes), Arrays.asList(null, "votes"), options, n -> { });
        SimulationRun kept = simulator.run(simulator.keep(reference.base(), options), List.of(votes), List.of("votes"),
                options, n -> { });
        assertThat(kept.results()).isEqualTo(again.results());
        assertThat(kept.deltas()).isEqualTo(again.deltas());
        assertThat(kept.rulesUsed()).isEqualTo(again.rulesUsed());
    }

    @Test
    void rangedDrawsAndSobolPointsGiveTheSameResultsWithAndWithoutSharing() {
        Scenario ranged = new ScenarioLoader().load(Path.of("bench/ranged-20.yaml")).base();
        for (int threads : new int[] {1, 2}) {
            SimulationOptions options = new SimulationOptions(500, 3, threads, null);
            List<String> labels = Arrays.asList((String) null);
            SimulationRun shared = new RangedSimulation(rules, 200_000, true).run(List.of(ranged), labels, options, n -> { }, false);
            SimulationRun apart = new RangedSimulation(rules, 200_000, false).run(List.of(ranged), labels, options, n -> { }, false);
            assertThat(shared.results()).isEqualTo(apart.results());

            InputModel model = new InputModel(rules, ranged, new SimulationOptions(15, 3, threads, null));
            double[][] a = model.uniforms("a", 3);
            double[][] b = model.uniforms("b", 3);
            double[][] points = new double[3 * (a[0].length + 1)][];
            for (int j = 0; j < 3; j++) {
                points[j] = a[j];
                for (int i = 0; i < a[0].length; i++) {
                    double[] ab = a[j].clone();
                    ab[i] = b[j][i];
                    points[3 + j * a[0].length + i] = ab;
                }
            }
            assertThat(model.survival(points, true)).containsExactly(model.survival(points, false));
        }
    }

    @Test
    void aRuleThatReadsAnEarlyExitChanceKeepsTheScenariosApart(@TempDir Path dir) throws IOException {
        Path copy = dev.hardground.TestFiles.copyTree(Path.of("rules"), dir.resolve("rules"));
        Files.writeString(copy.resolve("risks/exit-chance.drl"), """
                package risks;

                import dev.hardground.model.*;

                global Ledger ledger;

                // A test rule: a leader likely to leave early weakens the deal by 10 points.
                rule "Leader likely to leave early"
                    @factor("leadership-change") @description("A leader with a yearly early-exit chance over 10%")
                when
                    $p: Party( earlyExitChance > 0.1 )
                then
                    ledger.add(-10, "a leader likely to leave early");
                end
                """);
        RuleBase reading = RuleBase.compile(copy, null);
        assertThat(reading.mayRead("earlyExitChance")).isTrue();
        assertThat(RuleView.unread(reading)).doesNotContain("earlyExitChance").contains("outcomes");
        Scenario exits = with("parties.KR.earlyExitChance=0.2");
        SimulationOptions options = new SimulationOptions(600, 7, 2, null);
        Simulator simulator = new Simulator(reading);
        SimulationRun joint = simulator.run(List.of(reference.base(), exits), Arrays.asList(null, "exits"), options, n -> { });
        SimulationRun own = simulator.run(List.of(exits), Arrays.asList("exits"), options, n -> { });
        assertThat(joint.results().get(1)).isEqualTo(own.results().get(0));
        assertThat(reading.score(exits).score()).isCloseTo(reading.score(reference.base()).score() - 10, within(1e-9));
    }
}
