package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Back-test scores on small, hand-checkable case sets, and the fit's behaviour on the history set. */
class BacktestTest {
    static RuleBase rules;

    @BeforeAll
    static void compile() {
        rules = RuleBase.compile(Path.of("rules"));
    }

    /** A case whose only risk is a certain collapse, or none at all: its survival is 0 or exp(-hazard·years). */
    private static Scenario historical(String id, String status, boolean doomed) {
        return new ScenarioLoader().parse(id + ".yaml", """
                id: %s
                asOf: 2010-01-01
                horizon: 2015-01-01
                agreement: { name: Deal, signed: 2010-01-01, parties: [A] }
                parties:
                  A: { leader: { name: Ann } }
                events:
                %s
                outcome: { status: %s, date: 2015-01-01 }
                """.formatted(id, doomed ? "  - { id: war, date: 2011-01-01, kind: shock, outcomes: { collapse: 1.0 } }" : "  []",
                status)).base();
    }

    @Test
    void scoresMatchTheirDefinitionsOnHandCheckableCases() {
        List<Scenario> scenarios = List.of(historical("a", "survived", false), historical("b", "collapsed", true),
                historical("c", "collapsed", false));
        List<Backtest.Case> cases = Backtest.cases(rules, scenarios, List.of("a", "b", "c"),
                new SimulationOptions(200, 1, 2, null), n -> { });

        Backtest.Scores s = Backtest.score(cases, new HazardModel(0.1, 0.0, java.util.Map.of()));

        double years = dev.hardground.model.Today.years(java.time.LocalDate.of(2010, 1, 1), java.time.LocalDate.of(2015, 1, 1));
        double calm = Math.exp(years * Math.log(1 - 0.1)); // five years at a 10% hazard
        assertThat(s.forecasts()).extracting(Backtest.Forecast::predicted)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                .containsExactlyInAnyOrder(calm, 0.0, calm);
        double brier = ((1 - calm) * (1 - calm) + 0 + calm * calm) / 3;
        assertThat(s.brier()).isCloseTo(brier, within(1e-12));
        assertThat(s.baseRate()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.brierBaseRate()).isCloseTo(2 / 9.0, within(1e-12));
        assertThat(s.skill()).isCloseTo(1 - brier / (2 / 9.0), within(1e-12));
        assertThat(s.auc()).isEqualTo(0.75); // beats the doomed case, ties the calm collapsed one
        assertThat(s.forecasts().get(0).source().file()).isEqualTo("c"); // worst first
        assertThat(s.calibration()).extracting(Backtest.Bin::count).containsExactly(1, 0, 2, 0, 0);
    }

    /** A case censored two years after signing: in force at 1 and 2 years, unknown at 5 and at its horizon. */
    @Test
    void aCensoredCaseCountsAsInForceUntilItsDateAndUnknownAfter() {
        Scenario censored = new ScenarioLoader().parse("d.yaml", """
                id: d
                asOf: 2010-01-01
                horizon: 2015-01-01
                agreement: { name: Deal, signed: 2010-01-01, parties: [A] }
                parties:
                  A: { leader: { name: Ann } }
                outcome: { status: censored, date: 2012-01-01 }
                """).base();
        List<Scenario> scenarios = List.of(historical("a", "survived", false), historical("b", "collapsed", true),
                historical("c", "collapsed", false), censored);
        List<Backtest.Case> cases = Backtest.cases(rules, scenarios, List.of("a", "b", "c", "d"),
                new SimulationOptions(100, 1, 2, null), n -> { });

        Backtest.Scores s = Backtest.score(cases, new HazardModel(0.1, 0.0, java.util.Map.of()));

        assertThat(s.censored()).isEqualTo(1);
        assertThat(s.forecasts()).extracting(f -> f.source().file()).doesNotContain("d");
        assertThat(s.survival().cases()).isEqualTo(4);
        assertThat(s.survival().brierAt()).extracting(SurvivalMetrics.BrierAt::cases).containsExactly(4, 4, 3);
        // b and c are dated 2015-01-01, at their horizon; a is in force then (at risk at that time), d censored before
        assertThat(s.survival().collapsed()).isEqualTo(2);
        assertThat(s.survival().curve().get(0).kaplanMeier()).isEqualTo(1.0);
        assertThat(s.survival().curve().get(2).kaplanMeier()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void fittingTheHazardOnTheHistoryCasesKeepsItsLeaveOneOutSkill() {
        ScenarioLoader loader = new ScenarioLoader();
        List<Path> files;
        try (var walk = java.nio.file.Files.list(Path.of("scenarios/history"))) {
            files = walk.sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Scenario> scenarios = files.stream().map(f -> loader.load(f).base()).toList();
        List<Backtest.Case> cases = Backtest.cases(rules, scenarios, files.stream().map(Path::toString).toList(),
                new SimulationOptions(300, 20230306L, 2, null), n -> { });
        HazardModel prior = new HazardModel(0.10, 0.5, rules.settings().baselines());

        HazardFit.Result fit = HazardFit.fit(cases, prior);
        Validation.Result loo = Validation.folds(cases, fit.hazard(), cases.size(), 1);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Backtest.score(cases, fit.hazard()).logLoss()).isLessThanOrEqualTo(Backtest.score(cases, prior).logLoss() + 0.01);
        assertThat(fit.hazard().base()).isBetween(HazardFit.BASE_MIN, HazardFit.BASE_MAX);
        assertThat(fit.hazard().slope()).isBetween(0.0, HazardFit.SLOPE_MAX);
        assertThat(fit.parameters()).extracting(HazardFit.Parameter::name).containsExactly("base", "slope");
        assertThat(fit.parameters()).allSatisfy(p -> assertThat(p.value()).isBetween(p.low(), p.high()));
        assertThat(loo.method()).isEqualTo("leave-one-out");
        assertThat(loo.scores().skill()).isGreaterThanOrEqualTo(0.35);
    }
}
