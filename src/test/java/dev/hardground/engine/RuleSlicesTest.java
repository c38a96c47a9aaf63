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
            Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("r" + extra.hashCode()));
            Files.writeString(rules.resolve("extra.drl"), extra);
            RuleBase base = RuleBase.compile(rules, null);
            assertThat(base.sliced()).isFalse();
            Evaluation e = base.evaluate(reference, reference.asOf(), List.of());
            assertThat(e.contributions()).anyMatch(c -> c.reason().equals("an extra point"));
        }
        RuleBase shipped = RuleBase.compile(TestFiles.copyTree(Path.of("rules"), dir.resolve("plain")), null);
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
            Path rules = TestFiles.copyTree(Path.of("rules"), dir.resolve("r" + extra.hashCode()));
            Files.writeString(rules.resolve("extra.drl"), extra);
            RuleBase base = RuleBase.compile(rules, null);
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
}
