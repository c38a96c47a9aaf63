package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hardground.model.Event;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** backtest --without-scripted-collapses: what "the analyst's scripted collapses removed" means, exactly. */
class ScriptedCollapsesTest {
    private static final Scenario WRITTEN = new ScenarioLoader().parse("t.yaml", """
            id: t
            asOf: 2023-03-07
            agreement: { name: Deal, signed: 2023-03-06, parties: [A] }
            parties:
              A: { regime: democracy, leader: { name: Al, stance: supportive } }
            commitments:
              - { id: disarm, by: A, due: 2024-01-01, breachCollapse: 0.7, chance: 0.4 }
            events:
              - { id: vote, date: 2023-06-01, kind: shock, outcomes: { approved: 0.6, stalled: 0.2, collapse: 0.2 } }
              - { id: strike, date: 2023-07-01, kind: shock, outcomes: { collapse: 1.0 } }
              - { id: poll, date: 2023-08-01, kind: election, party: A, outcomes: { government-wins: 0.5, opposition-wins: 0.5 } }
            """).base();

    @Test
    void collapseOutcomesAreDroppedTheRestRescaledAndBreachesOnlyCostPoints() {
        Scenario s = ScriptedCollapses.removed(WRITTEN);

        Event vote = s.events().get(0);
        assertThat(vote.outcomes()).containsOnlyKeys("approved", "stalled");
        assertThat(vote.outcomes().get("approved")).isCloseTo(0.75, within(1e-12));
        assertThat(vote.outcomes().get("stalled")).isCloseTo(0.25, within(1e-12));
        assertThat(s.events().get(1).outcomes()).isEmpty();
        assertThat(s.events().get(2)).isEqualTo(WRITTEN.events().get(2));
        assertThat(s.commitments().get(0).breachCollapse()).isZero();
        assertThat(s.commitments().get(0).chance()).isEqualTo(0.4);
    }

    @Test
    void aScenarioWithoutScriptedCollapsesIsUnchanged() throws Exception {
        Scenario inf = new ScenarioLoader().load(Path.of("scenarios/history/1987-inf-treaty.yaml")).base();

        assertThat(ScriptedCollapses.removed(inf)).isEqualTo(inf);
    }
}
