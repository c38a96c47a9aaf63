package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * YAML tags that name Java classes are refused before anything is constructed: loading them leaves no trace of
 * {@link Canary}, whose mere class initialisation would set a system property.
 */
class NoInstantiationTest {

    @Test
    void classTagsAreRefusedAndNothingIsInstantiated() throws IOException {
        System.clearProperty(Canary.PROPERTY);
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/test/resources/bad/scenarios"))) {
            files = list.filter(p -> p.getFileName().toString().matches("tag-.*\\.yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("tag-canary-class.yaml", "tag-java-url.yaml", "tag-script-engine.yaml");
        for (Path file : files) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> new ScenarioLoader().load(file));
            assertThat(e).as(file.toString()).isNotNull();
            assertThat(e.diagnostics().get(0).message()).as(file.toString()).contains("is not allowed");
        }
        ScenarioFile ok = new ScenarioLoader().load(Path.of("src/test/resources/bad/scenario-ok.yaml"));
        InvalidInputException viaSet = catchThrowableOfType(InvalidInputException.class, () -> ok.resolve(null,
                List.of(Assignment.parse("agreement.name=!!dev.hardground.scenario.Canary {}"))));
        assertThat(viaSet.diagnostics().get(0).headline()).isEqualTo("error: --set: YAML tag"
                + " '!!dev.hardground.scenario.Canary' is not allowed: scenario files are plain data");
        assertThat(System.getProperty(Canary.PROPERTY)).as("Canary was loaded or built").isNull();
    }
}
