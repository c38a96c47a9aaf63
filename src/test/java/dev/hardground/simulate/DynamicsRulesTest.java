package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Breach;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Importance;
import dev.hardground.model.Occurred;
import dev.hardground.model.EventKind;
import dev.hardground.model.Event;
import dev.hardground.model.Scenario;
import dev.hardground.model.Stance;
import dev.hardground.model.WorldChange;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each shipped dynamics rule, one at a time: given these facts on a simulation step, these changes to the
 * world. The rules are the shipped {@code rules/dynamics} with no scoring rules and no background hazard.
 */
class DynamicsRulesTest {
    @TempDir
    static Path dir;

    static RuleBase rules;

    @BeforeAll
    static void compile() throws IOException {
        rules = compileWith(dir, "ledger.hazardLink(0.0, 0.5);");
    }

    /** The shipped dynamics rules and settings, plus a verdict file whose one rule does {@code verdict}. */
    static RuleBase compileWith(Path into, String verdict) throws IOException {
        Path dynamics = into.resolve("dynamics");
        Files.createDirectories(dynamics);
        try (Stream<Path> files = Files.list(Path.of("rules/dynamics"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dynamics.resolve(f.getFileName()));
            }
        }
        Files.copy(Path.of("rules/settings.drl"), into.resolve("settings.drl"));
        Files.writeString(into.resolve("verdict.drl"), """
                package verdict;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "Test link" agenda-group "settings"
                when
                then
                    %s
                end
                """.formatted(verdict));
        return RuleBase.compile(into);
    }

    /** A deal signed 2023-03-06, judged from 2024-01-02; party A's leader took office {@code since}, with {@code stance}. */
    static Scenario world(String regime, boolean ratified, String since, String stance) {
        return deal("ratified: " + ratified, regime, "since: " + since + ", stance: " + stance);
    }

