package dev.hardground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Evaluation;
import dev.hardground.model.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * A rule set is loaded from its kjar straight from the executable model's classes, without Drools' container
 * (docs/performance.md, cold start). The KieBase it gives must judge every world as the container's does:
 * every shipped scenario and variant, on its asOf day and at its horizon, the same evaluation to the last reason.
 */
class RuleLoadTest {
    @Test
    void theDirectLoadJudgesEveryShippedScenarioAsDroolsContainerDoes() throws IOException {
        RuleFiles files = RuleFiles.read(Path.of("rules"));
        RuleIndex index = RuleIndex.of(files);
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files);
        KieServices services = KieServices.Factory.get();
        KieBase container = services.newKieContainer(services.getRepository()
                .addKieModule(services.getResources().newByteArrayResource(compiled.kjar())).getReleaseId()).getKieBase();
        Evaluator direct = new Evaluator(RuleCompiler.load(compiled.kjar()), index);
        Evaluator reference = new Evaluator(container, index);
        RuleBase.Settings settings = RuleBase.compile(Path.of("rules")).settings();

        List<Scenario> worlds = dev.hardground.TestFiles.shippedWorlds();
        assertThat(worlds).hasSizeGreaterThan(20);
        for (Scenario world : worlds) {
            for (var day : List.of(world.asOf(), world.horizon())) {
                Evaluation a = direct.evaluate(world, day, List.of(), settings, true);
                Evaluation b = reference.evaluate(world, day, List.of(), settings, true);
                assertThat(a).as(world.id() + " on " + day).isEqualTo(b);
            }
        }
        assertThat(direct.settings()).usingRecursiveComparison().isEqualTo(reference.settings());
    }
}
