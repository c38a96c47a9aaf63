package dev.hardground.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.simulate.CollapseAnatomy;
import dev.hardground.simulate.InputSpread;
import dev.hardground.simulate.Interval;
import dev.hardground.simulate.SimulationResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The opening paragraph in plain words, from whichever figures a command already has. */
class KeyInputsTest {
    private static final LocalDate HORIZON = LocalDate.of(2030, 12, 31);

    private static SimulationResult sim(InputSpread inputs) {
        return new SimulationResult(null, null, 1000, 1, HORIZON, new Interval(0.6, 0.57, 0.63), List.of(), null,
                List.of(), inputs);
    }

    @Test
    void theTornadoNamesTheTwoInputsThatMoveSurvivalMostWithSurvivalAtTheirEnds() {
        List<TornadoRow> tornado = List.of(
                new TornadoRow("parties.KR.leader.approval", "0.15", "0.55", 0.6, 0.6, 0.6, 2000),
                new TornadoRow("commitments[jp-firms-contribute].chance", "0.0", "1.0", 0.49, 0.64, 0.6, 2000),
                new TornadoRow("parties.KR.earlyExitChance", "0.0", "0.23", 0.66, 0.55, 0.6, 2000));

        String text = KeyInputs.paragraph(sim(null), tornado, null);

        assertThat(text).isEqualTo("Survival to 2030-12-31 is 60.0%. It depends most on jp-firms-contribute chance:"
                + " 49.0% at 0.0, 64.0% at 1.0; then on KR early exit chance (66.0% at 0.0, 55.0% at 0.23).");
    }

    @Test
    void rangedInputsAreNamedFromTheirDrawsWhenThereIsNoTornado() {
        InputSpread spread = new InputSpread(40, 0.5, 0.7, List.of(), List.of(
                new InputSpread.Driver("commitments[pay].chance", "0.2 to 0.5", 0.8, 0.52, 0.69),
                new InputSpread.Driver("parties.KR.publicSupport", "0.3 to 0.4", 0.1, 0.6, 0.61)));

        assertThat(KeyInputs.paragraph(sim(spread), List.of(), null)).isEqualTo("Survival to 2030-12-31 is 60.0%. It"
                + " depends most on commitments[pay].chance (0.2 to 0.5): 69.0% in the draws where it was highest, 52.0%"
                + " where it was lowest (quarters of 40 input draws; sensitivity --global ranks them properly).");
    }

    @Test
    void withOnlyTheAnatomyItSaysWhatWentWithSurvivalAmongTheFuturesThatSawEachOutcome() {
        // 400 collapsed, 600 survived: the commitment was kept in 30% of collapsed and 80% of surviving futures.
        CollapseAnatomy anatomy = new CollapseAnatomy(400, 600, List.of(
                new CollapseAnatomy.Share("pay kept", 0.3, 0.8),
                new CollapseAnatomy.Share("pay broken", 0.7, 0.2),
                new CollapseAnatomy.Share("vote: government-wins", 0.5, 0.5),
                new CollapseAnatomy.Share("vote: opposition-wins", 0.5, 0.5),
                new CollapseAnatomy.Share("KR leader repudiates the deal", 0.2, 0.0)));

        String text = KeyInputs.paragraph(sim(null), null, anatomy);

        // kept: 480 of 600 futures survived (80%); broken: 120 of 400 (30%); the vote splits nothing.
        assertThat(text).isEqualTo("Survival to 2030-12-31 is 60.0%. In these futures it went most with pay: 80.0%"
                + " where it was kept, 30.0% where it was broken (among the futures that saw each; sensitivity gives"
                + " what setting an input does).");
    }

    @Test
    void anOutcomeNamedCollapseIsNotNamedForEndingTheDeal() {
        // A referendum that can come out "collapse" ends the deal there: 0% survival where it did says nothing.
        CollapseAnatomy anatomy = new CollapseAnatomy(400, 600, List.of(
                new CollapseAnatomy.Share("referendum: approved", 0.5, 1.0),
                new CollapseAnatomy.Share("referendum: collapse", 0.5, 0.0),
                new CollapseAnatomy.Share("pay kept", 0.4, 0.6),
                new CollapseAnatomy.Share("pay broken", 0.6, 0.4)));

        // pay kept: 360 of 520 survived (69.2%); broken: 240 of 480 (50.0%); the referendum has one outcome left.
        assertThat(KeyInputs.paragraph(sim(null), List.of(), anatomy)).isEqualTo("Survival to 2030-12-31 is 60.0%. In"
                + " these futures it went most with pay: 69.2% where it was kept, 50.0% where it was broken (among the"
                + " futures that saw each; sensitivity gives what setting an input does).");
    }

    @Test
    void theSimulatorsOwnEventsAreNamedInWords() {
        // 300 collapsed, 700 survived; JP's term ended in every future that reached it (all but 100 collapsed ones).
        CollapseAnatomy anatomy = new CollapseAnatomy(300, 700, List.of(
                new CollapseAnatomy.Share("term-end:JP: government-wins", 0.2, 0.5),
                new CollapseAnatomy.Share("term-end:JP: opposition-wins", 0.4, 0.5)));

        // government-wins: 350 of 410 survived (85.4%); opposition-wins: 350 of 470 (74.5%).
        assertThat(KeyInputs.paragraph(sim(null), List.of(), anatomy)).isEqualTo("Survival to 2030-12-31 is 60.0%. In"
                + " these futures it went most with the end of JP's leader's term: 85.4% where government-wins, 74.5%"
                + " where opposition-wins (among the futures that saw each; sensitivity gives what setting an input does).");
    }

    @Test
    void anAnatomyWithNothingToNameSaysWhyAndWhereToLook() {
        CollapseAnatomy nothingToChance = new CollapseAnatomy(400, 600, List.of());
        CollapseAnatomy evenSplit = new CollapseAnatomy(400, 600, List.of(
                new CollapseAnatomy.Share("vote: government-wins", 0.5, 0.5),
                new CollapseAnatomy.Share("vote: opposition-wins", 0.5, 0.5)));

        assertThat(KeyInputs.paragraph(sim(null), List.of(), nothingToChance)).isEqualTo("Survival to 2030-12-31 is"
                + " 60.0%. No event or commitment went more than one way in these futures (the scenario leaves none of"
                + " them to chance), so none can be named; sensitivity swings each input to the ends of its range.");
        assertThat(KeyInputs.paragraph(sim(null), List.of(), evenSplit)).isEqualTo("Survival to 2030-12-31 is 60.0%."
                + " No event or commitment went with survival by 0.5 percentage points or more in these futures;"
                + " sensitivity swings each input to the ends of its range.");
    }

    @Test
    void withNothingComputedItGivesSurvivalAloneRatherThanSimulatingAgain() {
        assertThat(KeyInputs.paragraph(sim(null), List.of(), null)).isEqualTo("Survival to 2030-12-31 is 60.0%.");
    }
}
