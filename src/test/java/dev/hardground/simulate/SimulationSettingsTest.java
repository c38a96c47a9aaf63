package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.engine.RuleSite;
import dev.hardground.model.Camp;
import dev.hardground.model.Government;
import dev.hardground.model.Ledger;
import dev.hardground.model.Scenario;
import dev.hardground.model.SimulationSettings;
import dev.hardground.model.Trend;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's assumptions as rules/settings.drl sets them: each setting, changed on its own, changes the
 * futures as it says; the shipped file states what the simulator assumed before; settings run once per build.
 */
class SimulationSettingsTest {

    @Test
    void theShippedSettingsAreTheSimulatorsFormerAssumptions() {
        RuleBase shipped = RuleBase.compile(Path.of("rules"));

        assertThat(shipped.settings().simulation()).isEqualTo(SimulationSettings.DEFAULT);
        assertThat(shipped.settings().simulation().earlyExitCamp(null)).isEqualTo(Camp.OTHER_CAMP);
        assertThat(shipped.settings().simulation().earlyExitCamp(Government.PARLIAMENTARY)).isEqualTo(Camp.SAME_CAMP);
    }

    @Test
    void settingsAndDynamicsRulesDoNotRunWhenAScenarioIsScored() {
        RuleBase shipped = RuleBase.compile(Path.of("rules"));
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml")).base();
        List<RuleSite> fired = new ArrayList<>();

        shipped.score(s, fired::add);

        assertThat(fired).isNotEmpty().noneMatch(site -> site.packageName().equals("settings")
                || site.packageName().equals("dynamics") || site.name().equals("Score to hazard link")
                || site.name().equals("Verdict thresholds"));
    }

    /** The shipped dynamics rules and settings, no hazard, with {@code change} appended to the settings file. */
    static RuleBase withSetting(Path dir, String change, String probe) throws IOException {
        DynamicsRulesTest.compileWith(dir, "ledger.hazardLink(0.0, 0.5);");
        if (change != null) {
            Files.writeString(dir.resolve("settings.drl"), Files.readString(dir.resolve("settings.drl")) + """

                    rule "Test: changed setting"
                        agenda-group "settings"
                        salience -1
                    when
                    then
                        %s
                    end
                    """.formatted(change));
        }
        if (probe != null) {
            Files.writeString(dir.resolve("probe.drl"), """
                    package probe;
                    import dev.hardground.model.*;
                    global Ledger ledger;
                    rule "Probe"
                    when
                        %s
                    then
                        ledger.collapse("probe");
                    end
                    """.formatted(probe));
        }
        return RuleBase.compile(dir);
    }

