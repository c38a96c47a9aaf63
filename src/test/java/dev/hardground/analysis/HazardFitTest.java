package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.OutcomeStatus;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fit recovers known parameters: 450 synthetic intrastate agreements whose score is 40, 50 or 60 (one rule
 * reads the public support), with collapse times drawn from a known hazard — yearly 0.30, 0.10, then 0.03 at
 * a score of 50, slope 1.0 — and cut off at five years.
 */
class HazardFitTest {
    private static final double[] TRUE_BASELINE = {0.30, 0.10, 0.03};
    private static final double TRUE_SLOPE = 1.0;

    @TempDir
    static Path rulesDir;

    static RuleBase rules;

    @BeforeAll
    static void compile() throws IOException {
        Files.writeString(rulesDir.resolve("verdict.drl"), """
                package verdict;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "Link" when then ledger.hazardLink(0.1, 0.5); end
                rule "Intrastate" when then ledger.baseline("intrastate", 0.23, 0.07, 0.02); end
                rule "Armed group" when exists Party( kind == PartyKind.ARMED_GROUP ) then
                    ledger.referenceClass("intrastate");
                end
                rule "Support" when Party( $s: publicSupport != null ) then
                    ledger.add(($s.doubleValue() - 0.5) * 40, "support");
                end
                """);
        rules = RuleBase.compile(rulesDir);
    }

    private static List<Scenario> synthetic(int n, long seed) {
        return synthetic(n, seed, 7, 0.0, 0);
    }

