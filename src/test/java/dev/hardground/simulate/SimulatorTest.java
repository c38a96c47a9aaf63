package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's semantics on scenarios whose answer is known. These use the shipped dynamics rules and a
 * verdict file whose background hazard is zero, so that the only risks are the ones each scenario names.
 */
class SimulatorTest {
    @TempDir
    static Path rulesDir;

    static RuleBase rules;

    @BeforeAll
    static void compileRulesWithoutBackgroundHazard() throws IOException {
        if (rules != null) {
            return;
        }
        if (rulesDir == null) {
            rulesDir = Files.createTempDirectory("hardground-rules");
        }
        Path dynamics = rulesDir.resolve("dynamics");
        Files.createDirectories(dynamics);
        try (Stream<Path> files = Files.list(Path.of("rules/dynamics"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dynamics.resolve(f.getFileName()));
            }
        }
        Files.writeString(rulesDir.resolve("verdict.drl"), """
                package verdict;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "No background hazard"
                when
                then
                    ledger.hazardLink(0.0, 0.5);
                end
                """);
        rules = RuleBase.compile(rulesDir);
    }

    private static Scenario scenario(String events) {
        String yaml = """
                id: test
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Test deal, signed: 2023-03-06, form: political-deal, ratified: false, parties: [KR, JP] }
                parties:
                  KR:
                    leader: { name: Yoon Suk Yeol, since: 2022-05-10, termEnds: 2031-05-09, stance: champion }
                    opposition: { stance: hostile }
                  JP:
                    leader: { name: Kishida Fumio, since: 2021-10-04, stance: supportive }
                events:
                """ + events.indent(2);
        return new ScenarioLoader().parse("test.yaml", yaml).base();
    }

    private static SimulationResult simulate(Scenario s, int trials, long seed) {
        return new Simulator(rules).run(s, null, new SimulationOptions(trials, seed, 2, null));
    }

    @Test
    void aSingleThirtyPercentCollapseEventLeavesSeventyPercentStanding() {
        Scenario s = scenario("- { id: court, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: 0.3, upheld: 0.7 } }");

        SimulationResult r = simulate(s, 10_000, 7);

        assertThat(r.survival().estimate()).isCloseTo(0.70, within(0.02));
        assertThat(r.survival().low()).isLessThan(r.survival().estimate());
        assertThat(r.survival().high()).isGreaterThan(r.survival().estimate());
        assertThat(r.causes()).extracting(SimulationResult.Cause::cause)
                .containsExactly("A drawn collapse outcome ends the deal");
    }

    @Test
    void noUncertaintyGivesExactlyOneOrZero() {
        Scenario calm = scenario("[]");
        Scenario doomed = scenario("- { id: war, date: 2024-06-01, kind: shock, outcomes: { collapse: 1.0 } }");

        assertThat(simulate(calm, 500, 1).survival().estimate()).isEqualTo(1.0);
        SimulationResult r = simulate(doomed, 500, 1);
        assertThat(r.survival().estimate()).isEqualTo(0.0);
        assertThat(r.medianYearsToCollapse()).isCloseTo(1.24, within(0.01));
    }

