package dev.hardground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.TestFiles;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;
import dev.hardground.model.Variant;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationResult;
import dev.hardground.simulate.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulation steps judged in slices of the rules give exactly what the whole rule set gives: the same contributions
 * in the same order, reasons, changes and reference class, at every step of every shipped scenario and variant. A
 * rule set that slicing cannot judge faithfully (a rule that changes facts, an {@code or} of conditions) is judged
 * whole.
 */
class RuleSlicesTest {
    private static final Path REFERENCE = Path.of("scenarios/japan-korea-2023.yaml");

    @Test
    void everyStepOfEveryShippedScenarioIsJudgedAsTheWholeRuleSetJudgesIt() throws IOException {
        RuleBase rules = RuleBase.compile(Path.of("rules"), RuleBase.defaultCacheDir());
        assertThat(rules.sliced()).isTrue();
        rules.checkSlices(); // each sliced evaluation is compared with the whole rule set's, or the step throws
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("scenarios")), Files.list(Path.of("scenarios/history")))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(20);
        int variants = 0;
        for (Path file : files) {
            ScenarioFile scenario = new ScenarioLoader().load(file);
            List<Scenario> worlds = new ArrayList<>(List.of(scenario.base()));
            for (Variant v : scenario.variants()) {
                worlds.add(scenario.resolve(v.name(), List.of()));
                variants++;
            }
            for (Scenario world : worlds) {
                SimulationResult result = new Simulator(rules).run(world, null, new SimulationOptions(300, 11, 2, null));
                assertThat(result.survival().estimate()).isBetween(0.0, 1.0);
            }
        }
        assertThat(variants).isGreaterThan(5);
    }

    /**
     * A slice is remembered by what its rules read of each fact, so worlds that differ in a component some slices do
     * not read (a commitment's chance, a party's public support, ranged inputs) share those slices' firings: every
     * step of such what-ifs, run one after another over one memory, is still judged as the whole rule set judges it.
     */
    @Test
    void worldsDifferingInWhatSomeSlicesDoNotReadAreStillJudgedAsTheWholeRuleSetJudgesThem() {
        RuleBase rules = RuleBase.compile(Path.of("rules"), RuleBase.defaultCacheDir());
        rules.checkSlices();
        ScenarioFile file = new ScenarioLoader().load(REFERENCE);
        SimulationOptions options = new SimulationOptions(300, 3, 2, null);
        List<SimulationResult> results = new ArrayList<>();
        for (String set : List.of("commitments[kr-foundation-pays].chance=0.2", "commitments[kr-foundation-pays].chance=0.9",
                "parties.KR.publicSupport=0.6", "parties.JP.leader.approval=0.2 to 0.6")) {
            Scenario world = file.resolve(null, List.of(dev.hardground.scenario.Assignment.parse(set)));
            results.add(new Simulator(rules).run(world, null, options));
        }
        assertThat(results.get(0).survival().estimate()).isNotEqualTo(results.get(1).survival().estimate());
    }

    @Test
    void slicedAndWholeSimulationsGiveTheSameResults() {
        RuleBase sliced = RuleBase.compile(Path.of("rules"), RuleBase.defaultCacheDir());
        Scenario reference = new ScenarioLoader().load(REFERENCE).base();
        SimulationOptions options = new SimulationOptions(2_000, 5, 2, null);
        SimulationResult fast = new Simulator(sliced).run(reference, null, options);
        System.setProperty(Evaluator.WHOLE, "true");
        try {
            RuleBase whole = RuleBase.compile(Path.of("rules"), RuleBase.defaultCacheDir());
            assertThat(whole.sliced()).isFalse();
            assertThat(new Simulator(whole).run(reference, null, options)).isEqualTo(fast);
        } finally {
            System.clearProperty(Evaluator.WHOLE);
        }
    }

    @Test
    void aRuleThatInsertsAFactOrHasAnOrOfConditionsKeepsTheRuleSetWhole(@TempDir Path dir) throws IOException {
        Scenario reference = new ScenarioLoader().load(REFERENCE).base();
        String inserts = """
                package extra
                import dev.hardground.model.Agreement
                global dev.hardground.model.Ledger ledger

                rule "Remembers the agreement"
                    @factor(linkage) @description("inserts a fact")
                when
                    $a : Agreement()
                then
                    insert(new java.util.ArrayList());
                    ledger.add(1, "an extra point"); // test weight
                end
                """;
        String or = """
                package extra
                import dev.hardground.model.Agreement
                global dev.hardground.model.Ledger ledger

                rule "Either of two"
                    @factor(linkage) @description("an or of conditions")
                when
                    Agreement( signed == null ) or Agreement( signed != null )
                then
                    ledger.add(1, "an extra point"); // test weight
                end
                """;
        for (String extra : List.of(inserts, or)) {
            RuleBase base = withExtra(dir.resolve("r" + extra.hashCode()), extra);
            assertThat(base.sliced()).isFalse();
            Evaluation e = base.evaluate(reference, reference.asOf(), List.of());
            assertThat(e.contributions()).anyMatch(c -> c.reason().equals("an extra point"));
        }
        RuleBase shipped = withExtra(dir.resolve("plain"));
        assertThat(shipped.sliced()).isTrue();
    }

    /**
     * A rule that extends another matches its parent's conditions too, and a rule that calls a query matches the
     * query's: what those conditions read counts, though the rule's own text does not say it. Worlds differing only
     * in a commitment's chance, which only the parent or the query reads, are judged as the whole rule set judges
     * them, step by step (a rule set calling a query is judged whole).
     */
    @Test
    void aRuleReadsWhatItsParentRuleAndTheQueriesItCallsRead(@TempDir Path dir) throws IOException {
        String header = """
                package extra
                import dev.hardground.model.Commitment
                import dev.hardground.model.Party
                global dev.hardground.model.Ledger ledger

                """;
        String extended = header + """
                rule "A likely commitment"
                    @factor(linkage) @description("a parent rule")
                when
                    $c : Commitment( chance > 0.5 )
                then
                end

                rule "A likely commitment and a party" extends "A likely commitment"
                    @factor(linkage) @description("a child rule")
                when
                    $p : Party()
                then
                    ledger.add(1, "an extra point"); // test weight
                end
                """;
        String query = header + """
                query likely()
                    Commitment( chance > 0.5 )
                end

                rule "A party and some likely commitment"
                    @factor(linkage) @description("calls a query")
                when
                    $p : Party()
                    likely()
                then
                    ledger.add(1, "an extra point"); // test weight
                end
                """;
        ScenarioFile file = new ScenarioLoader().load(REFERENCE);
        SimulationOptions options = new SimulationOptions(200, 3, 1, null);
        for (String extra : List.of(extended, query)) {
            RuleBase base = withExtra(dir.resolve("r" + extra.hashCode()), extra);
            assertThat(base.sliced()).isEqualTo(extra == extended);
            base.checkSlices();
            List<Double> survival = new ArrayList<>();
            for (String set : List.of("commitments[kr-foundation-pays].chance=0.9",
                    "commitments[kr-foundation-pays].chance=0.2")) {
                Scenario world = file.resolve(null, List.of(dev.hardground.scenario.Assignment.parse(set)));
                Evaluation e = base.evaluate(world, world.asOf(), List.of());
                assertThat(e.contributions()).anyMatch(c -> c.reason().equals("an extra point"));
                survival.add(new Simulator(base).run(world, null, options).survival().estimate());
            }
            assertThat(survival).hasSize(2);
        }
    }

    /**
     * Rules that hand a commitment on where a reading of their text could lose it: through a conditional, after a
     * text block, past a consequence's variable called {@code rule} or a function's called {@code query}, to a
     * function named like an accumulate function or {@code count}, or to an imported function named like another
     * package's. Each is in a slice of its own (the kinds it checks exist), and worlds differing only in a
     * commitment's chance, which each rule's reason shows, are judged as the whole rule set judges them.
     */
    @Test
    void aRuleReadsAFactItHandsOnWhereItsTextCouldMisleadAReadingOfIt(@TempDir Path dir) throws IOException {
        java.util.function.BiFunction<String, String, String> rule = (pkg, body) -> "package " + pkg + """

                import dev.hardground.model.*
                global dev.hardground.model.Ledger ledger

                """ + body;
        List<String> extras = List.of(rule.apply("extra1", """
                rule "Through a conditional"
                    @factor(linkage) @description("a conditional")
                when
                    exists Cooperation()
                    $c : Commitment( id == "kr-foundation-pays" )
                then
                    ledger.add(1, "seen " + String.valueOf(true ? $c : null)); // test weight
                end
                """), rule.apply("extra2", """
                rule "Past a variable called rule"
                    @factor(linkage) @description("a variable called rule")
                when
                    exists Threat()
                    $c : Commitment( id == "kr-foundation-pays" )
                then
                    String rule = "";
                    rule = "seen " + $c.chance();
                    ledger.add(1, rule); // test weight
                end
                """), rule.apply("extra3", """
                function String seen(Commitment c) {
                    String query = "";
                    query = "seen " + c.chance();
                    return query;
                }

                rule "Past a function's variable called query"
                    @factor(linkage) @description("a variable called query")
                when
                    exists Cooperation()
                    exists Threat()
                    $c : Commitment( id == "kr-foundation-pays" )
                then
                    ledger.add(1, seen($c)); // test weight
                end
                """), rule.apply("extra4", """
                rule "After a text block"
                    @factor(linkage) @description("a text block")
                when
                    exists Agreement()
                    exists Cooperation()
                    $c : Commitment( id == "kr-foundation-pays" )
                then
                    String seen = \"""
                        seen\""" + " " + $c.chance();
                    ledger.add(1, seen); // test weight
                end
                """), rule.apply("extra5", """
                function String collectList(Commitment c) {
                    return c.id();
                }

                rule "To a function named like an accumulate function"
                    @factor(linkage) @description("collectList")
                when
                    exists Agreement()
                    exists Threat()
                    accumulate( $c : Commitment( id == "kr-foundation-pays" ); $all : collectList( $c ) )
                then
                    ledger.add(1, "seen " + $all); // test weight
                end
                """), rule.apply("extra6", """
                function String count(Commitment c) {
                    return "seen " + c;
                }

                rule "To a function named count"
                    @factor(linkage) @description("count")
                when
                    exists Party()
                    exists Cooperation()
                    $c : Commitment( id == "kr-foundation-pays" )
                then
                    ledger.add(1, count($c)); // test weight
                end
                """), rule.apply("another", """
                function String singletonList(Commitment c) {
                    return c.id();
                }
                """), rule.apply("extra7", """
                import function java.util.Collections.singletonList

                rule "To an imported function named like another package's"
                    @factor(linkage) @description("an imported function")
                when
                    exists Party()
                    exists Threat()
                    $c : Commitment( id == "kr-foundation-pays" )
                then
                    ledger.add(1, "seen " + singletonList($c)); // test weight
                end
                """));
        RuleBase base = withExtra(dir.resolve("rules"), extras.toArray(String[]::new));
        assertThat(base.sliced()).isTrue();
        base.checkSlices();
        ScenarioFile file = new ScenarioLoader().load(REFERENCE);
        for (String chance : List.of("0.9", "0.2")) {
            Scenario world = file.resolve(null,
                    List.of(dev.hardground.scenario.Assignment.parse("commitments[kr-foundation-pays].chance=" + chance)));
            Evaluation e = base.evaluate(world, world.asOf(), List.of());
            assertThat(e.contributions().stream().filter(c -> c.reason().startsWith("seen ")))
                    .hasSize(7).allMatch(c -> c.reason().contains(chance));
        }
    }

    /**
     * A rule matching facts from a declared window (whose pattern is not among the rule's, so the rule's slice would
     * be given none of its facts), one with a forall (which a slice's KieBase, built again from the same executable
     * model, gets wrong), one that reads the ledger (what the rules of other slices wrote to it) through a function,
     * or one that fires by the calendar's day (date-effective, date-expires) keeps the rule set whole.
     */
    @Test
    void aRuleOverAWindowWithAForallReadingTheLedgerOrWithDatesKeepsTheRuleSetWhole(@TempDir Path dir)
            throws IOException {
        String header = """
                package extra
                import dev.hardground.model.Commitment
                global dev.hardground.model.Ledger ledger

                """;
        String window = header + """
                declare Commitment
                    @role( event )
                end

                declare window Pledges
                    Commitment( ) over window:length( 10 )
                end

                rule "A likely commitment in the window"
                    @factor(linkage) @description("a window")
                when
                    Commitment( id == "kr-foundation-pays", chance > 0.5 ) from window Pledges
                then
                    ledger.add(1, "an extra point"); // test weight
                end
                """;
        String dated = header + """
                rule "A likely commitment, this century"
                    @factor(linkage) @description("dates")
                    date-effective "01-Jan-2000"
                    date-expires "01-Jan-2100"
                when
                    Commitment( id == "kr-foundation-pays", chance > 0.5 )
                then
                    ledger.add(1, "an extra point"); // test weight
                end
                """;
        String forall = header + """
                rule "Every commitment has some chance"
                    @factor(linkage) @description("a forall")
                when
                    forall( Commitment( chance > 0.1 ) )
                then
                    ledger.add(1, "an extra point"); // test weight
                end
                """;
        String ledger = header + """
                import dev.hardground.model.Ledger

                function int written(Ledger l) {
                    return l.entries().size();
                }

                rule "Something came before"
                    @factor(linkage) @description("reads the ledger")
                    salience -100
                when
                    Commitment( id == "kr-foundation-pays", chance > 0.5 )
                then
                    ledger.add(1, written(ledger) > 0 ? "an extra point" : "nothing before"); // test weight
                end
                """;
        Scenario reference = new ScenarioLoader().load(REFERENCE).base();
        for (String extra : List.of(window, forall, ledger, dated)) {
            RuleBase base = withExtra(dir.resolve("r" + extra.hashCode()), extra);
            base.checkSlices();
            assertThat(base.sliced()).as(extra).isFalse();
            Evaluation e = base.evaluate(reference, reference.asOf(), List.of());
            assertThat(e.contributions()).anyMatch(c -> c.reason().equals("an extra point"));
        }
    }

    /**
     * A step at which a slice fails (its rule adds more points than there are) is judged whole, and fails; the
     * thread's next step, whose facts are the failed step's for the slices before the failing one and the step
     * before's for the rest, is still judged as the whole rule set judges it, not as the step before it was.
     */
    @Test
    void aStepAtWhichASliceFailsLeavesNothingOfItsOwnForTheThreadsNextStep(@TempDir Path dir) throws IOException {
        RuleBase base = withExtra(dir.resolve("rules"), """
                package extra
                import dev.hardground.model.Commitment
                import dev.hardground.model.Cooperation
                global dev.hardground.model.Ledger ledger

                rule "The chance"
                    @factor(linkage) @description("reads a chance")
                when
                    exists Cooperation()
                    $c : Commitment( id == "kr-foundation-pays" )
                then
                    ledger.add(1, "chance " + $c.chance()); // test weight
                end

                rule "A word that cannot be scored"
                    @factor(linkage) @description("fails on one word, last of all")
                    salience -1000
                when
                    String( this == "boom" )
                then
                    ledger.add(1000, "too many points"); // test weight
                end
                """);
        assertThat(base.sliced()).isTrue();
        base.checkSlices();
        ScenarioFile file = new ScenarioLoader().load(REFERENCE);
        Scenario likely = file.resolve(null, List.of(dev.hardground.scenario.Assignment.parse(
                "commitments[kr-foundation-pays].chance=0.9")));
        Scenario unlikely = file.resolve(null, List.of(dev.hardground.scenario.Assignment.parse(
                "commitments[kr-foundation-pays].chance=0.2")));
        assertThat(base.evaluate(likely, likely.asOf(), List.of("calm")).contributions())
                .anyMatch(c -> c.reason().equals("chance 0.9"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> base.evaluate(unlikely, unlikely.asOf(), List.of("boom")))
                .isInstanceOf(dev.hardground.model.InvalidInputException.class);
        assertThat(base.evaluate(unlikely, unlikely.asOf(), List.of("calm")).contributions())
                .anyMatch(c -> c.reason().equals("chance 0.2"));
    }

    /**
     * A fact that fails a test of its own in every pattern of its class in a slice cannot reach the slice's rules, so
     * it is left out of the slice: days that change only the time in office of leaders who are not successors run a
     * rule over successors once, not once a day. Rules that count, negate or name facts through such tests still
     * fire at every step of the reference scenario's simulation, variants included, as the whole rule set fires them;
     * a test that fails with an exception for a fact still lets it reach the run, which fails where the whole rule
     * set fails.
     */
    @Test
    void factsThatFailEveryPatternsOwnTestsAreLeftOutOfASliceAndChangeNothing(@TempDir Path dir) throws IOException {
        RuleBase successors = withOnly(dir.resolve("successors"), """
                package extra
                import dev.hardground.model.Tenure
                global dev.hardground.model.Ledger ledger

                rule "A successor's time in office"
                    @factor(dynamics) @description("reads successors only")
                    agenda-group "dynamics"
                when
                    $t : Tenure( successor == true, $years : yearsIn )
                then
                    ledger.stance($t.party(), dev.hardground.model.Stance.SKEPTICAL, "in office " + $years);
                end
                """);
        assertThat(successors.sliced()).isTrue();
        Scenario korea = new ScenarioLoader().load(REFERENCE).base();
        assertThat(korea.parties().values()).allMatch(p -> p.leader().since() == null
                || !p.leader().since().isAfter(korea.agreement().signed()));
        successors.evaluate(korea, korea.asOf(), List.of());
        long first = successors.sliceRuns();
        for (int days = 30; days <= 300; days += 30) {
            assertThat(successors.evaluate(korea, korea.asOf().plusDays(days), List.of()).changes()).isEmpty();
        }
        assertThat(successors.sliceRuns()).isEqualTo(first);

        RuleBase base = withExtra(dir.resolve("rules"), """
                package extra
                import dev.hardground.model.Stance
                import dev.hardground.model.Tenure
                global dev.hardground.model.Ledger ledger

                rule "No hostile leader"
                    @factor(linkage) @description("negates a pattern with a test")
                when
                    not Tenure( stance == Stance.HOSTILE )
                then
                    ledger.add(1, "no hostile leader"); // test weight
                end

                rule "Successors a year in"
                    @factor(linkage) @description("counts through tests")
                when
                    $n : Number() from accumulate( Tenure( successor == true, yearsIn >= 1 ), count() )
                then
                    ledger.add(0.5, "successors a year in: " + $n); // test weight
                end

                rule "Long-serving leaders who are not hostile"
                    @factor(linkage) @description("names facts through two tests")
                when
                    $t : Tenure( yearsIn > 1.5, stance != Stance.HOSTILE )
                then
                    ledger.add(0.1, $t.leader() + " in office " + $t.yearsIn()); // test weight
                end
                """);
        assertThat(base.sliced()).isTrue();
        base.checkSlices();
        assertThat(base.evaluate(korea, korea.asOf(), List.of()).contributions())
                .anyMatch(c -> c.reason().equals("no hostile leader"));
        ScenarioFile file = new ScenarioLoader().load(REFERENCE);
        for (Scenario world : Stream.concat(Stream.of(file.base()),
                file.variants().stream().map(v -> file.resolve(v.name(), List.of()))).toList()) {
            new Simulator(base).run(world, null, new SimulationOptions(200, 5, 2, null));
        }

        RuleBase failing = withExtra(dir.resolve("failing"), """
                package failing
                import dev.hardground.model.Cooperation
                import dev.hardground.model.Tenure
                global dev.hardground.model.Ledger ledger

                // With cooperation, a slice of its own: no other rule's pattern lets a successor in.
                rule "A successor's long name"
                    @factor(linkage) @description("a test that fails for successors alone")
                when
                    exists Cooperation()
                    Tenure( successor == true, leader.charAt(80) == 'x' )
                then
                    ledger.add(1, "a long name"); // test weight
                end
                """);
        assertThat(failing.sliced()).isTrue(); // not checked against the whole rule set: the sliced run must fail itself
        assertThat(failing.evaluate(korea, korea.asOf(), List.of()).contributions()).isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new Simulator(failing).run(file.base(), null, new SimulationOptions(200, 5, 2, null)))
                .isInstanceOf(dev.hardground.model.InvalidInputException.class)
                .hasMessageContaining("A successor's long name").hasMessageContaining("extra.drl:");
    }

    /**
     * Drools may answer a comparison with a literal through a range index over sibling rules' tests, which orders a
     * NaN above every number where the test itself says false (found in review): such a test of a floating-point
     * field is not tried on its own, so a fact it would have left out still reaches the slice as it reaches the whole
     * rule set.
     */
    @Test
    void aTestDroolsMayAnswerThroughAnIndexIsNotTriedOnItsOwn(@TempDir Path dir) throws IOException {
        StringBuilder rules = new StringBuilder("""
                package extra
                import dev.hardground.model.Tenure
                global dev.hardground.model.Ledger ledger
                """);
        for (int i = 1; i <= 11; i++) {
            rules.append("""

                    rule "Years in office above %d"
                        @factor(linkage) @description("one of eleven sibling comparisons")
                    when
                        Tenure( yearsIn > %d )
                    then
                        ledger.add(0.01, "above %d"); // test weight
                    end
                    """.formatted(i, i, i));
        }
        RuleBase base = withExtra(dir.resolve("rules"), rules.toString());
        assertThat(base.sliced()).isTrue();
        base.checkSlices();
        Scenario korea = new ScenarioLoader().load(REFERENCE).base();
        dev.hardground.model.Tenure odd = new dev.hardground.model.Tenure("ZZ", "nobody", Double.NaN, Double.NaN, true,
                false, dev.hardground.model.Stance.CHAMPION, false);
        assertThat(base.evaluate(korea, korea.asOf(), List.of(odd)).contributions()).isNotNull();
    }

    /**
     * Two worlds that the slices judge alike share one merge of their outputs, and the evaluation made of it: the second
     * world is still checked as a new evaluation would be, so a change naming a party it does not have fails there.
     */
    @Test
    void aWorldJudgedLikeAnEarlierOneStillFailsOnAChangeNamingAPartyItDoesNotHave(@TempDir Path dir) throws IOException {
        RuleBase base = withOnly(dir.resolve("rules"), """
                package extra
                import dev.hardground.model.Stance
                global dev.hardground.model.Ledger ledger

                rule "Korea turns hostile"
                    @factor(dynamics) @description("names Korea, whatever the world")
                    agenda-group "dynamics"
                when
                    String( this == "turn" )
                then
                    ledger.stance("KR", Stance.HOSTILE, "Korea turns");
                end
                """);
        assertThat(base.sliced()).isTrue();
        Scenario korea = new ScenarioLoader().load(REFERENCE).base();
        java.util.Map<String, dev.hardground.model.Party> noKorea = new java.util.LinkedHashMap<>(korea.parties());
        noKorea.remove("KR");
        Scenario japan = korea.withWorld(noKorea, korea.commitments());
        Evaluation first = base.evaluate(korea, korea.asOf(), List.of("turn"));
        assertThat(first.changes()).singleElement().satisfies(c -> assertThat(c.target()).isEqualTo("KR"));
        assertThat(base.evaluate(korea, korea.asOf(), List.of("turn"))).isEqualTo(first);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> base.evaluate(japan, japan.asOf(), List.of("turn")))
                .isInstanceOf(dev.hardground.model.InvalidInputException.class)
                .hasMessageContaining("names the unknown party 'KR' in ledger.stance");
    }

    /**
     * Two worlds whose event differs only in the order of its outcomes have equal events (a map's equality does not
     * see its order), but a rule that shows the outcomes shows them in their order: each world is judged as the
     * whole rule set judges it.
     */
    @Test
    void factsWhoseMapsHoldTheSameEntriesInAnotherOrderAreToldApart(@TempDir Path dir) throws IOException {
        RuleBase base = withExtra(dir.resolve("rules"), """
                package extra
                import dev.hardground.model.Event
                global dev.hardground.model.Ledger ledger

                rule "The election's outcomes"
                    @factor(linkage) @description("shows an event's outcomes")
                when
                    $e : Event( id == "kr-2024-legislative" )
                then
                    ledger.add(1, "outcomes " + $e.outcomes()); // test weight
                end
                """);
        assertThat(base.sliced()).isTrue();
        base.checkSlices();
        Scenario world = new ScenarioLoader().load(REFERENCE).base();
        List<dev.hardground.model.Event> reversed = new ArrayList<>();
        for (dev.hardground.model.Event e : world.events()) {
            java.util.Map<String, Double> outcomes = new java.util.LinkedHashMap<>();
            List<String> keys = new ArrayList<>(e.outcomes().keySet());
            java.util.Collections.reverse(keys);
            keys.forEach(k -> outcomes.put(k, e.outcomes().get(k)));
            reversed.add(new dev.hardground.model.Event(e.id(), e.date(), e.kind(), e.party(), e.decidesLeader(),
                    e.what(), outcomes, e.successorStance(), e.successor(), e.governmentSuccessorStance(), e.every(),
                    e.perYear()));
        }
        Scenario other = world.withEvents(reversed);
        assertThat(other.events()).isEqualTo(world.events());
        List<String> shown = new ArrayList<>();
        for (Scenario w : List.of(world, other)) {
            base.evaluate(w, w.asOf(), List.of()).contributions().stream()
                    .filter(c -> c.reason().startsWith("outcomes ")).forEach(c -> shown.add(c.reason()));
        }
        assertThat(shown).hasSize(2).doesNotHaveDuplicates();
    }

    /**
     * The slices are kept with the cached rule set: they are the slices the rules give, a later run reads them rather
     * than working them out from the rule files again, and judges as before; a kept plan made by other code, cut
     * short, naming a rule the rule set does not have or not a plan at all is worked out again and replaced.
     */
    @Test
    void theSlicesKeptWithTheCachedRulesAreReadByTheNextRunAndADamagedPlanIsMadeAgain(@TempDir Path cache)
            throws IOException, RuleSlices.StalePlan {
        Scenario reference = new ScenarioLoader().load(REFERENCE).base();
        SimulationOptions options = new SimulationOptions(300, 7, 2, null);
        RuleBase first = RuleBase.compile(Path.of("rules"), cache);
        assertThat(first.fromCache()).isFalse();
        SimulationResult made = new Simulator(first).run(reference, null, options);
        Path plan = only(cache, ".slices");
        String kept = Files.readString(plan);

        RuleCompiler.Loaded loaded = RuleCompiler.loaded(Files.readAllBytes(only(cache, ".jar")));
        List<String> texts = RuleFiles.read(Path.of("rules")).files().stream().map(RuleFiles.RuleFile::text).toList();
        RuleSlices worked = RuleSlices.of(loaded, texts, Evaluator.DYNAMICS, Evaluator.LEDGER);
        assertThat(kept).as("the kept plan is the slices the rules give")
                .isEqualTo(RuleSlices.plan(worked, Evaluator.DYNAMICS, Evaluator.LEDGER))
                .isEqualTo(RuleSlices.plan(RuleSlices.fromPlan(kept, loaded, Evaluator.DYNAMICS, Evaluator.LEDGER),
                        Evaluator.DYNAMICS, Evaluator.LEDGER))
                .contains("\nslice\n", "\nslice\tdynamics\n", "\nread\tdev.hardground.model.Today\tdate\n",
                        "\nread-whole\tdev.hardground.model.Commitment\n");

        RuleBase second = RuleBase.compile(Path.of("rules"), cache);
        assertThat(second.fromCache()).isTrue();
        second.checkSlices();
        assertThat(new Simulator(second).run(reference, null, options)).isEqualTo(made);

        Files.writeString(plan, RuleSlices.plan(null, Evaluator.DYNAMICS, Evaluator.LEDGER));
        assertThat(RuleBase.compile(Path.of("rules"), cache).sliced()).as("a kept plan is read, not worked out again")
                .isFalse();

        String header = kept.substring(0, kept.indexOf('\n'));
        List<String> damage = new ArrayList<>(List.of("", "not a plan\n",
                kept.substring(0, kept.lastIndexOf("\nend\t") + 1),
                kept.replace("\nread\tdev.hardground.model.Today\tdate\n", "\nread\tdev.hardground.model.Today\n"),
                kept.replaceFirst("\nread-whole\t", "\nread\t")));
        // Damage the plan's own checksum would not see (sealed again): each is still found and made again.
        for (String wrong : List.of(kept.replace(header, header.substring(0, header.lastIndexOf('\t')) + "\t0"),
                kept.replace("factors:An early deadline missed", "factors:A rule nobody wrote"),
                kept.replace("kind\tdev.hardground.model.Today", "kind\tdev.hardground.model.Tomorrow"),
                kept.replace("\nslice\n", "\nslices\n"),
                kept.replace("\norder\tfactors:An early deadline missed\n", "\n"),
                kept.replaceFirst("\n(order\t[^\n]*\n)", "\n$1$1"),
                kept.replaceFirst("\nread-whole\t([^\n]*)\n", "\nread-whole\t$1\tid\n"),
                kept.replaceFirst("\nslice\n", "\nrule\tfactors:An early deadline missed\nslice\n"))) {
            damage.add(wrong);
            damage.add(sealed(wrong));
        }
        for (String damaged : damage) {
            assertThat(damaged).isNotEqualTo(kept);
            Files.writeString(plan, damaged);
            RuleBase again = RuleBase.compile(Path.of("rules"), cache);
            assertThat(again.sliced()).as("plan %s", damaged.lines().limit(2).toList()).isTrue();
            again.checkSlices();
            assertThat(new Simulator(again).run(reference, null, options)).isEqualTo(made);
            assertThat(Files.readString(plan)).as("the damaged plan is replaced").isEqualTo(kept);
        }
    }

    /** {@code plan} with its last line replaced by the checksum of the lines before it, as a plan ends. */
    private static String sealed(String plan) {
        String body = plan.substring(0, plan.lastIndexOf("\nend\t") + 1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return body + "end\t" + Long.toHexString(crc.getValue()) + "\n";
    }

    private static Path only(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    /** The shipped rules copied to {@code dir} with {@code extras} added as rule files of their own, compiled. */
    /** The shipped settings and verdict rules with {@code extra}, and none of the factor, risk or dynamics rules. */
    private static RuleBase withOnly(Path dir, String extra) throws IOException {
        Files.createDirectories(dir);
        Files.copy(Path.of("rules/settings.drl"), dir.resolve("settings.drl"));
        Files.copy(Path.of("rules/verdict.drl"), dir.resolve("verdict.drl"));
        Files.writeString(dir.resolve("extra.drl"), extra);
        return RuleBase.compile(dir, null);
    }

    private static RuleBase withExtra(Path dir, String... extras) throws IOException {
        Path rules = TestFiles.copyTree(Path.of("rules"), dir);
        for (int i = 0; i < extras.length; i++) {
            Files.writeString(rules.resolve(extras.length == 1 ? "extra.drl" : "extra" + i + ".drl"), extras[i]);
        }
        return RuleBase.compile(rules, null);
    }
}
