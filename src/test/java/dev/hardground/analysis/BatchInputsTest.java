package dev.hardground.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputsTest {

    private static List<String> names(BatchInputs inputs) {
        return inputs.files().stream().map(inputs::name).toList();
    }

    @Test
    void directoriesAreSearchedRecursivelyForYamlFilesAndDuplicatesCollapse(@TempDir Path work) {
        BatchFixtures.write(work.resolve("s/a.yaml"), "id: a");
        BatchFixtures.write(work.resolve("s/deep/b.yml"), "id: b");
        BatchFixtures.write(work.resolve("s/notes.txt"), "not a scenario");

        BatchInputs inputs = BatchInputs.expand(List.of("s", "s/a.yaml", "./s/deep/b.yml"), work);

        assertThat(names(inputs)).containsExactly("s/a.yaml", "s/deep/b.yml");
        assertThat(inputs.problems()).isEmpty();
    }

    @Test
    void globsMatchLikeAShellWithGlobstar(@TempDir Path work) {
        BatchFixtures.write(work.resolve("s/a.yaml"), "id: a");
        BatchFixtures.write(work.resolve("s/h/b.yaml"), "id: b");
        BatchFixtures.write(work.resolve("s/h/c.yml"), "id: c");

        assertThat(names(BatchInputs.expand(List.of("s/**/*.yaml"), work))).containsExactly("s/a.yaml", "s/h/b.yaml");
        assertThat(names(BatchInputs.expand(List.of("s/h/*.y*ml"), work))).containsExactly("s/h/b.yaml", "s/h/c.yml");
    }

    @Test
    void anArgumentThatNamesNothingIsALocatedProblem(@TempDir Path work) {
        BatchFixtures.write(work.resolve("empty/readme.txt"), "");

        BatchInputs inputs = BatchInputs.expand(List.of("nope.yaml", "empty", "x/*.yaml"), work);

        assertThat(inputs.files()).isEmpty();
        assertThat(inputs.problems()).extracting(d -> d.headline()).containsExactly(
                "nope.yaml:1:1: error: no such file or directory",
                "empty:1:1: error: no .yaml or .yml scenario files in this directory",
                "x/*.yaml:1:1: error: no scenario files match this pattern");
    }
}
