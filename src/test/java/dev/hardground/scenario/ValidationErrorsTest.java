package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each class of mistake in a scenario is reported once, at the exact line and column of the culprit. */
class ValidationErrorsTest {
    /** A valid scenario; each case changes one thing in it. Line numbers are on the right. */
    static final String BASE = """
            id: t
            asOf: 2023-03-07
            horizon: 2030-12-31
            agreement:
              name: Deal
              signed: 2023-03-06
              parties: [KR, JP]
            parties:
              KR:
                leader: { name: Ann, since: 2022-05-10, termEnds: 2027-05-09, approval: 0.4 }
              JP:
                leader: { name: Bo }
            commitments:
              - { id: pay, by: KR, chance: 0.9 }
              - { id: talks, by: JP }
            events:
              - id: vote
                date: 2024-04-10
                kind: election
                party: KR
                outcomes: { government-wins: 0.4, opposition-wins: 0.6 }
            """;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // 1: unknown keys, with a hint when one is close
                mistake("horizon: 2030", "horizn: 2030", "3:1: unknown key 'horizn'; did you mean 'horizon'?"),
                mistake("approval: 0.4", "aproval: 0.4",
                        "10:67: unknown key 'aproval' in parties.KR.leader; did you mean 'approval'?"),
                mistake("  name: Deal", "  colour: red", "5:3: unknown key 'colour' in agreement"),
                // 2: unknown enum values, with a hint and the allowed values
                mistake("kind: election", "kind: elektion", "19:11: unknown value 'elektion' for 'events[0].kind';"
                        + " did you mean 'election'? (expected one of: election, leader-exit, court-ruling,"
                        + " provocation, shock, renewal, expiry)"),
                mistake("  name: Deal", "  form: pact", "5:9: unknown value 'pact' for 'agreement.form' (expected one"
                        + " of: treaty, executive-agreement, political-deal, joint-declaration, ceasefire, verbal-understanding)"),
                // 3: probabilities outside [0, 1]
                mistake("approval: 0.4", "approval: 1.2", "10:77: 'parties.KR.leader.approval' is 1.2, outside [0, 1]"),
                mistake("chance: 0.9", "chance: -0.5", "14:32: 'commitments[0].chance' is -0.5, outside [0, 1]"),
                // 4: distributions that do not sum to 1
                mistake("opposition-wins: 0.6", "opposition-wins: 0.7",
                        "21:15: probabilities in 'events[0].outcomes' sum to 1.1, not 1"),
                // 5: dates in an impossible order
                mistake("termEnds: 2027-05-09", "termEnds: 2022-05-09",
                        "10:55: leader's term ends 2022-05-09, not after taking office on 2022-05-10"),
                mistake("signed: 2023-03-06", "signed: 2023-03-08",
                        "6:11: agreement signed 2023-03-08, after asOf 2023-03-07: a scenario judges a deal already made"),
                mistake("date: 2024-04-10", "date: 2031-01-01",
                        "18:11: event vote on 2031-01-01 is after the horizon 2030-12-31"),
                mistake("asOf: 2023-03-07", "asOf: 2023-02-30", "2:7: 'asOf': '2023-02-30' is not a real date"),
                // 6: unknown references
                mistake("parties: [KR, JP]", "parties: [KR, JA]",
                        "7:17: unknown party 'JA'; did you mean 'JP'? (parties: KR, JP)"),
                mistake("by: JP", "by: US", "15:22: unknown party 'US' (parties: KR, JP)"),
                mistake("party: KR", "party: NK", "20:12: unknown party 'NK' (parties: KR, JP)"),
                // 7: duplicates
                mistake("id: talks", "id: pay", "15:11: duplicate commitment id 'pay'"),
                mistake("{ name: Bo }", "{ name: Bo, name: Bob }", "12:25: duplicate key 'name' in parties.JP.leader"),
                mistake("horizon: 2030-12-31", "horizon: 2030-12-31\nid: again", "4:1: duplicate key 'id'"),
                // 8: missing required keys
                mistake("id: t\n", "", "1:1: missing required key 'id'"),
                mistake("{ id: talks, by: JP }", "{ by: JP }", "15:5: missing required key 'id' in commitments[1]"),
                mistake("{ name: Bo }", "{ since: 2020-01-01 }",
                        "12:13: missing required key 'name' in parties.JP.leader"),
                mistake("    date: 2024-04-10\n", "", "17:5: missing required key 'date' in events[0]"),
                // and more shapes of mistake
                mistake("chance: 0.9", "chance: likely", "14:32: 'commitments[0].chance' expects a number, not 'likely'"),
                mistake("parties: [KR, JP]", "parties: KR", "7:12: 'agreement.parties' expects a list, not a single value"),
                mistake("kind: election", "kind: shock\n    what: [a]", "20:11: 'events[0].what' expects text, not a list"));
    }

    private static Arguments mistake(String before, String after, String expected) {
        if (!BASE.contains(before)) {
            throw new IllegalArgumentException("not in the base scenario: " + before);
        }
        return Arguments.of(BASE.replaceFirst(java.util.regex.Pattern.quote(before),
                java.util.regex.Matcher.quoteReplacement(after)), expected);
    }

    @Test
    void theBaseScenarioIsValid() {
        assertThat(new ScenarioLoader().parse("t.yaml", BASE).base().id()).isEqualTo("t");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void reportsTheMistakeWhereItIs(String text, String expected) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ScenarioLoader().parse("t.yaml", text));
        assertThat(e).as("an InvalidInputException").isNotNull();
        Diagnostic first = e.diagnostics().get(0);
        assertThat(first.line() + ":" + first.column() + ": " + first.message()).isEqualTo(expected);
        assertThat(e.diagnostics()).as("one mistake, one error").hasSize(1);
        assertThat(first.headline()).isEqualTo("t.yaml:" + expected.replaceFirst(": ", ": error: "));
        assertThat(first.sourceLine()).isEqualTo(text.lines().toList().get(first.line() - 1));
    }

    @Test
    void everyMistakeIsReportedInOneRun() {
        String text = BASE.replace("horizon: 2030", "horizn: 2030")
                .replace("chance: 0.9", "chance: lots").replace("{ name: Bo }", "{ name: Bo, stance: meh }");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ScenarioLoader().parse("t.yaml", text));
        assertThat(e.diagnostics()).extracting(d -> d.line() + ":" + d.column())
                .containsExactly("3:1", "12:33", "14:32");
    }

    @Test
    void theCaretPointsAtTheCulprit() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ScenarioLoader().parse("t.yaml", BASE.replace("chance: 0.9", "chance: 9")));
        assertThat(e.diagnostics().get(0).render()).isEqualTo("""
                t.yaml:14:32: error: 'commitments[0].chance' is 9, outside [0, 1]
                    - { id: pay, by: KR, chance: 9 }
                                                 ^""");
    }
}
