package dev.hardground.analysis;

import dev.hardground.scenario.ScenarioLoader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleDiffTest {

    @Test
    void anEditedRuleShowsAsChangedScoresAndVerdicts(@TempDir Path work) {
        RuleBase before = RuleBase.compile(BatchFixtures.rules(work.resolve("old")));
        Path edited = BatchFixtures.write(work.resolve("new/rules/fixture.drl"),
                BatchFixtures.RULES.replace("ledger.add(20, \"ratified", "ledger.add(5, \"ratified"));
        RuleBase after = RuleBase.compile(edited.getParent());
        BatchFixtures.write(work.resolve("s/passing.yaml"), BatchFixtures.PASSING);
        BatchFixtures.write(work.resolve("s/broken.yaml"), BatchFixtures.BROKEN);

        List<RuleDiff.Row> rows = RuleDiff.compare(after, before, BatchInputs.expand(List.of("s"), work), new ScenarioLoader());

        assertThat(rows).extracting(RuleDiff.Row::label, RuleDiff.Row::error).containsExactly(
                tuple("broken", true), tuple("passing", false), tuple("passing [unratified]", false));
        RuleDiff.Row changed = rows.get(1);
        assertThat(List.of(changed.before(), changed.after())).containsExactly(70.0, 55.0);
        assertThat(List.of(changed.verdictBefore(), changed.verdictAfter())).containsExactly(Verdict.DURABLE, Verdict.FRAGILE);
        assertThat(changed.delta()).isEqualTo(-15.0);
        assertThat(changed.changed(0)).isTrue();
        assertThat(rows.get(2).changed(0)).as("the unratified variant does not meet the edited rule").isFalse();
    }

    @Test
    void aThresholdIgnoresSmallScoreChangesButNeverAVerdictChange() {
        RuleDiff.Row small = new RuleDiff.Row("s", null, "f", 50.0, Verdict.FRAGILE, 52.0, Verdict.FRAGILE, List.of());
        RuleDiff.Row across = new RuleDiff.Row("s", null, "f", 64.5, Verdict.FRAGILE, 65.0, Verdict.DURABLE, List.of());

        assertThat(small.changed(0)).isTrue();
        assertThat(small.changed(2)).isTrue();
        assertThat(small.changed(2.5)).isFalse();
        assertThat(across.changed(10)).isTrue();
    }
}
