package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.HazardLink;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a distributed run relies on: trials cut into any chunks, tallied apart, shipped as bytes and merged in
 * any order give exactly what one machine's run gives, survival, causes, paired deltas and rules used alike.
 */
class SimulatorPartsTest {
    static RuleBase rules;
    static List<Scenario> scenarios;
    static final List<String> LABELS = Arrays.asList(null, "no-japanese-money");
    static final SimulationOptions OPTIONS = new SimulationOptions(700, 11, 2, null);

    @BeforeAll
    static void referenceAndAVariant() {
        rules = RuleBase.compile(Path.of("rules"), RuleBase.defaultCacheDir());
        ScenarioFile file = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml"));
        scenarios = List.of(file.base(), file.resolve("no-japanese-money", List.of()));
    }

    @Test
    void chunksMergedInAnyOrderGiveTheWholeRunsResults() throws Exception {
        Simulator simulator = new Simulator(rules);
        SimulationRun whole = simulator.run(scenarios, LABELS, OPTIONS, n -> { });
        Simulator.Memory shared = new Simulator.Memory(2);
        Simulator.Part first = simulator.runTrials(scenarios, OPTIONS, 0, 123, shared);
        Simulator.Part second = simulator.runTrials(scenarios, OPTIONS, 123, 500);
        Simulator.Part third = shipped(simulator.runTrials(scenarios, OPTIONS, 500, 700, shared));

        Simulator.Part merged = third.merge(shipped(second)).merge(first);
        SimulationRun distributed = Simulator.finish(scenarios, LABELS, OPTIONS, merged, 0);

        assertThat(merged.trials()).isEqualTo(700);
        assertThat(distributed.results()).isEqualTo(whole.results());
        assertThat(distributed.deltas()).isEqualTo(whole.deltas());
        assertThat(distributed.rulesUsed()).isEqualTo(whole.rulesUsed()).isNotEmpty();
        assertThat(whole.results().get(1).survival().estimate()).isNotEqualTo(whole.results().get(0).survival().estimate());
    }

    @Test
    void aKeptBaselineGivesWhatSimulatingItAgainGivesOnAnyThreads() {
        Simulator simulator = new Simulator(rules);
        ScenarioFile file = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml"));
        List<Scenario> variants = file.variants().stream().map(v -> file.resolve(v.name(), List.of())).toList();
        List<String> labels = file.variants().stream().map(dev.hardground.model.Variant::name).toList();
        List<Scenario> all = new java.util.ArrayList<>(List.of(file.base()));
        all.addAll(variants);
        List<String> allLabels = new java.util.ArrayList<>(Arrays.asList((String) null));
        allLabels.addAll(labels);
        SimulationRun whole = simulator.run(all, allLabels, OPTIONS, n -> { });

        Simulator.Kept kept = simulator.keep(file.base(), OPTIONS);
        SimulationRun paired = simulator.run(kept, variants, labels, OPTIONS, n -> { });
        SimulationOptions oneThread = new SimulationOptions(OPTIONS.trials(), OPTIONS.seed(), 1, null);
        SimulationRun serial = simulator.run(simulator.keep(file.base(), oneThread), variants, labels, oneThread, n -> { });

        assertThat(variants).hasSizeGreaterThan(1);
        assertThat(paired.results()).isEqualTo(whole.results()).isEqualTo(serial.results());
        assertThat(paired.deltas()).isEqualTo(whole.deltas()).isEqualTo(serial.deltas());
        assertThat(paired.rulesUsed()).isEqualTo(whole.rulesUsed());
        assertThat(whole.deltas()).anyMatch(d -> d.estimate() != 0);
    }

    @Test
    void aKeptBaselineAgainstOtherOptionsIsSimulatedAfresh() {
        Simulator simulator = new Simulator(rules);
        Simulator.Kept kept = simulator.keep(scenarios.get(0), OPTIONS);
        SimulationOptions other = new SimulationOptions(OPTIONS.trials(), OPTIONS.seed() + 1, 2, null);
        SimulationRun paired = simulator.run(kept, scenarios.subList(1, 2), LABELS.subList(1, 2), other, n -> { });
        assertThat(paired.results()).isEqualTo(simulator.run(scenarios, LABELS, other, n -> { }).results());
    }

    @Test
    void aSharedMemoryRunsTheEngineLessAndChangesNothing() {
        Simulator simulator = new Simulator(rules);
        Simulator.Memory memory = new Simulator.Memory(2);
        Simulator.Part warm = simulator.runTrials(scenarios, OPTIONS, 0, 350, memory);
        Simulator.Part again = simulator.runTrials(scenarios, OPTIONS, 350, 700, memory);
        Simulator.Part cold = simulator.runTrials(scenarios, OPTIONS, 350, 700);

        assertThat(again.engineRuns).isLessThan(cold.engineRuns);
        SimulationRun a = Simulator.finish(scenarios, LABELS, OPTIONS, warm.merge(again), 0);
        SimulationRun b = Simulator.finish(scenarios, LABELS, OPTIONS,
                simulator.runTrials(scenarios, OPTIONS, 0, 350).merge(cold), 0);
        assertThat(a.results()).isEqualTo(b.results());
    }

    @Test
    void pathChunksJoinedInOrderAreTheWholeSetToTheLastBit() {
        Simulator simulator = new Simulator(rules);
        PathSet whole = simulator.paths(scenarios.get(0), OPTIONS);
        Simulator.Memory memory = new Simulator.Memory(1);
        PathSet joined = PathSet.concat(List.of(simulator.paths(scenarios.get(0), OPTIONS, 0, 250, memory),
                simulator.paths(scenarios.get(0), OPTIONS, 250, 251, memory),
                simulator.paths(scenarios.get(0), OPTIONS, 251, 700, memory)));

        assertThat(joined.size()).isEqualTo(700);
        java.time.LocalDate asOf = scenarios.get(0).asOf();
        List<java.time.LocalDate> days = List.of(asOf.plusYears(1), asOf.plusYears(3), scenarios.get(0).horizon());
        dev.hardground.model.Baseline baseline = new dev.hardground.model.Baseline(List.of(0.2, 0.07, 0.02));
        assertThat(joined.table(days, 3).survival(baseline, 1.2)).isEqualTo(whole.table(days, 3).survival(baseline, 1.2));
        assertThat(joined.ruleCollapseShare(scenarios.get(0).horizon()))
                .isEqualTo(whole.ruleCollapseShare(scenarios.get(0).horizon()));
        assertThat(joined.referenceClass()).isEqualTo(whole.referenceClass());
    }

    @Test
    void partsThatDoNotCoverEveryTrialAreRefused() {
        Simulator simulator = new Simulator(rules);
        Simulator.Part half = simulator.runTrials(scenarios, OPTIONS, 0, 350);

        assertThatThrownBy(() -> Simulator.finish(scenarios, LABELS, OPTIONS, half, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every trial");
        assertThatThrownBy(() -> simulator.runTrials(scenarios, OPTIONS, 600, 800))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    private static Simulator.Part shipped(Simulator.Part part) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(part);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Simulator.Part) in.readObject();
        }
    }
}
