package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.model.Scenario;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ranged inputs in the simulator (DESIGN.md §10), on scenarios whose answer is known: with no background
 * hazard, a court ruling that ends the deal with chance θ leaves 1 − θ standing, so the input spread of survival
 * is the range of θ turned over, and the predictive survival is 1 − E[θ].
 */
class RangedSimulationTest {
    @BeforeAll
    static void rules() throws Exception {
        SimulatorTest.compileRulesWithoutBackgroundHazard();
    }

    private static ScenarioFile file(String events, String extra) {
        String yaml = """
                id: test
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Test deal, signed: 2023-03-06, form: political-deal, ratified: false, parties: [KR, JP] }
                parties:
                  KR:
                    leader: { name: Yoon Suk Yeol, since: 2022-05-10, termEnds: 2031-05-09, stance: champion }
                  JP:
                    leader: { name: Kishida Fumio, since: 2021-10-04, stance: supportive }
                events:
                """ + events.indent(2) + extra;
        return new ScenarioLoader().parse("test.yaml", yaml);
    }

    private static Scenario court(String collapse) {
        return file("- { id: court, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: " + collapse
                + ", upheld: 0.7 } }", "").base();
    }

    private static SimulationResult simulate(Scenario s, int trials, int threads) {
        return new Simulator(SimulatorTest.rules).run(s, null, new SimulationOptions(trials, 5, threads, null));
    }

    @Test
    void theInputSpreadIsTheRangeTurnedIntoSurvivalAndTheProbabilityIsPredictive() {
        Scenario s = court("0.1 to 0.5");
        double mean = s.uncertain().get(0).mean();

        SimulationResult r = simulate(s, 25_000, 2);

        assertThat(r.inputs()).isNotNull();
        assertThat(r.inputs().draws()).isEqualTo(100);
        assertThat(r.inputs().low()).isCloseTo(0.5, within(0.04));
        assertThat(r.inputs().high()).isCloseTo(0.9, within(0.04));
        assertThat(r.survival().estimate()).isCloseTo(1 - mean, within(0.015));
        assertThat(r.byYear().get(0).survival()).isEqualTo(1.0);
        assertThat(r.inputs().byYear().get(0).low()).isEqualTo(1.0);
    }

    @Test
    void aBackTestsPathsDrawTheRangesAsSimulateDoesAndAnySplitGivesTheSamePaths() {
        Scenario s = court("0.1 to 0.5");
        Simulator simulator = new Simulator(SimulatorTest.rules);
        SimulationOptions options = new SimulationOptions(1_000, 5, 2, null);

        PathSet paths = simulator.paths(s, options);
        double survival = simulator.run(s, null, options).survival().estimate();
        Simulator.Memory memory = new Simulator.Memory(1);
        PathSet split = PathSet.concat(List.of(simulator.paths(s, options, 0, 150, memory),
                simulator.paths(s, options, 150, 1_000, memory)));

        assertThat(1 - paths.ruleCollapseShare(s.horizon())).as("no background hazard: the futures simulate counts")
                .isEqualTo(survival);
        assertThat(split.ruleCollapseShare(s.horizon())).isEqualTo(paths.ruleCollapseShare(s.horizon()));
        PathSet point = simulator.paths(court("0.3"), options);
        assertThat(paths.ruleCollapseShare(s.horizon())).as("not the futures of one value in the range")
                .isNotEqualTo(point.ruleCollapseShare(s.horizon()));
    }

    @Test
    void wideningARangeWidensTheInputSpreadAndLeavesTheMonteCarloIntervalAlone() {
        SimulationResult narrow = simulate(court("0.25 to 0.35"), 10_000, 2);
        SimulationResult wide = simulate(court("0.05 to 0.6"), 10_000, 2);

        double narrowSpread = narrow.inputs().high() - narrow.inputs().low();
        double wideSpread = wide.inputs().high() - wide.inputs().low();
        assertThat(wideSpread).isGreaterThan(3 * narrowSpread);
        double narrowMc = narrow.survival().high() - narrow.survival().low();
        double wideMc = wide.survival().high() - wide.survival().low();
        assertThat(wideMc).isCloseTo(narrowMc, within(0.1 * narrowMc));
    }

    @Test
    void aPointScenarioHasNoInputSpread() {
        assertThat(simulate(court("0.3"), 1_000, 2).inputs()).isNull();
    }

    @Test
    void sameSeedSameResultWhateverTheThreads() {
        Scenario s = court("0.1 to 0.5");
        assertThat(simulate(s, 3_000, 1)).isEqualTo(simulate(s, 3_000, 2));
    }

