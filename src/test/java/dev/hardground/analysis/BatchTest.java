package dev.hardground.analysis;

import dev.hardground.scenario.ScenarioLoader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.engine.RuleBase;
import dev.hardground.engine.RuleSite;
import dev.hardground.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    static Path dir;

    static RuleBase rules;

    @BeforeAll
    static void compile() {
        rules = RuleBase.compile(BatchFixtures.rules(dir));
    }

    private static BatchResult run(Path workingDir, String... paths) {
        return new Batch(rules, new Batch.Options(200, 1, 2), new ScenarioLoader()).run(BatchInputs.expand(List.of(paths), workingDir));
    }

    @Test
    void eachScenarioAndVariantIsARowWithItsStatusAndExpectedAgainstActual(@TempDir Path work) {
        BatchFixtures.write(work.resolve("a/treaty.yaml"), BatchFixtures.PASSING_WITH_FAILING_VARIANT);
        BatchFixtures.write(work.resolve("b/deal.yaml"), BatchFixtures.FAILING);

        BatchResult result = run(work, ".");

        assertThat(result.rows()).extracting(BatchRow::label, BatchRow::status, BatchRow::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple("treaty", BatchStatus.PASSED, "a/treaty.yaml"),
                org.assertj.core.groups.Tuple.tuple("treaty [unratified]", BatchStatus.FAILED, "a/treaty.yaml"),
                org.assertj.core.groups.Tuple.tuple("deal", BatchStatus.FAILED, "b/deal.yaml"));
        BatchRow base = result.rows().get(0);
        assertThat(base.score()).isEqualTo(70.0);
        assertThat(base.verdict()).isEqualTo(Verdict.DURABLE);
        assertThat(base.survival().estimate()).as("simulated because survival is expected").isEqualTo(1.0);
        assertThat(result.rows().get(1).survival()).as("no survival expectation, no simulation").isNull();
        assertThat(result.rows().get(1).messages()).containsExactly("verdict: expected durable, actual fragile (score 50.0)");
        assertThat(result.rows().get(2).messages()).containsExactly(
                "verdict: expected durable, actual fragile (score 50.0)", "score: expected at least 60, actual 50.0");
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.passed()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.errors()).isZero();
    }

    @Test
    void aBrokenFileIsAnErrorRowWithItsDiagnosticsAndTheOthersAreStillScored(@TempDir Path work) {
        BatchFixtures.write(work.resolve("broken.yaml"), BatchFixtures.BROKEN);
        BatchFixtures.write(work.resolve("passing.yaml"), BatchFixtures.PASSING);
        BatchFixtures.write(work.resolve("bad-variant.yml"), BatchFixtures.scenario("bad-variant", true, """
                variants:
                  typo:
                    set: { agreement.ratifed: false }
                """));

        BatchResult result = run(work, ".", "missing.yaml");

        assertThat(result.rows()).extracting(BatchRow::label, BatchRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("missing.yaml", BatchStatus.ERROR),
                org.assertj.core.groups.Tuple.tuple("bad-variant", BatchStatus.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("bad-variant [typo]", BatchStatus.ERROR),
                org.assertj.core.groups.Tuple.tuple("broken", BatchStatus.ERROR),
                org.assertj.core.groups.Tuple.tuple("passing", BatchStatus.PASSED),
                org.assertj.core.groups.Tuple.tuple("passing [unratified]", BatchStatus.PASSED));
        BatchRow broken = result.rows().get(3);
        assertThat(broken.file()).isEqualTo("broken.yaml");
        assertThat(broken.diagnostics()).isNotEmpty();
        assertThat(broken.diagnostics().get(0).line()).isEqualTo(2);
        assertThat(broken.messages().get(0)).contains("broken.yaml:2:1: error: unknown key 'asOff'");
        assertThat(result.rows().get(0).messages()).containsExactly("missing.yaml:1:1: error: no such file or directory");
        assertThat(result.errors()).isEqualTo(3);
    }

    @Test
    void aScenarioOrVariantWithoutExpectationsIsSkippedNotPassedAndNamesTheLineOfItsExpectBlock(@TempDir Path work) {
        BatchFixtures.write(work.resolve("open.yaml"), BatchFixtures.scenario("open", true, """
                variants:
                  checked:
                    set: { agreement.ratified: false }
                    expect: { verdict: fragile }
                  unchecked:
                    set: { agreement.ratified: false }
                """));

        BatchResult result = run(work, "open.yaml");

        assertThat(result.rows()).extracting(BatchRow::label, BatchRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("open", BatchStatus.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("open [checked]", BatchStatus.PASSED),
                org.assertj.core.groups.Tuple.tuple("open [unchecked]", BatchStatus.SKIPPED));
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.passed()).isEqualTo(1);
        assertThat(result.rows().get(0).messages()).containsExactly(Batch.NOTHING_EXPECTED);
        assertThat(result.rows().get(0).score()).as("still scored").isNotNull();
        // the fixture's header takes lines 1-7, then variants: 8, checked: 9, set: 10, expect: 11, unchecked: 12
        assertThat(result.rows().get(1).line()).as("the variant's expect: line").isEqualTo(11);
        assertThat(result.rows().get(2).line()).as("the variant's own line").isEqualTo(12);
        assertThat(result.rows().get(0).line()).as("no expect: block, first line").isEqualTo(1);
    }

    @Test
    void coverageListsTheRuleThatNeverFiredWithItsFileAndLine(@TempDir Path work) {
        BatchFixtures.write(work.resolve("passing.yaml"), BatchFixtures.PASSING);

        RuleCoverage.Summary coverage = run(work, "passing.yaml").coverage();

        assertThat(coverage.rules()).isEqualTo(3);
        assertThat(coverage.fired()).extracting(RuleSite::name).containsExactly("Thresholds", "Ratified");
        assertThat(coverage.neverFired()).extracting(RuleSite::name, RuleSite::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Never fires",
                        dir.resolve("rules/fixture.drl") + ":23"));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount(@TempDir Path work) {
        for (int i = 0; i < 6; i++) {
            BatchFixtures.write(work.resolve("s" + i + ".yaml"), i % 2 == 0 ? BatchFixtures.PASSING : BatchFixtures.FAILING);
        }
        BatchInputs inputs = BatchInputs.expand(List.of("."), work);

        BatchResult one = new Batch(rules, new Batch.Options(300, 5, 1), new ScenarioLoader()).run(inputs);
        BatchResult three = new Batch(rules, new Batch.Options(300, 5, 3), new ScenarioLoader()).run(inputs);

        assertThat(three.rows()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("seconds")
                .isEqualTo(one.rows());
        assertThat(three.coverage()).isEqualTo(one.coverage());
    }
}
