package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background hazard by age in a simulation: scenarios with no events and no other rules, so the only risk
 * is the baseline. An agreement an armed group signed is "intrastate" (yearly hazard 0.30, then 0.10, then
 * 0.02); any other takes the link's flat 0.05. Survival to one year is 1 − 0.30 within Monte Carlo error.
 */
class AgeHazardTest {
    @TempDir
    static Path rulesDir;

    static RuleBase rules;

    @BeforeAll
    static void compile() throws IOException {
        Files.writeString(rulesDir.resolve("verdict.drl"), """
                package verdict;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "Flat link" when then ledger.hazardLink(0.05, 0.0); end
                rule "Intrastate baseline" when then ledger.baseline("intrastate", 0.30, 0.10, 0.02); end
                rule "Armed group: intrastate" when exists Party( kind == PartyKind.ARMED_GROUP ) then
                    ledger.referenceClass("intrastate");
                end
                """);
        rules = RuleBase.compile(rulesDir);
    }

    private static Scenario deal(boolean armedGroup) {
        return new ScenarioLoader().parse("deal.yaml", """
                id: deal
                asOf: 2001-01-01
                horizon: 2006-01-01
                agreement: { name: Deal, signed: 2001-01-01, parties: [G, R] }
                parties:
                  G: { leader: { name: President } }
                  R: { kind: %s, leader: { name: Commander } }
                """.formatted(armedGroup ? "armed-group" : "state")).base();
    }

    private static double survival(Scenario s, String until, int threads) {
        return new Simulator(rules).run(s, null, new SimulationOptions(20_000, 11, threads, LocalDate.parse(until)))
                .survival().estimate();
    }

    @Test
    void firstYearSurvivalIsOneMinusTheFirstYearHazardThenTheLaterRatesCompound() {
        Scenario s = deal(true);
        double sd = Math.sqrt(0.25 / 20_000);

        assertThat(survival(s, "2002-01-01", 2)).isCloseTo(0.70, within(4 * sd));
        assertThat(survival(s, "2003-01-01", 2)).isCloseTo(0.70 * 0.90, within(4 * sd));
        assertThat(survival(s, "2006-01-01", 2)).isCloseTo(0.70 * 0.90 * Math.pow(0.98, 3), within(4 * sd));
    }

    @Test
    void anEraTrendRaisesTheHazardOfEarlierAgreementsAndIsNotCarriedPastItsLastYear() throws IOException {
        Path dir = Files.createDirectories(rulesDir.resolve("trend"));
        Files.writeString(dir.resolve("verdict.drl"), Files.readString(rulesDir.resolve("verdict.drl"))
                .replace("ledger.baseline(\"intrastate\", 0.30, 0.10, 0.02)",
                        "ledger.baseline(\"intrastate\", 0.30, 0.10, 0.02, 0.0, -0.5, 1996)"));
        Simulator trended = new Simulator(RuleBase.compile(dir));
        double sd = Math.sqrt(0.25 / 20_000);
        java.util.function.Function<Scenario, Double> firstYear = s -> trended.run(s, null,
                new SimulationOptions(20_000, 11, 2, s.asOf().plusYears(1))).survival().estimate();

        Scenario in1986 = signedOn("1986-01-01");
        assertThat(firstYear.apply(in1986)).as("ten years before: 0.30 x e^0.5")
                .isCloseTo(1 - 0.30 * Math.exp(0.5), within(4 * sd));
        assertThat(firstYear.apply(signedOn("1996-01-01"))).isCloseTo(0.70, within(4 * sd));
        assertThat(firstYear.apply(deal(true))).as("2001, after the last year: the 1996 level").isCloseTo(0.70, within(4 * sd));
    }

    /** The armed-group deal of {@link #deal}, signed (and judged) on {@code day}. */
    private static Scenario signedOn(String day) {
        return new ScenarioLoader().parse("deal.yaml", """
                id: deal
                asOf: %1$s
                horizon: 2006-01-01
                agreement: { name: Deal, signed: %1$s, parties: [G, R] }
                parties:
                  G: { leader: { name: President } }
                  R: { kind: armed-group, leader: { name: Commander } }
                """.formatted(day)).base();
    }

    @Test
    void anAgreementInNoReferenceClassKeepsTheFlatLink() {
        assertThat(survival(deal(false), "2006-01-01", 2)).isCloseTo(Math.pow(0.95, 5), within(4 * Math.sqrt(0.25 / 20_000)));
    }

    @Test
    void sameSeedSameAnswerWhateverTheThreads() {
        assertThat(survival(deal(true), "2006-01-01", 1)).isEqualTo(survival(deal(true), "2006-01-01", 3));
    }

    @Test
    void theHazardStepsWhereTheAgreementTurnsOneAndTwo() {
        BackgroundHazard h = new BackgroundHazard(new dev.hardground.model.Baseline(List.of(0.3, 0.1, 0.02)), 0,
                LocalDate.of(2001, 6, 1));

        assertThat(h.pieces(LocalDate.of(2001, 7, 1), LocalDate.of(2004, 1, 1))).containsExactly(
                new BackgroundHazard.Piece(0, LocalDate.of(2001, 7, 1), LocalDate.of(2002, 6, 1)),
                new BackgroundHazard.Piece(1, LocalDate.of(2002, 6, 1), LocalDate.of(2003, 6, 1)),
                new BackgroundHazard.Piece(2, LocalDate.of(2003, 6, 1), LocalDate.of(2004, 1, 1)));
        assertThat(h.pieces(LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1))).hasSize(1);
        assertThat(h.rate(50, 0)).isCloseTo(-Math.log(0.7), within(1e-12));
    }

    @Test
    void aReferenceClassWithoutABaselineIsALocatedError() throws IOException {
        Path dir = rulesDir.resolveSibling(rulesDir.getFileName() + "-unknown");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("verdict.drl"), """
                package verdict;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "Armed group: civil war" when exists Party( kind == PartyKind.ARMED_GROUP ) then
                    ledger.referenceClass("civil-war");
                end
                """);
        RuleBase unknown = RuleBase.compile(dir);

        assertThatThrownBy(() -> unknown.score(deal(true))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("verdict.drl:4").hasMessageContaining("'civil-war', which no rule gives a baseline");
    }
}
