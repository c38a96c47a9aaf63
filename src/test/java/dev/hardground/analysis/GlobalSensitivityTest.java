package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.InvalidInputException;
import dev.hardground.report.GlobalSensitivityReporter;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sensitivity --global} on the simulator, where the answer is known: two court rulings end the deal
 * with chances θ1 (wide range) and θ2 (narrow), so survival (1 − θ1)(1 − θ2) varies almost only with θ1.
 */
class GlobalSensitivityTest {
    @TempDir
    static Path rulesDir;
    static RuleBase rules;

    @BeforeAll
    static void rulesWithoutBackgroundHazard() throws Exception {
        Files.writeString(rulesDir.resolve("verdict.drl"), """
                package verdict;
                import dev.hardground.model.*;
                global Ledger ledger;
                rule "No background hazard"
                when
                then
                    ledger.hazardLink(0.0, 0.5);
                end
                """);
        Path dynamics = Files.createDirectories(rulesDir.resolve("dynamics"));
        try (var files = Files.list(Path.of("rules/dynamics"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dynamics.resolve(f.getFileName()));
            }
        }
        rules = RuleBase.compile(rulesDir);
    }

    private static Sensitivity.Base base(String c1, String c2) {
        String yaml = """
                id: courts
                asOf: 2023-03-07
                horizon: 2030-12-31
                agreement: { name: Deal, signed: 2023-03-06, parties: [KR] }
                parties:
                  KR: { leader: { name: A, since: 2022-05-10, stance: champion } }
                events:
                  - { id: c1, date: 2025-01-15, kind: court-ruling, outcomes: { collapse: %s, upheld: 0.7 } }
                  - { id: c2, date: 2026-01-15, kind: court-ruling, outcomes: { collapse: %s, upheld: 0.9 } }
                """.formatted(c1, c2);
        return new Sensitivity.Base(new ScenarioLoader().parse("courts.yaml", yaml), null, List.of());
    }

    @Test
    void theWideRangeMattersMostAndThePlainWordsSayWhatItsEndsDo() {
        GlobalSensitivity.Result r = GlobalSensitivity.run(rules, base("0.05 to 0.5", "0.1 to 0.12"), 200,
                new SimulationOptions(200, 3, 2, null), new SimulationOptions(4_000, 3, 2, null), n -> { });

        assertThat(r.rows()).extracting(row -> row.input().path())
                .containsExactly("events[c1].outcomes.collapse", "events[c2].outcomes.collapse");
        GlobalSensitivity.Row top = r.rows().get(0);
        assertThat(top.index().total()).isGreaterThan(0.8);
        assertThat(r.rows().get(1).index().total()).isLessThan(0.1);
        assertThat(top.survivalLow()).isGreaterThan(top.survivalHigh()); // more collapse at the high end
        assertThat(GlobalSensitivityReporter.summary(r)).startsWith(
                "Survival depends most on events[c1].outcomes.collapse (0.05 to 0.5): ");
        assertThat(r.sobol().evaluations()).isEqualTo(200 * 4);
    }

    @Test
    void sameSeedSameIndicesWhateverTheThreads() {
        var one = GlobalSensitivity.run(rules, base("0.05 to 0.5", "0.1 to 0.3"), 50,
                new SimulationOptions(50, 3, 1, null), new SimulationOptions(500, 3, 1, null), n -> { });
        var two = GlobalSensitivity.run(rules, base("0.05 to 0.5", "0.1 to 0.3"), 50,
                new SimulationOptions(50, 3, 2, null), new SimulationOptions(500, 3, 2, null), n -> { });
        assertThat(GlobalSensitivityReporter.json(one, "h")).isEqualTo(GlobalSensitivityReporter.json(two, "h"));
    }

    @Test
    void aScenarioWithoutRangesIsALocatedError() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> GlobalSensitivity.run(rules,
                base("0.3", "0.1"), 50, new SimulationOptions(10, 3, 1, null), new SimulationOptions(10, 3, 1, null),
                n -> { }));
        assertThat(e.diagnostics().get(0).headline()).isEqualTo("courts.yaml:1:1: error: sensitivity --global needs"
                + " ranged inputs (a probability written as LOW to HIGH or { beta: [a, b] }); this scenario has none");
    }
}
