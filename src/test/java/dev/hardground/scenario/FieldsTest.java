package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.Expectation;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Leader;
import dev.hardground.model.Party;
import dev.hardground.model.Probability;
import dev.hardground.model.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field table is the one description of the scenario's fields that loader and schema both follow. */
class FieldsTest {
    private static final String HEAD = "id: f\nasOf: 2023-03-07\nagreement: { name: x }\n"
            + "parties: { A: { leader: { name: Ann } } }\n";

    @Test
    void everyRecordOfTheFileAndEveryFieldIsDescribed() {
        assertThat(Fields.records()).contains(Scenario.class, Party.class, Leader.class, Commitment.class, Event.class,
                Expectation.class);
        for (Class<?> type : Fields.records()) {
            assertThat(Fields.describe(type)).as(type.getSimpleName()).isNotBlank();
            for (Fields.Field f : Fields.of(type)) {
                assertThat(f.description()).as(type.getSimpleName() + "." + f.name()).isNotBlank().endsWith(".");
            }
        }
    }

    @Test
    void theCommittedFieldReferenceIsTheGeneratedOne() throws Exception {
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("docs/scenario.md")))
                .as("docs/scenario.md is stale; regenerate with: ./hardground reference scenario -o docs/scenario.md"
                        + " (docs/regenerate.sh does it)")
                .isEqualTo(ScenarioReference.markdown());
    }

    @Test
    void theDerivedComponentIsNoKeyOfTheFile() {
        assertThat(Fields.get(Scenario.class, "uncertain")).isEmpty();
        assertThatThrownBy(() -> new ScenarioLoader().parse("f.yaml", HEAD + "uncertain: []\n"))
                .hasMessageContaining("unknown key 'uncertain'");
    }

    @Test
    void probabilitiesAreBoundedToZeroOneAndOnlyModelProbabilitiesTakeRanges() {
        for (Class<?> type : Fields.records()) {
            for (Fields.Field f : Fields.of(type)) {
                assertThat(f.probability()).as(f.name()).isEqualTo(f.component().isAnnotationPresent(Probability.class));
                if (f.ranges()) {
                    assertThat(f.probability()).as(f.name()).isTrue();
                }
            }
        }
        assertThat(Fields.get(Expectation.class, "survival").orElseThrow().ranges()).isFalse();
        assertThat(Fields.rangedPaths()).containsExactly("commitments[…].chance", "events[…].outcomes.*",
                "events[…].successorStance.*", "events[…].governmentSuccessorStance.*", "parties.*.earlyExitChance",
                "parties.*.publicSupport", "parties.*.leader.approval");
    }

    @Test
    void defaultsAreWhatTheModelFillsIn() {
        assertThat(Fields.get(Leader.class, "approval").orElseThrow().defaultValue()).isEqualTo(0.5);
        assertThat(Fields.get(Party.class, "regime").orElseThrow().defaultValue()).isEqualTo("democracy");
        assertThat(Fields.get(Commitment.class, "status").orElseThrow().defaultValue()).isEqualTo("announced");
        assertThat(Fields.get(Scenario.class, "id").orElseThrow().defaultValue()).isNull();
    }

    @Test
    void theValidatorRequiresExactlyTheFieldsTheTableMarksRequired() {
        Map<Class<?>, List<String>> required = Map.of(Scenario.class, List.of("id", "asOf", "agreement", "parties"),
                Leader.class, List.of("name"), Commitment.class, List.of("id"), Event.class, List.of("id", "kind"));
        required.forEach((type, names) -> assertThat(Fields.of(type).stream().filter(Fields.Field::required)
                .map(Fields.Field::name)).as(type.getSimpleName()).containsExactlyElementsOf(names));
        assertThatThrownBy(() -> new ScenarioLoader().parse("f.yaml", "id: f\nasOf: 2023-03-07\nagreement: { name: x }\n"))
                .hasMessageContaining("a scenario needs at least one party under 'parties'");
        // An event's date is required unless it is an undated risk (perYear), which must have none.
        assertThatThrownBy(() -> new ScenarioLoader().parse("f.yaml", HEAD + "events: [{ id: e, kind: shock }]\n"))
                .hasMessageContaining("'date'");
        assertThat(new ScenarioLoader().parse("f.yaml", HEAD + "events: [{ id: e, kind: shock, perYear: 0.1 }]\n")
                .base().events().get(0).dated()).isFalse();
        assertThatThrownBy(() -> new ScenarioLoader().parse("f.yaml", HEAD
                + "events: [{ id: e, date: 2024-01-01, kind: shock, perYear: 0.1 }]\n"))
                .hasMessageContaining("has no date; give one or the other");
    }

    @Test
    void aBoundOnAFieldThatIsNoProbabilityIsCheckedByTheLoaderToo() {
        assertThatThrownBy(() -> new ScenarioLoader().parse("f.yaml", HEAD + "context: { polyarchy: 1.5 }\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("f.yaml:5:23: error: 'context.polyarchy' is 1.5, outside [0, 1]");
        assertThat(new ScenarioLoader().parse("f.yaml", HEAD + "context: { polyarchy: 0.7 }\n").base().context()
                .polyarchy()).isEqualTo(0.7);
    }
}