    @Test
    void aHostileDemocraticSuccessorRepudiatesAnUnratifiedDealInHalfTheWorldsWithinTwoYears() {
        Scenario s = scenario("""
                - id: kr-2027-presidential
                  date: 2027-03-03
                  kind: election
                  party: KR
                  decidesLeader: true
                  outcomes: { government-wins: 0.5, opposition-wins: 0.5 }
                  successorStance: { hostile: 0.4, supportive: 0.6 }
                """);

        SimulationResult r = simulate(s, 20_000, 11);

        // A hostile successor in a fifth of the worlds: a quarter of them abandon the deal on taking office in
        // 2027, 0.4 by the 2028 checkpoint, half by 2029, when the successor softens and the chance stops growing.
        assertThat(r.byYear()).filteredOn(y -> y.year() < 2027).allSatisfy(y -> assertThat(y.survival()).isEqualTo(1.0));
        assertThat(survival(r, 2027)).isCloseTo(1 - 0.2 * 0.25, within(0.008));
        assertThat(survival(r, 2028)).isCloseTo(1 - 0.2 * 0.4, within(0.008));
        assertThat(survival(r, 2029)).isCloseTo(1 - 0.2 * 0.5, within(0.008));
        assertThat(survival(r, 2030)).isEqualTo(survival(r, 2029));
        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo("Hostile successor in a democracy may repudiate an unratified deal");
            assertThat(c.share()).isCloseTo(0.2 * 0.5, within(0.008));
        });
    }

    @Test
    void outsideADemocracyAHostileSuccessorRepudiatesAnUnratifiedDealInFourWorldsOfFiveAtOnce() {
        Scenario s = new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, ratified: false, parties: [KR] }
                parties:
                  KR:
                    regime: hybrid
                    leader: { name: A, since: 2022-05-10, termEnds: 2031-05-09, stance: champion }
                events:
                  - { id: e, date: 2027-03-03, kind: election, party: KR, decidesLeader: true,
                      outcomes: { opposition-wins: 0.5, government-wins: 0.5 }, successorStance: { hostile: 1.0 } }
                """).base();

        SimulationResult r = simulate(s, 20_000, 3);

        assertThat(survival(r, 2027)).isCloseTo(1 - 0.5 * 0.8, within(0.01));
        assertThat(survival(r, 2030)).isEqualTo(survival(r, 2027));
        assertThat(r.causes()).singleElement().satisfies(c ->
                assertThat(c.cause()).isEqualTo("Hostile successor repudiates an unratified deal"));
    }

    static double survival(SimulationResult r, int year) {
        return r.byYear().stream().filter(y -> y.year() == year).findFirst().orElseThrow().survival();
    }

    @Test
    void theGovernmentsOwnNewLeaderTakesTheStanceDrawnForHimButAReElectedIncumbentKeepsHis() {
        String yaml = """
                id: t
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, ratified: false, parties: [KR] }
                parties:
                  KR:
                    regime: autocracy
                    leader: { name: A, since: 2022-05-10, termEnds: 2027-05-09, reelectable: %s, stance: champion }
                events:
                  - { id: e, date: 2027-03-03, kind: election, party: KR, decidesLeader: true,
                      outcomes: { government-wins: 1.0 }, governmentSuccessorStance: { hostile: 0.25, supportive: 0.75 } }
                """;
        Scenario termLimited = new ScenarioLoader().parse("t.yaml", yaml.formatted("false")).base();
        Scenario reElectable = new ScenarioLoader().parse("t.yaml", yaml.formatted("true")).base();

        SimulationResult limited = simulate(termLimited, 8_000, 13);
        assertThat(limited.causes()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo("Hostile successor repudiates an unratified deal");
            assertThat(c.share()).isCloseTo(0.25 * 0.8, within(0.015));
        });
        assertThat(simulate(reElectable, 2_000, 13).survival().estimate()).isEqualTo(1.0);
    }

    @Test
    void aHostileSuccessorsDynamicsRuleBreaksAPendingVoluntaryCommitmentAtOnce(@TempDir Path probeRules) throws IOException {
        // The shipped dynamics rules, no background hazard, and a probe rule that ends the deal when any
        // commitment is broken, so the day it breaks shows as the day of collapse.
        Files.createDirectories(probeRules.resolve("dynamics"));
        try (Stream<Path> files = Files.list(rulesDir.resolve("dynamics"))) {
            for (Path f : files.toList()) {
                Files.copy(f, probeRules.resolve("dynamics").resolve(f.getFileName()));
            }
        }
        Files.copy(rulesDir.resolve("verdict.drl"), probeRules.resolve("verdict.drl"));
        Files.writeString(probeRules.resolve("probe.drl"), """
                package probe;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "Probe: a broken commitment"
                when
                    Commitment(status == CommitmentStatus.BROKEN, $id: id)
                then
                    ledger.collapse($id + " broken");
                end
                """);
        Scenario s = new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Treaty, signed: 2023-03-06, form: treaty, ratified: true, parties: [KR, JP] }
                parties:
                  KR: { leader: { name: A, since: 2022-05-10, stance: champion } }
                  JP: { leader: { name: B, since: 2021-10-04, stance: supportive } }
                commitments:
                  - { id: firms-pay, by: JP, voluntary: true, chance: 1.0, due: 2026-12-31 }
                events:
                  - { id: exit, date: 2024-06-01, kind: leader-exit, party: JP, outcomes: { other-camp: 1.0 },
                      successorStance: { hostile: 0.5, neutral: 0.5 } }
                """).base();

        SimulationResult r = new Simulator(RuleBase.compile(probeRules)).run(s, null, new SimulationOptions(4_000, 2, 2, null));

        // Half the futures draw a hostile successor, who lets the firms' payment lapse on the day he takes office;
        // in the other half the payment is kept when due, and nothing breaks.
        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo("Probe: a broken commitment");
            assertThat(c.share()).isCloseTo(0.5, within(0.03));
        });
        assertThat(r.byYear()).filteredOn(y -> y.year() == 2024).singleElement()
                .satisfies(y -> assertThat(1 - y.survival()).isCloseTo(r.causes().get(0).share(), within(1e-12)));
    }

    @Test
    void aRatifiedTreatyIsNotRepudiatedByAHostileSuccessor() {
        Scenario s = new ScenarioLoader().parse("t.yaml", """
                id: test
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Test treaty, signed: 2023-03-06, form: treaty, ratified: true, parties: [KR] }
                parties:
                  KR:
                    leader: { name: A, since: 2022-05-10, termEnds: 2031-05-09, stance: champion }
                events:
                  - { id: e, date: 2027-03-03, kind: election, party: KR, decidesLeader: true,
                      outcomes: { opposition-wins: 1.0 }, successorStance: { hostile: 1.0 } }
                """).base();

        assertThat(simulate(s, 300, 3).survival().estimate()).isEqualTo(1.0);
    }

    @Test
    void survivalByYearNeverIncreasesWithTheShippedRules() {
        RuleBase shipped = RuleBase.compile(Path.of("rules"));
        Scenario reference = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml")).base();

        SimulationResult r = new Simulator(shipped).run(reference, null, new SimulationOptions(2_000, 5, 2, null));

        List<SimulationResult.YearSurvival> years = r.byYear();
        for (int i = 1; i < years.size(); i++) {
            assertThat(years.get(i).survival()).isLessThanOrEqualTo(years.get(i - 1).survival());
        }
        assertThat(years.get(years.size() - 1).survival()).isEqualTo(r.survival().estimate());
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreads() {
        RuleBase shipped = RuleBase.compile(Path.of("rules"));
        Scenario reference = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml")).base();
        Simulator simulator = new Simulator(shipped);

        SimulationResult one = simulator.run(reference, null, new SimulationOptions(3_000, 42, 1, null));
        SimulationResult four = simulator.run(reference, null, new SimulationOptions(3_000, 42, 4, null));
        SimulationResult otherSeed = simulator.run(reference, null, new SimulationOptions(3_000, 43, 4, null));

        assertThat(four).isEqualTo(one);
        assertThat(otherSeed.survival()).isNotEqualTo(one.survival());
    }

    @Test
    void aVariantIdenticalToItsBaselineHasADeltaOfExactlyZero() {
        Scenario s = scenario("- { id: court, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: 0.3, upheld: 0.7 } }");

        SimulationRun run = new Simulator(rules).run(List.of(s, s), java.util.Arrays.asList(null, "same"),
                new SimulationOptions(2_000, 9, 2, null), n -> { });

        assertThat(run.deltas()).singleElement().isEqualTo(new Interval(0, 0, 0));
    }
}
