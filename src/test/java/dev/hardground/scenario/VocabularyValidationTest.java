package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hardground.model.ActorKind;
import dev.hardground.model.Capacity;
import dev.hardground.model.Importance;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Mandate;
import dev.hardground.model.Role;
import dev.hardground.model.Scenario;
import dev.hardground.model.Stance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 0.2.0 vocabulary (roles, actors, commitment weight, mutual threats, verbal deals): defaults and located errors. */
class VocabularyValidationTest {
    private static final String BASE = """
            id: v
            asOf: 2023-03-07
            agreement: { name: Deal, parties: [A, B] }
            parties:
              A: { name: Alpha, leader: { name: Ann } }
              B: { name: Beta, leader: { name: Ben } }
            """;

    private static Scenario load(String extra) {
        return new ScenarioLoader().parse("v.yaml", BASE + extra).base();
    }

    private static String error(String extra) {
        return assertThatThrownBy(() -> load(extra)).isInstanceOf(InvalidInputException.class)
                .actual().getMessage();
    }

    @Test
    void aScenarioThatSaysNothingNewGetsTheDefaultsThatScoredAsBefore() {
        Scenario s = load("commitments: [ { id: c, by: A } ]\nthreats: [ { source: T, sharedBy: [A, B] } ]\n");
        assertThat(s.parties().get("A").role()).isEqualTo(Role.PRINCIPAL);
        assertThat(s.commitments().get(0).importance()).isEqualTo(Importance.SUPPORTING);
        assertThat(s.commitments().get(0).breachCollapse()).isZero();
        assertThat(s.commitments().get(0).owedBy()).isNull();
        assertThat(s.threats().get(0).mutual()).isFalse();
        assertThat(s.actors()).isEmpty();
    }

    @Test
    void theNewFieldsBind() {
        Scenario s = load("""
                actors:
                  UN: { name: UNMISS, kind: peacekeeping-force, mandate: multidimensional, troops: 12000 }
                  H: { kind: faction, stance: hostile, capacity: high, campOf: A }
                commitments:
                  - { id: deploy, owedBy: UN, importance: core, breachCollapse: 1, due: 2023-06-01, graceUntil: 2023-09-01,
                      conditionalOn: the border talks }
                """);
        var un = s.actors().get("UN");
        assertThat(un.code()).isEqualTo("UN");
        assertThat(un.kind()).isEqualTo(ActorKind.PEACEKEEPING_FORCE);
        assertThat(un.mandate()).isEqualTo(Mandate.MULTIDIMENSIONAL);
        assertThat(un.troops()).isEqualTo(12000);
        var h = s.actors().get("H");
        assertThat(h.name()).isEqualTo("H");
        assertThat(h.stance()).isEqualTo(Stance.HOSTILE);
        assertThat(h.capacity()).isEqualTo(Capacity.HIGH);
        var c = s.commitments().get(0);
        assertThat(c.importance()).isEqualTo(Importance.CORE);
        assertThat(c.breachCollapse()).isEqualTo(1.0);
        assertThat(c.inGrace(LocalDate.parse("2023-08-01"))).isTrue();
        assertThat(c.inGrace(LocalDate.parse("2023-09-02"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            commitments: [ { id: c, by: A, importance: cor } ]         | 7:44: error: unknown value 'cor' for 'commitments[0].importance'; did you mean 'core'?
            commitments: [ { id: c, owedBy: UNN } ]\\nactors: { UN: { kind: guarantor } } | 7:33: error: unknown actor 'UNN'; did you mean 'UN'? (actors: UN)
            commitments: [ { id: c, owedBy: UN } ]                      | 7:33: error: unknown actor 'UN' (declare it under 'actors:')
            commitments: [ { id: c, by: A, owedBy: UN } ]\\nactors: { UN: { kind: lender } } | names both 'by' (a party) and 'owedBy'
            commitments: [ { id: c, by: A, due: 2024-01-01, graceUntil: 2023-12-01 } ] | 7:61: error: grace period ends 2023-12-01, before the commitment is due on 2024-01-01
            commitments: [ { id: c, by: A, breachCollapse: 2 } ]        | 'commitments[0].breachCollapse' is 2, outside [0, 1]
            actors: { H: { kind: faction, campOf: C } }                | 7:39: error: unknown party 'C'
            actors: { H: { kind: faction, troops: 100 } }              | 'troops' and 'mandate' describe a peacekeeping force
            actors: { F: { kind: peacekeeping-force, troops: -5 } }    | a force's size cannot be negative
            actors: { H: { kind: faction, pays: true } }               | 'pays' says a guarantor or lender backs the deal
            actors: { A: { kind: faction } }                           | 7:11: error: actor 'A' has a party's code
            actors: { H: { kind: spoiler } }                           | unknown value 'spoiler' for 'actors.H.kind'
            actors: { F: { kind: peacekeeping-force, mandate: armed } } | (expected one of: observers, traditional, multidimensional, enforcement)
            threats: [ { source: T, mutual: yes } ]                    | 'threats[0].mutual' expects true or false
            """)
    void badValuesAreLocatedErrors(String extra, String message) {
        assertThat(error(extra.replace("\\n", "\n") + "\n")).contains(message);
    }

    @Test
    void aPartysRoleIsOneOfFour() {
        String yaml = BASE.replace("leader: { name: Ben } }", "leader: { name: Ben }, role: bystandr }");
        assertThatThrownBy(() -> new ScenarioLoader().parse("v.yaml", yaml)).hasMessageContaining(
                "6:49: error: unknown value 'bystandr' for 'parties.B.role'; did you mean 'bystander'? (expected one of:"
                        + " principal, co-signatory, guarantor, bystander)");
        assertThat(new ScenarioLoader().parse("v.yaml", BASE.replace("leader: { name: Ben } }",
                "leader: { name: Ben }, role: co-signatory }")).base().parties().get("B").role()).isEqualTo(Role.CO_SIGNATORY);
    }
}