    static Scenario scenario(String leader, String sections) {
        return new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, ratified: false, parties: [A] }
                parties:
                  A:
                    regime: hybrid
                    leader: { %s }
                    opposition: { stance: hostile }
                %s
                """.formatted(leader, sections)).base();
    }

    static double survival(RuleBase rules, Scenario s) {
        return new Simulator(rules).run(s, null, new SimulationOptions(4_000, 9, 2, null)).survival().estimate();
    }

    @Test
    void theGovernmentsChanceAtATermsEndWithNoElectionNamedIsASetting(@TempDir Path a, @TempDir Path b) throws IOException {
        Scenario s = scenario("name: Al, since: 2022-05-10, termEnds: 2025-05-09, stance: champion", "");

        assertThat(survival(withSetting(a, "ledger.termEndWithoutElection(1.0);", null), s)).isEqualTo(1.0);
        // Even odds at each term's end (2025, 2028): a hostile successor in half the worlds at the first, of whom 0.8
        // repudiate; the later term end adds more.
        assertThat(1 - survival(withSetting(b, null, null), s)).isBetween(0.4 - 0.03, 0.8);
    }

    @Test
    void theLengthOfANewTermIsASetting(@TempDir Path a, @TempDir Path b) throws IOException {
        // No start given, so new terms take the default length: more term ends before the horizon with shorter terms.
        Scenario s = scenario("name: Al, termEnds: 2024-05-09, stance: champion", "");

        double fourYears = survival(withSetting(a, null, null), s);
        double twoYears = survival(withSetting(b, "ledger.terms(2, 1);", null), s);

        assertThat(twoYears).isLessThan(fourYears - 0.05);
    }

    @Test
    void aNewLeadersApprovalAndTrendAreASetting(@TempDir Path a, @TempDir Path b) throws IOException {
        String probe = "Party($l: leader, $l.approval() < 0.3, $l.approvalTrend() == Trend.FALLING)";
        Scenario s = new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, ratified: true, parties: [A] }
                parties:
                  A: { leader: { name: Al, since: 2022-05-10, stance: champion } }
                events:
                  - { id: vote, date: 2025-01-01, kind: election, party: A, decidesLeader: true, outcomes: { opposition-wins: 1.0 } }
                """).base();

        assertThat(survival(withSetting(a, null, probe), s)).isEqualTo(1.0);
        assertThat(survival(withSetting(b, "ledger.newLeader(0.2, Trend.FALLING);", probe), s)).isEqualTo(0.0);
    }

    @Test
    void whenACommitmentWithNoDueDateIsSettledIsASetting(@TempDir Path a, @TempDir Path b) throws IOException {
        String probe = "Commitment(status == CommitmentStatus.BROKEN)";
        Scenario s = scenario("name: Al, since: 2022-05-10, stance: champion", """
                commitments:
                  - { id: pay, by: A, chance: 0.0 }
                """);

        SimulationResult oneYear = new Simulator(withSetting(a, null, probe)).run(s, null, new SimulationOptions(100, 1, 1, null));
        SimulationResult threeYears = new Simulator(withSetting(b, "ledger.commitmentWithoutDue(3);", probe)).run(s, null,
                new SimulationOptions(100, 1, 1, null));

        assertThat(oneYear.medianYearsToCollapse()).isCloseTo(1.0, within(0.01));
        assertThat(threeYears.medianYearsToCollapse()).isCloseTo(3.0, within(0.01));
    }

    @Test
    void whoFollowsAnEarlyExitAndWhoWinsTheElectionAfterAnInterimAreSettings(@TempDir Path a, @TempDir Path b)
            throws IOException {
        Scenario s = scenario("name: Al, since: 2022-05-10, stance: champion", "    earlyExitChance: 1.0");
        Scenario interim = scenario("name: Al, since: 2022-05-10, stance: champion",
                "    earlyExitChance: 0.5\n    succession: { interimDays: 90 }");

        assertThat(survival(withSetting(a, "ledger.earlyExit(null, Camp.SAME_CAMP);", null), s)).isEqualTo(1.0);
        assertThat(survival(withSetting(b, "ledger.interimElection(1.0);", null), interim)).isEqualTo(1.0);
    }

    @Test
    void aRuleCannotGiveAChanceOutsideZeroToOne() {
        Ledger ledger = new Ledger();

        assertThatThrownBy(() -> ledger.repudiation("A", 1.5, "too sure")).isInstanceOf(Ledger.Misuse.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> ledger.termEndWithoutElection(-0.1)).isInstanceOf(Ledger.Misuse.class);
        assertThatThrownBy(() -> ledger.terms(0, 1)).isInstanceOf(Ledger.Misuse.class);
        assertThatThrownBy(() -> ledger.newLeader(0.5, null)).isInstanceOf(Ledger.Misuse.class);
    }

    @Test
    void aRuleSetWithoutSettingsKeepsTheFormerAssumptions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("verdict.drl"), """
                package verdict;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "Link" when then ledger.hazardLink(0.1, 0.5); ledger.newLeader(0.4, Trend.RISING); end
                """);

        SimulationSettings s = RuleBase.compile(dir).settings().simulation();

        assertThat(s.newLeaderApproval()).isEqualTo(0.4);
        assertThat(s.newLeaderTrend()).isEqualTo(Trend.RISING);
        assertThat(s.governmentKeepsAtTermEnd()).isEqualTo(SimulationSettings.DEFAULT.governmentKeepsAtTermEnd());
        assertThat(s.earlyExitCamp(null)).isEqualTo(Camp.OTHER_CAMP);
    }
}