    @Test
    void aVariantThatKeepsTheRangeSharesDrawsAndFutures() {
        ScenarioFile f = file("- { id: court, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: 0.1 to 0.5,"
                + " upheld: 0.7 } }", "");
        Scenario base = f.base();
        Scenario same = f.resolve(null, List.of(Assignment.parse("title=Same")));
        SimulationRun run = new Simulator(SimulatorTest.rules).run(List.of(base, same), java.util.Arrays.asList(null, "same"),
                new SimulationOptions(2_000, 5, 2, null), n -> { });
        assertThat(run.deltas().get(0).estimate()).isEqualTo(0.0);
        assertThat(run.deltas().get(0).high() - run.deltas().get(0).low()).isEqualTo(0.0);
        assertThat(run.deltaInputs().get(0).low()).isEqualTo(0.0);
        assertThat(run.deltaInputs().get(0).high()).isEqualTo(0.0);
    }

    @Test
    void aPointBaselineBesideARangedVariantHasNoInputSpreadButTheDeltaHasOne() {
        ScenarioFile f = file("- { id: court, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: 0.3,"
                + " upheld: 0.7 } }", "");
        Scenario ranged = f.resolve(null, List.of(Assignment.parse("events[court].outcomes.collapse=0.1 to 0.5")));
        SimulationRun run = new Simulator(SimulatorTest.rules).run(List.of(f.base(), ranged),
                java.util.Arrays.asList(null, "ranged"), new SimulationOptions(5_000, 5, 2, null), n -> { });
        assertThat(run.results().get(0).inputs()).isNull();
        assertThat(run.results().get(1).inputs().high() - run.results().get(1).inputs().low()).isGreaterThan(0.2);
        assertThat(run.deltaInputs().get(0).high() - run.deltaInputs().get(0).low()).isGreaterThan(0.2);
    }

    @Test
    void aCorrelationOfOneGivesTwoInputsTheSameValueInEveryDraw() {
        String events = """
                - { id: c1, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: 0.1 to 0.5, upheld: 0.7 } }
                - { id: c2, date: 2026-01-15, kind: court-ruling, outcomes: { collapse: 0.1 to 0.5, upheld: 0.7 } }
                """;
        Scenario correlated = file(events, "correlations:\n  - { inputs: ['events[c1].outcomes.collapse',"
                + " 'events[c2].outcomes.collapse'], rho: 1 }\n").base();
        Scenario independent = file(events, "").base();
        InputDraws draws = new InputDraws(correlated, 5);
        InputDraws alone = new InputDraws(independent, 5);
        for (long m = 0; m < 200; m++) {
            double[] v = draws.values(m);
            assertThat(v[1]).isEqualTo(v[0]);
            assertThat(v[0]).isEqualTo(alone.values(m)[0]); // the first input keeps its own draw
        }
        // One input used twice: survival (1 − θ)², from (0.5)² to (0.9)² across the 90% range of θ.
        SimulationResult r = simulate(correlated, 25_000, 2);
        assertThat(r.inputs().low()).isCloseTo(0.25, within(0.04));
        assertThat(r.inputs().high()).isCloseTo(0.81, within(0.04));
        SimulationResult apart = simulate(independent, 25_000, 2);
        assertThat(apart.inputs().high() - apart.inputs().low()).isLessThan(r.inputs().high() - r.inputs().low() - 0.1);
    }

    @Test
    void theCollapsedFuturesAreThoseThatDrewTheCollapse() {
        Scenario s = file("""
                - { id: vote, date: 2024-04-10, kind: election, party: JP, outcomes: { government-wins: 0.5, opposition-wins: 0.5 } }
                - { id: court, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: 0.3, upheld: 0.7 } }
                """, "").base();
        CollapseAnatomy a = CollapseAnatomy.of(SimulatorTest.rules, s, new SimulationOptions(2_000, 5, 2, null));

        assertThat(a.collapsed() + a.survived()).isEqualTo(2_000);
        assertThat((double) a.collapsed() / 2_000).isCloseTo(0.3, within(0.03));
        assertThat(a.facts().get(0).fact()).isEqualTo("court: collapse");
        assertThat(a.facts().get(0).amongCollapsed()).isEqualTo(1.0);
        assertThat(a.facts().get(0).amongSurvived()).isEqualTo(0.0);
        assertThat(a.facts()).filteredOn(f -> f.fact().equals("court: upheld"))
                .singleElement().satisfies(f -> assertThat(f.amongSurvived()).isEqualTo(1.0));
        assertThat(a.facts()).filteredOn(f -> f.fact().startsWith("vote: "))
                .allSatisfy(f -> assertThat(f.amongCollapsed()).isCloseTo(0.5, within(0.06)));
    }
}
