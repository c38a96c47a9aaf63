package dev.hardground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Ledger;
import dev.hardground.model.Occurred;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/rules.md is what the model offers rules, and the engine inserts no fact the reference leaves out. */
class RuleVocabularyTest {

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws Exception {
        assertThat(Files.readString(Path.of("docs/rules.md")))
                .as("docs/rules.md is stale; regenerate with: ./hardground reference rules -o docs/rules.md"
                        + " (docs/regenerate.sh does it)")
                .isEqualTo(RuleVocabulary.markdown());
    }

    @Test
    void everyFactTheEngineInsertsForAnyShippedScenarioIsInTheReference() throws Exception {
        Set<Class<?>> listed = RuleVocabulary.FACTS.stream().map(RuleVocabulary.Fact::type).collect(Collectors.toSet());
        Set<Class<?>> inserted = new java.util.HashSet<>();
        try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Scenario s = new ScenarioLoader().load(file).base();
                FactBuilder.facts(s, s.asOf()).forEach(f -> inserted.add(f.getClass()));
            }
        }
        Scenario war = new ScenarioLoader().parse("war.yaml", "id: w\nasOf: 2020-01-01\nagreement: { name: x, form: ceasefire }\n"
                + "parties: { A: { leader: { name: Ann } } }\ncontext: { contested: territory }\n").base();
        FactBuilder.facts(war, war.asOf()).forEach(f -> inserted.add(f.getClass()));
        inserted.add(Occurred.class); // the simulator's
        inserted.add(dev.hardground.model.Breach.class); // the simulator's
        assertThat(listed).containsExactlyInAnyOrderElementsOf(inserted);
    }

    @Test
    void rulesMayCallTheAnnotatedLedgerMethodsButNotTheEnginesOwn() {
        List<String> names = RuleVocabulary.ledgerMethods().stream().map(java.lang.reflect.Method::getName).distinct().toList();
        assertThat(names).contains("add", "collapse", "settle", "stance", "thresholds", "hazardLink", "baseline",
                "referenceClass").doesNotContain("begin", "entries", "firings");
        assertThat(RuleVocabulary.markdown()).contains("`ledger.add(double points, String reason)`")
                .contains("| `Tenure.OPEN_ENDED` | `99.0` |").contains("| `CHAMPION` | `champion` |")
                .contains("`shared()`");
        for (java.lang.reflect.Method m : Ledger.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && m.getReturnType() == void.class
                    && !m.getName().equals("begin")) {
                assertThat(m.isAnnotationPresent(dev.hardground.model.RuleApi.class))
                        .as("Ledger." + m.getName() + " is public and void: mark it @RuleApi (rules may call it) or"
                                + " make it the engine's").isTrue();
            }
        }
    }
}
