package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's new vocabulary on scenarios whose answer is known: renewals, completions, grace periods,
 * undated risks and successions, with the shipped dynamics rules and settings and no scoring rules.
 */
class DynamicsSimulationTest {
    @TempDir
    static Path calm;
    @TempDir
    static Path hazardous;

    static RuleBase noHazard;
    static RuleBase flatHazard;

    @BeforeAll
    static void compile() throws IOException {
        noHazard = DynamicsRulesTest.compileWith(calm, "ledger.hazardLink(0.0, 0.5);");
        // With no scoring rules every score is 50, so the hazard is the link's base: a yearly chance of 0.2.
        flatHazard = DynamicsRulesTest.compileWith(hazardous, "ledger.hazardLink(0.2, 0.5);");
    }

    static Scenario scenario(String regime, String partyExtra, String sections) {
        return scenario(regime, "", partyExtra, sections);
    }

    /** As above, with {@code oppositionExtra} added to the hostile opposition's keys. */
    static Scenario scenario(String regime, String oppositionExtra, String partyExtra, String sections) {
        return new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, ratified: false, parties: [A] }
                parties:
                  A:
                    regime: %s
                    leader: { name: Al, since: 2022-05-10, termEnds: 2031-05-09, stance: champion }
                    opposition: { stance: hostile%s }
                %s
                %s
                """.formatted(regime, oppositionExtra, partyExtra.indent(4).stripTrailing(), sections)).base();
    }

    static SimulationResult run(RuleBase rules, Scenario s, int trials) {
        return new Simulator(rules).run(s, null, new SimulationOptions(trials, 5, 2, null));
    }

    @Test
    void eachRenewalIsASampledDecisionAndARefusalEndsTheDeal() {
        // Every 120 days from 2023-06-01 to the horizon: 24 decisions, each renewed with 0.97.
        Scenario s = scenario("democracy", "", """
                events:
                  - { id: waiver, date: 2023-06-01, every: 120, kind: renewal, outcomes: { renewed: 0.97, not-renewed: 0.03 } }
                """);

        SimulationResult r = run(noHazard, s, 20_000);

        long decisions = Timeline.occurrences(s.events().get(0), s.horizon()).size();
        assertThat(decisions).isEqualTo(24);
        assertThat(r.survival().estimate()).isCloseTo(Math.pow(0.97, decisions), within(0.012));
        assertThat(r.causes()).singleElement().satisfies(c -> assertThat(c.cause()).isEqualTo("A refused renewal ends the deal"));
    }

    @Test
    void aDealCompletedRunsUpNoMoreHazard() {
        Scenario completed = scenario("democracy", "", """
                events:
                  - { id: withdrawal, date: 2025-03-07, kind: shock, outcomes: { completed: 1.0 } }
                """);
        Scenario expires = scenario("democracy", "", """
                events:
                  - { id: end-of-term, date: 2025-03-07, kind: expiry }
                """);
        Scenario open = scenario("democracy", "", "events: []");

        double twoYears = Math.pow(0.8, 2.0);
        assertThat(run(flatHazard, completed, 20_000).survival().estimate()).isCloseTo(twoYears, within(0.012));
        assertThat(run(flatHazard, expires, 20_000).survival().estimate()).isCloseTo(twoYears, within(0.012));
        assertThat(run(flatHazard, open, 20_000).survival().estimate()).isCloseTo(Math.pow(0.8, 7.82), within(0.012));
    }

    @Test
    void aCommitmentWithAGracePeriodIsSettledWhenTheGraceEndsNotWhenItIsDue(@TempDir Path probe) throws IOException {
        RuleBase rules = DynamicsRulesTest.compileWith(probe, "ledger.hazardLink(0.0, 0.5);");
        Files.writeString(probe.resolve("probe.drl"), """
                package probe;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "Probe: a broken commitment"
                when
                    Commitment(status == CommitmentStatus.BROKEN)
                then
                    ledger.collapse("broken");
                end
                """);
        rules = RuleBase.compile(probe);
        Scenario s = scenario("democracy", "", """
                commitments:
                  - { id: pay, by: A, chance: 0.0, due: 2024-01-01, graceUntil: 2025-06-30 }
                """);

        SimulationResult r = run(rules, s, 500);

        assertThat(DynamicsSimulationTestSupport.survival(r, 2024)).isEqualTo(1.0);
        assertThat(DynamicsSimulationTestSupport.survival(r, 2025)).isEqualTo(0.0);
        assertThat(r.medianYearsToCollapse()).isCloseTo(2.31, within(0.01));
    }

    @Test
    void anUndatedRiskHappensEachYearWithItsChanceAndHasTheOutcomesEventsHave() {
        Scenario s = scenario("democracy", "", """
                events:
                  - { id: clash, kind: provocation, perYear: 0.2, outcomes: { collapse: 0.5, contained: 0.5 } }
                """);

        SimulationResult r = run(noHazard, s, 20_000);

        // Eight sampled years from asOf (the last cut short by the horizon), each ending the deal with 0.1.
        assertThat(DynamicsSimulationTestSupport.survival(r, 2023)).isCloseTo(1 - 0.1 * 9.0 / 12, within(0.01));
        assertThat(r.survival().estimate()).isCloseTo(Math.pow(0.9, 7.8), within(0.015));
        assertThat(r.causes()).singleElement().satisfies(c -> assertThat(c.cause()).isEqualTo("A drawn collapse outcome ends the deal"));
    }

    @Test
    void anEarlyExitHandsPowerToTheOtherCampUnlessTheSystemOrTheSuccessionSaysOtherwise() {
        String exitsOnce = "earlyExitChance: 1.0";
        // Hybrid regime: a hostile successor repudiates with 0.8. Unstated system: the other (hostile) camp.
        SimulationResult unstated = run(noHazard, scenario("hybrid", exitsOnce, ""), 4_000);
        SimulationResult parliamentary = run(noHazard, scenario("hybrid", exitsOnce + "\nsuccession: { government: parliamentary }", ""), 4_000);
        SimulationResult monarchy = run(noHazard, scenario("hybrid", exitsOnce + "\nsuccession: { government: monarchy, heir: Crown Prince }", ""), 4_000);
        SimulationResult said = run(noHazard, scenario("hybrid", exitsOnce + "\nsuccession: { government: parliamentary, earlyExit: other-camp }", ""), 4_000);

        // Every year's exit hands power back and forth; the first exit already brings the hostile camp in.
        assertThat(1 - unstated.survival().estimate()).isGreaterThan(0.8);
        assertThat(parliamentary.survival().estimate()).isEqualTo(1.0);
        assertThat(monarchy.survival().estimate()).isEqualTo(1.0);
        assertThat(1 - said.survival().estimate()).isEqualTo(1 - unstated.survival().estimate());
    }

    @Test
    void anHeirsStanceIsDrawnFromTheSuccessionsDistribution() {
        SimulationResult r = run(noHazard, scenario("autocracy",
                "earlyExitChance: 0.5\nsuccession: { government: monarchy, heirStance: { hostile: 0.5, supportive: 0.5 } }", ""), 20_000);

        // The first exit comes in 1 - 0.5^8 of the worlds; half its heirs are hostile, and 0.8 of those repudiate.
        // Later exits bring new heirs in the worlds still standing, each drawn afresh.
        assertThat(r.causes()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo("Hostile successor repudiates an unratified deal");
            assertThat(c.share()).isGreaterThan(0.4 * (1 - Math.pow(0.5, 8)) - 0.01);
        });
    }

    @Test
    void anInterimLeaderOfTheSameCampHoldsOfficeUntilAnEarlyElection() {
        Scenario s = scenario("hybrid", "earlyExitChance: 0.3\nsuccession: { interimDays: 60 }", "");

        SimulationResult r = run(noHazard, s, 20_000);

        // No collapse on the day of an exit: the acting leader keeps the deal. The early election 60 days later is a
        // coin toss (rules/settings.drl); the other camp's hostile winner repudiates with 0.8.
        assertThat(r.causes()).singleElement().satisfies(c -> assertThat(c.cause())
                .isEqualTo("Hostile successor repudiates an unratified deal"));
        assertThat(r.survival().estimate()).isBetween(0.2, 0.9);
    }

    static Scenario breaking(String commitment) {
        return scenario("democracy", "", "commitments:\n  - " + commitment);
    }

    @Test
    void aBreachEndsTheDealWithItsCollapseChanceOnItsDueDay() {
        SimulationResult fatal = run(noHazard, breaking("{ id: disarm, by: A, chance: 0.0, due: 2024-01-01, breachCollapse: 1.0 }"), 500);
        SimulationResult likely = run(noHazard, breaking("{ id: disarm, by: A, chance: 0.0, due: 2024-01-01, breachCollapse: 0.3 }"), 20_000);
        SimulationResult pointsOnly = run(noHazard, breaking("{ id: disarm, by: A, chance: 0.0, due: 2024-01-01 }"), 500);
        SimulationResult alreadyBroken = run(noHazard, breaking("{ id: disarm, by: A, status: broken, breachCollapse: 1.0 }"), 500);

        assertThat(fatal.survival().estimate()).isEqualTo(0.0);
        assertThat(DynamicsSimulationTestSupport.survival(fatal, 2023)).isEqualTo(1.0);
        assertThat(fatal.medianYearsToCollapse()).isCloseTo(0.82, within(0.01));
        assertThat(likely.survival().estimate()).isCloseTo(0.7, within(0.012));
        assertThat(likely.causes()).singleElement().satisfies(c -> assertThat(c.cause())
                .isEqualTo("A broken commitment whose breach ends the deal"));
        assertThat(pointsOnly.survival().estimate()).isEqualTo(1.0);
        assertThat(alreadyBroken.survival().estimate()).isEqualTo(1.0);
    }

    @Test
    void aLargerCollapseChanceEndsEveryTrialASmallerOneEnded() {
        String kept = "{ id: disarm, by: A, chance: 0.5, due: 2024-01-01, breachCollapse: %s }";
        Scenario low = breaking(kept.formatted("0.3"));
        Scenario high = breaking(kept.formatted("0.6"));
        TrialRunner lowRunner = new TrialRunner(noHazard, low, low.horizon(), 7, new EvaluationCache(1000));
        TrialRunner highRunner = new TrialRunner(noHazard, high, high.horizon(), 7, new EvaluationCache(1000));

        int lowCollapses = 0;
        int highCollapses = 0;
        for (long trial = 0; trial < 2_000; trial++) {
            boolean lowEnds = lowRunner.run(trial) instanceof TrialOutcome.Collapsed;
            boolean highEnds = highRunner.run(trial) instanceof TrialOutcome.Collapsed;
            assertThat(!lowEnds || highEnds).as("trial %d", trial).isTrue();
            lowCollapses += lowEnds ? 1 : 0;
            highCollapses += highEnds ? 1 : 0;
        }
        assertThat(lowCollapses / 2000.0).isCloseTo(0.15, within(0.025));
        assertThat(highCollapses / 2000.0).isCloseTo(0.30, within(0.03));
    }

    static Scenario electing(boolean pledged) {
        return scenario("democracy", ", pledgedToScrap: " + pledged, "", """
                events:
                  - { id: vote, date: 2024-04-10, kind: election, party: A, decidesLeader: true, outcomes: { opposition-wins: 1.0 } }
                """);
    }

    @Test
    void anOppositionsPledgeToScrapTheDealGoesWithTheLeaderItBringsToPower() {
        SimulationResult pledged = run(noHazard, electing(true), 20_000);
        SimulationResult hostileOnly = run(noHazard, electing(false), 20_000);

        // Hostile alone: half the worlds by two years in office, then the successor softens. With the pledge, one number
        // against 1 - 0.5 × 0.55 by then.
        assertThat(hostileOnly.survival().estimate()).isCloseTo(0.5, within(0.012));
        assertThat(pledged.survival().estimate()).isCloseTo(0.5 * 0.55, within(0.012));
        assertThat(DynamicsSimulationTestSupport.survival(pledged, 2024)).isCloseTo(0.75 * 0.55, within(0.012));
    }
}
