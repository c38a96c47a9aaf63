package dev.hardground.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Contribution;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Evaluates small scenarios, written as YAML text blocks, against the real {@code rules/} directory, which is
 * compiled once per JVM (Maven runs tests from the repository root). Tests state only the facts a rule is
 * about: {@link #scenario} fills in a two-party agreement and two unremarkable parties when the text has no
 * {@code agreement:} or {@code parties:} section.
 */
final class RuleTestKit {
    /** Judged on this day unless the text sets {@code asOf}; the default agreement was signed the day before. */
    static final String AS_OF = "2023-03-07";

    private static final String AGREEMENT = """
            agreement: { name: Test deal, signed: 2023-03-06, parties: [A, B] }
            """;
    /** Two democracies with supportive leaders in mid-term (2.8 years left), lukewarm publics, quiet oppositions. */
    private static final String PARTIES = """
            parties:
              A: { name: Alpha, publicSupport: 0.5,
                   leader: { name: Ann Alpha, since: 2021-01-01, termEnds: 2026-01-01, approval: 0.5 } }
              B: { name: Beta, publicSupport: 0.5,
                   leader: { name: Ben Beta, since: 2021-01-01, termEnds: 2026-01-01, approval: 0.5 } }
            """;

    private RuleTestKit() {
    }

    private static final class Compiled {
        static final RuleBase RULES = RuleBase.compile(Path.of("rules"));
    }

    static RuleBase rules() {
        return Compiled.RULES;
    }

    /** The sections given, plus {@code id}, {@code asOf} and the default agreement and parties where missing. */
    static String scenario(String sections) {
        StringBuilder yaml = new StringBuilder("id: test\n");
        if (!has(sections, "asOf")) {
            yaml.append("asOf: ").append(AS_OF).append('\n');
        }
        if (!has(sections, "agreement")) {
            yaml.append(AGREEMENT);
        }
        if (!has(sections, "parties")) {
            yaml.append(PARTIES);
        }
        return yaml.append(sections).toString();
    }

    private static boolean has(String yaml, String key) {
        return Pattern.compile("(?m)^" + key + ":").matcher(yaml).find();
    }

    static Scenario parse(String sections) {
        return new ScenarioLoader().parse("test", scenario(sections)).base();
    }

    /** Scores the scenario on its {@code asOf}. */
    static Evaluation score(String sections) {
        return rules().score(parse(sections));
    }

    /** Judges the scenario's world as it stands on a later day, as the simulator does. */
    static Evaluation evaluateOn(String sections, String day) {
        return rules().evaluate(parse(sections), LocalDate.parse(day));
    }

    /** Every contribution the named rule made. */
    static List<Contribution> fired(Evaluation evaluation, String rule) {
        return evaluation.contributions().stream().filter(c -> c.rule().equals(rule)).toList();
    }

    /** The one contribution the named rule made, checked to come from {@code file} (e.g. factors/timing.drl). */
    static Contribution once(Evaluation evaluation, String rule, String file) {
        List<Contribution> fired = fired(evaluation, rule);
        assertThat(fired).as("contributions of '%s'", rule).hasSize(1);
        assertThat(fired.get(0).file()).as("file of '%s'", rule).endsWith(file);
        return fired.get(0);
    }

    /** Points of one factor, 0 when no rule of that factor fired. */
    static double factor(Evaluation evaluation, String factor) {
        return evaluation.factors().getOrDefault(factor, 0.0);
    }
}