    /** The same deal with {@code agreement}'s extra keys, party A of {@code regime} led by Al with {@code leader}'s keys. */
    static Scenario deal(String agreement, String regime, String leader) {
        return new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2024-01-02
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, %s, parties: [A] }
                parties:
                  A:
                    regime: %s
                    leader: { name: Al, %s }
                """.formatted(agreement, regime, leader)).base();
    }

    static Evaluation step(Scenario world, String day, Occurred... occurred) {
        return rules.evaluate(world, LocalDate.parse(day), List.of(occurred));
    }

    static List<WorldChange.Repudiation> repudiations(Evaluation e) {
        return e.changes().stream().filter(c -> c instanceof WorldChange.Repudiation)
                .map(c -> (WorldChange.Repudiation) c).toList();
    }

    @Test
    void aHostileDemocraticSuccessorsChanceOfRepudiatingGrowsWithTimeInOffice() {
        Scenario w = world("democracy", false, "2024-01-01", "hostile");

        assertThat(repudiations(step(w, "2024-06-01"))).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("A");
            assertThat(r.chance()).isEqualTo(0.25);
            assertThat(r.rule()).isEqualTo("Hostile successor in a democracy may repudiate an unratified deal");
            assertThat(r.file()).endsWith("dynamics/repudiation.drl");
        });
        assertThat(repudiations(step(w, "2025-06-01"))).singleElement().satisfies(r -> assertThat(r.chance()).isEqualTo(0.4));
        assertThat(repudiations(step(w, "2026-06-01"))).singleElement().satisfies(r -> assertThat(r.chance()).isEqualTo(0.5));
    }

    @Test
    void aHostileSuccessorWhoKeptTheDealTwoYearsSoftensToSkeptical() {
        Scenario w = world("democracy", false, "2024-01-01", "hostile");

        assertThat(step(w, "2025-06-01").changes()).noneMatch(c -> c instanceof WorldChange.StanceShift);
        assertThat(step(w, "2026-01-02").changes()).filteredOn(c -> c instanceof WorldChange.StanceShift)
                .singleElement().satisfies(c -> {
                    assertThat(((WorldChange.StanceShift) c).stance()).isEqualTo(Stance.SKEPTICAL);
                    assertThat(c.rule()).isEqualTo("A hostile successor who kept the deal two years softens");
                });
    }

    @Test
    void outsideADemocracyAHostileSuccessorRepudiatesWithChanceEightTenthsFromTheFirstDay() {
        for (String regime : List.of("hybrid", "autocracy")) {
            assertThat(repudiations(step(world(regime, false, "2024-01-01", "hostile"), "2024-01-02")))
                    .as(regime).singleElement().satisfies(r -> {
                        assertThat(r.chance()).isEqualTo(0.8);
                        assertThat(r.rule()).isEqualTo("Hostile successor repudiates an unratified deal");
                    });
        }
    }

    @Test
    void noRepudiationOfARatifiedDealNorByTheSignerNorByASkepticalSuccessor() {
        assertThat(repudiations(step(world("hybrid", true, "2024-01-01", "hostile"), "2024-06-01"))).isEmpty();
        assertThat(repudiations(step(world("hybrid", false, "2020-01-01", "hostile"), "2024-06-01"))).isEmpty();
        assertThat(repudiations(step(world("hybrid", false, "2024-01-01", "skeptical"), "2024-06-01"))).isEmpty();
    }

    @Test
    void dynamicsRulesDoNotRunWhenAScenarioIsScored() {
        Scenario w = world("hybrid", false, "2024-01-01", "hostile");

        assertThat(rules.evaluate(w, LocalDate.parse("2024-06-01")).changes()).isEmpty();
        assertThat(rules.evaluate(w, LocalDate.parse("2024-06-01"),
                List.of(occurred(EventKind.SHOCK, Event.COLLAPSE))).collapsed()).isTrue();
        assertThat(rules.evaluate(w, LocalDate.parse("2024-06-01")).collapsed()).isFalse();
    }

    static Occurred occurred(EventKind kind, String outcome) {
        return new Occurred("e", kind, null, outcome, LocalDate.parse("2024-05-01"));
    }

    @Test
    void aDrawnCollapseOutcomeEndsTheDealAndOtherOutcomesDoNot() {
        Scenario w = world("democracy", false, "2020-01-01", "supportive");

        assertThat(step(w, "2024-06-01", occurred(EventKind.SHOCK, Event.COLLAPSE)).collapses()).singleElement()
                .satisfies(c -> assertThat(c.rule()).isEqualTo("A drawn collapse outcome ends the deal"));
        assertThat(step(w, "2024-06-01", occurred(EventKind.SHOCK, "crisis")).collapsed()).isFalse();
    }

    @Test
    void aRefusedRenewalEndsTheDealAndAGrantedOneDoesNot() {
        Scenario w = world("democracy", false, "2020-01-01", "supportive");

        assertThat(step(w, "2024-06-01", occurred(EventKind.RENEWAL, Event.NOT_RENEWED)).collapses()).singleElement()
                .satisfies(c -> assertThat(c.rule()).isEqualTo("A refused renewal ends the deal"));
        assertThat(step(w, "2024-06-01", occurred(EventKind.RENEWAL, Event.RENEWED)).collapsed()).isFalse();
    }

    @Test
    void aCompletedOutcomeOrAPlannedExpiryCompletesTheDeal() {
        Scenario w = world("democracy", false, "2020-01-01", "supportive");

        for (Occurred o : List.of(occurred(EventKind.SHOCK, Event.COMPLETED), occurred(EventKind.EXPIRY, Event.OCCURS))) {
            Evaluation e = step(w, "2024-06-01", o);
            assertThat(e.collapsed()).isFalse();
            assertThat(e.changes()).singleElement().satisfies(c -> {
                assertThat(c).isInstanceOf(WorldChange.Completion.class);
                assertThat(c.rule()).isEqualTo("A completed deal has survived");
            });
        }
        assertThat(step(w, "2024-06-01", occurred(EventKind.SHOCK, "crisis")).changes()).isEmpty();
    }

    @Test
    void aBreachWithACollapseChanceAsksForItAndABreachWithoutOneDoesNot() {
        Scenario w = new ScenarioLoader().parse("t.yaml", """
                id: t
                asOf: 2024-01-02
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, parties: [A] }
                parties:
                  A: { regime: democracy, leader: { name: Al, since: 2020-01-01, stance: supportive } }
                commitments:
                  - { id: disarm, by: A, due: 2024-05-01, breachCollapse: 0.3, importance: core }
                  - { id: fund, by: A, due: 2024-05-01 }
                """).base();
        LocalDate day = LocalDate.parse("2024-06-01");
        Breach disarm = new Breach("disarm", "A", Importance.CORE, 0.3, LocalDate.parse("2024-05-01"));
        Breach fund = new Breach("fund", "A", Importance.SUPPORTING, 0.0, LocalDate.parse("2024-05-01"));

        assertThat(rules.evaluate(w, day, List.of(disarm)).changes()).singleElement().satisfies(c -> {
            assertThat(c).isInstanceOf(WorldChange.BreachCollapse.class);
            assertThat(c.target()).isEqualTo("disarm");
            assertThat(((WorldChange.BreachCollapse) c).chance()).isEqualTo(0.3);
            assertThat(c.rule()).isEqualTo("A broken commitment whose breach ends the deal");
            assertThat(c.file()).endsWith("dynamics/breaches.drl");
            assertThat(c.reason()).isEqualTo("A broke disarm on 2024-05-01, a breach the deal survives with probability 0.70");
        });
        assertThat(rules.evaluate(w, day, List.of(fund)).changes()).isEmpty();
        // Scoring never asks: the breach is a simulation's.
        assertThat(rules.evaluate(w, day).changes()).isEmpty();
    }

    static Scenario formed(String form, String regime, String leaderExtra) {
        return deal("form: " + form, regime, "since: 2024-01-01, stance: hostile" + leaderExtra);
    }

    @Test
    void theLegalFormScalesARepudiationChanceASignedTreatyLessAVerbalUnderstandingMore() {
        for (String[] c : new String[][] {{"treaty", "0.1875"}, {"executive-agreement", "0.25"},
                {"political-deal", "0.25"}, {"verbal-understanding", "0.3125"}}) {
            assertThat(repudiations(step(formed(c[0], "democracy", ""), "2024-06-01"))).as(c[0]).singleElement()
                    .satisfies(r -> assertThat(r.chance()).isCloseTo(Double.parseDouble(c[1]), within(1e-12)));
        }
        // Never above 1: outside a democracy 0.8 × 1.25.
        assertThat(repudiations(step(formed("verbal-understanding", "autocracy", ""), "2024-06-01"))).singleElement()
                .satisfies(r -> assertThat(r.chance()).isEqualTo(1.0));
    }

    @Test
    void aSuccessorWhoCampaignedOnScrappingTheDealHasAChanceOfItsOwn() {
        Evaluation pledged = step(formed("political-deal", "democracy", ", pledgedToScrap: true"), "2024-06-01");

        assertThat(repudiations(pledged)).extracting(WorldChange.Repudiation::rule, WorldChange.Repudiation::chance)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Hostile successor in a democracy may repudiate an unratified deal", 0.25),
                        org.assertj.core.groups.Tuple.tuple("A successor who campaigned on scrapping the deal may keep the pledge", 0.45));
        assertThat(repudiations(pledged)).filteredOn(r -> r.chance() == 0.45).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Al (A) campaigned on scrapping the unratified Deal"));
        // The pledge counts whatever the stance, and is scaled by form; the signer's own pledge is no successor's.
        assertThat(repudiations(step(deal("form: treaty", "democracy", "since: 2024-01-01, stance: skeptical, pledgedToScrap: true"),
                "2024-06-01"))).singleElement().satisfies(r -> assertThat(r.chance()).isCloseTo(0.3375, within(1e-12)));
        assertThat(repudiations(step(deal("ratified: false", "democracy", "since: 2020-01-01, stance: skeptical, pledgedToScrap: true"),
                "2024-06-01"))).isEmpty();
    }
}