    /**
     * {@code n} agreements signed every {@code stepDays} from 1980, whose level of hazard changes by
     * {@code trend} (log, per decade of signing year) up to {@code last}, when it is TRUE_BASELINE.
     */
    private static List<Scenario> synthetic(int n, long seed, int stepDays, double trend, int last) {
        Random random = new Random(seed);
        ScenarioLoader loader = new ScenarioLoader();
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double support = new double[] {0.25, 0.5, 0.75}[i % 3];
            double score = 50 + (support - 0.5) * 40;
            LocalDate signed = LocalDate.of(1980, 1, 1).plusDays((long) stepDays * i);
            double era = trend == 0 ? 1 : Math.exp(trend * (Math.min(signed.getYear(), last) - last) / 10.0);
            double clock = -Math.log(1 - random.nextDouble());
            double t = Double.POSITIVE_INFINITY;
            double spent = 0;
            for (int year = 0; year < 5 && Double.isInfinite(t); year++) {
                double h = era * TRUE_BASELINE[Math.min(year, 2)] * Math.exp(-TRUE_SLOPE * (score - 50) / 10);
                double rate = -Math.log(1 - Math.min(h, 0.999999));
                if (spent + rate >= clock) {
                    t = year + (clock - spent) / rate;
                }
                spent += rate;
            }
            LocalDate horizon = signed.plusYears(5);
            String outcome = Double.isInfinite(t) ? "{ status: survived, date: " + horizon + " }"
                    : "{ status: collapsed, date: " + signed.plusDays((long) Math.floor(t * 365.25)) + " }";
            out.add(loader.parse("s" + i + ".yaml", """
                    id: s%d
                    asOf: %s
                    horizon: %s
                    agreement: { name: Deal, signed: %s, parties: [G, R] }
                    parties:
                      G: { leader: { name: President }, publicSupport: %s }
                      R: { kind: armed-group, leader: { name: Commander } }
                    outcome: %s
                    """.formatted(i, signed, horizon, signed, support, outcome)).base());
        }
        return out;
    }

    @Test
    void recoversTheBaselineByAgeAndTheSlopeWithinTheirIntervals() {
        List<Scenario> scenarios = synthetic(450, 5);
        List<Backtest.Case> cases = Backtest.cases(rules, scenarios, scenarios.stream().map(Scenario::id).toList(),
                new SimulationOptions(1, 1, 2, null), n -> { });

        HazardFit.Result fit = HazardFit.fit(cases, HazardModel.of(rules.settings()));

        Map<String, HazardFit.Parameter> p = fit.parameters().stream()
                .collect(Collectors.toMap(HazardFit.Parameter::name, Function.identity()));
        assertThat(p).doesNotContainKeys("base", "slope"); // no case outside the class: the link is not fitted
        assertThat(p.get("intrastate.slope").value()).isCloseTo(TRUE_SLOPE, within(0.3));
        assertThat(p.get("intrastate.firstYear").value()).isCloseTo(TRUE_BASELINE[0], within(0.06));
        assertThat(p.get("intrastate.secondYear").value()).isCloseTo(TRUE_BASELINE[1], within(0.04));
        assertThat(p.get("intrastate.later").value()).isCloseTo(TRUE_BASELINE[2], within(0.02));
        assertThat(p.get("intrastate.slope").low()).isLessThan(TRUE_SLOPE);
        assertThat(p.get("intrastate.slope").high()).isGreaterThan(TRUE_SLOPE);
        assertThat(p.get("intrastate.firstYear").low()).isLessThan(TRUE_BASELINE[0]);
        assertThat(p.get("intrastate.firstYear").high()).isGreaterThan(TRUE_BASELINE[0]);
        assertThat(fit.hazard().base()).isEqualTo(0.1);
        assertThat(fit.hazard().slope()).isEqualTo(0.5);
    }

    @Test
    void anEraTrendTheRulesNameIsFittedAndHeldFromTheLatestSigningYear() throws IOException {
        Path dir = Files.createDirectories(rulesDir.resolve("trend"));
        Files.writeString(dir.resolve("verdict.drl"), Files.readString(rulesDir.resolve("verdict.drl"))
                .replace("ledger.baseline(\"intrastate\", 0.23, 0.07, 0.02)",
                        "ledger.baseline(\"intrastate\", 0.23, 0.07, 0.02, 0.5, 0.0, 2000)"));
        RuleBase trended = RuleBase.compile(dir);
        // Signed 1980-2002, the level falling by 0.4 a decade all along (steeper trends push the worst early
        // cases into the cap of an annual hazard at 1, where they stop informing the fit).
        List<Scenario> scenarios = synthetic(600, 7, 14, -0.4, 2002);
        List<Backtest.Case> cases = Backtest.cases(trended, scenarios, scenarios.stream().map(Scenario::id).toList(),
                new SimulationOptions(1, 1, 2, null), n -> { });

        HazardFit.Result fit = HazardFit.fit(cases, HazardModel.of(trended.settings()));

        Map<String, HazardFit.Parameter> p = fit.parameters().stream()
                .collect(Collectors.toMap(HazardFit.Parameter::name, Function.identity()));
        assertThat(p.get("intrastate.trend").value()).isCloseTo(-0.4, within(0.2));
        assertThat(p.get("intrastate.trend").low()).isLessThan(-0.4);
        assertThat(p.get("intrastate.trend").high()).isGreaterThan(-0.4).isLessThan(0);
        assertThat(fit.hazard().baseline("intrastate").trend().last()).as("the latest signing year").isEqualTo(2002);
        double earliest = fit.hazard().baseline("intrastate").at(1980).annual(0);
        double latest = fit.hazard().baseline("intrastate").at(2002).annual(0);
        assertThat(latest).as("the level of the last year").isCloseTo(TRUE_BASELINE[0], within(0.08));
        assertThat(earliest / latest).as("1980's level against 2002's: e^(0.4 x 2.2) = 2.4").isGreaterThan(1.6);
        assertThat(fit.hazard().baseline("intrastate").at(2030).byYear())
                .as("not extrapolated past the last year").isEqualTo(fit.hazard().baseline("intrastate").at(2002).byYear());
    }

    @Test
    void crossValidationIsDeterministicForASeedAndScoresEveryCaseOnce() {
        List<Scenario> scenarios = synthetic(60, 9);
        List<Backtest.Case> cases = Backtest.cases(rules, scenarios, scenarios.stream().map(Scenario::id).toList(),
                new SimulationOptions(1, 1, 2, null), n -> { });
        HazardModel start = HazardModel.of(rules.settings());

        Validation.Result a = Validation.folds(cases, start, 5, 42);
        Validation.Result b = Validation.folds(cases, start, 5, 42);

        assertThat(a.method()).isEqualTo("5-fold");
        assertThat(a.scores().forecasts()).hasSize(60);
        assertThat(a.scores().brier()).isEqualTo(b.scores().brier());
        assertThat(a.scores().survival().cIndex()).isEqualTo(b.scores().survival().cIndex());
        assertThat(cases).allMatch(c -> c.status() != OutcomeStatus.CENSORED);
    }

    @Test
    void outOfTimeFitsOnTheEarlierAgreementsAndScoresTheLaterOnes() {
        List<Scenario> scenarios = synthetic(90, 3); // signed weekly from 1980: the last ones in 1981
        List<Backtest.Case> cases = Backtest.cases(rules, scenarios, scenarios.stream().map(Scenario::id).toList(),
                new SimulationOptions(1, 1, 2, null), n -> { });

        Validation.OutOfTime v = Validation.outOfTime(cases, HazardModel.of(rules.settings()), 1980);

        long earlier = cases.stream().filter(c -> c.signed().getYear() <= 1980).count();
        assertThat(v.fit().cases()).isEqualTo((int) earlier);
        assertThat(v.later().survival().cases()).isEqualTo(cases.size() - (int) earlier);
    }
}
