package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.engine.RuleBase;
import dev.hardground.scenario.Assignment;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationResult;
import dev.hardground.simulate.Simulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What-if, sweep and break-even over common random numbers, on the shipped rules and reference scenario. */
class WhatIfSensitivityTest {
    private static final String JP_FIRMS = "commitments[jp-firms-contribute].chance";
    private static final SimulationOptions OPTIONS = new SimulationOptions(1_500, 17, 2, null);

    static RuleBase rules;
    static ScenarioFile reference;

    @BeforeAll
    static void load() {
        rules = RuleBase.compile(Path.of("rules"));
        reference = new ScenarioLoader().load(Path.of("scenarios/japan-korea-2023.yaml"));
    }

    private static Sensitivity.Base base() {
        return new Sensitivity.Base(reference, null, List.of());
    }

    @Test
    void raisingTheChanceThatJapaneseFirmsPayNeverLowersSurvival() {
        List<Sensitivity.SweepPoint> points = Sensitivity.sweep(rules, base(), JP_FIRMS, 0, 1, 0.25, OPTIONS, n -> { });

        assertThat(points).hasSize(5);
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).survival().estimate()).isGreaterThanOrEqualTo(points.get(i - 1).survival().estimate());
            assertThat(points.get(i).evaluation().score()).isGreaterThanOrEqualTo(points.get(i - 1).evaluation().score());
        }
        assertThat(points.get(4).survival().estimate()).isGreaterThan(points.get(0).survival().estimate());
    }

    @Test
    void sweepEndPointsEqualTheMatchingSetRuns() {
        List<Sensitivity.SweepPoint> points = Sensitivity.sweep(rules, base(), JP_FIRMS, 0.2, 0.8, 0.3, OPTIONS, n -> { });
        Simulator simulator = new Simulator(rules);

        SimulationResult low = simulator.run(reference.resolve(null, List.of(new Assignment(JP_FIRMS, "0.2"))), null, OPTIONS);
        SimulationResult high = simulator.run(reference.resolve(null, List.of(new Assignment(JP_FIRMS, "0.8"))), null, OPTIONS);

        assertThat(points.get(0).survival()).isEqualTo(low.survival());
        assertThat(points.get(points.size() - 1).survival()).isEqualTo(high.survival());
        assertThat(points.get(points.size() - 1).value()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void breakEvenValuesFedBackWithSetFlipTheVerdict() {
        // The reference moved near the durable threshold (61.6 against 60), so that single inputs can flip it.
        List<Assignment> near = List.of(new Assignment("parties.KR.leader.stance", "supportive"),
                new Assignment("parties.JP.leader.approvalTrend", "flat"));
        var baseline = rules.score(reference.resolve(null, near)).verdict();

        List<BreakEven.Finding> findings = BreakEven.find(rules, new Sensitivity.Base(reference, null, near),
                new SimulationOptions(400, 3, 2, null));

        List<BreakEven.Finding> flips = findings.stream().filter(f -> f.verdictFlip() != null).toList();
        assertThat(flips).isNotEmpty();
        for (BreakEven.Finding f : flips) {
            var set = new java.util.ArrayList<>(near);
            set.add(new Assignment(f.input().path(), Swing.format(f.verdictFlip())));
            var flipped = rules.score(reference.resolve(null, set)).verdict();
            assertThat(flipped).as(f.input().path()).isNotEqualTo(baseline).isEqualTo(f.flippedTo());
        }
    }

    @Test
    void theTornadoRanksInputsBySwingAndKeepsTheBaselineFutures() {
        Sensitivity.Result r = Sensitivity.tornado(rules, base(), new SimulationOptions(600, 5, 2, null), n -> { });

        assertThat(r.rows()).extracting(row -> row.input().path()).contains(JP_FIRMS, "parties.KR.earlyExitChance");
        for (int i = 1; i < r.rows().size(); i++) {
            assertThat(r.rows().get(i).swing()).isLessThanOrEqualTo(r.rows().get(i - 1).swing());
        }
        SimulationResult alone = new Simulator(rules).run(reference.base(), null, new SimulationOptions(600, 5, 2, null));
        assertThat(r.baselineSurvival()).isEqualTo(alone.survival());
    }

    @Test
    void aWhatIfIdenticalToTheBaselineHasDeltasOfExactlyZero() {
        var specs = List.of(new WhatIf.Spec("same", null, List.of(new Assignment(JP_FIRMS, "0.35"))),
                new WhatIf.Spec("no-japanese-money", "no-japanese-money", List.of()));

        WhatIf.Result r = WhatIf.compare(rules, reference, specs, OPTIONS, n -> { });

        assertThat(r.variants().get(0).deltaScore()).isZero();
        assertThat(r.variants().get(0).deltaSurvival().estimate()).isZero();
        assertThat(r.variants().get(0).deltaSurvival().low()).isZero();
        assertThat(r.variants().get(0).deltaSurvival().high()).isZero();
        assertThat(r.variants().get(1).deltaScore()).isNegative();
        assertThat(r.variants().get(1).deltaSurvival().estimate()).isLessThanOrEqualTo(0);
    }
}
