package dev.hardground.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} writes a scenario that is valid as written and never overwrites; {@code compare} pairs two files. */
class InitCompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void initWritesTheTemplateWithTheModelineAndLintPassesOnIt() throws Exception {
        Path file = dir.resolve("cases/border-deal.yaml");
        Files.createDirectories(file.getParent());
        CliRun init = CliRun.of("init", file.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("wrote " + file);
        String text = Files.readString(file);
        Path schema = Path.of("schema/scenario.schema.json").toAbsolutePath();
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("# yaml-language-server: $schema=" + file.getParent().relativize(schema));
        assertThat(file.getParent().resolve(text.lines().findFirst().orElseThrow().split("=", 2)[1]).normalize()).exists();
        assertThat(text).contains("id: border-deal").contains("variants:").contains("expect:").contains("events:")
                .contains("commitments:").contains("precedents:").contains("cooperation:").contains("threats:");

        CliRun lint = CliRun.of("lint", file.toString(), "--rules", "rules");
        assertThat(lint.exit()).as(lint.out() + lint.err()).isZero();
        CliRun batch = CliRun.of("batch", file.toString(), "--rules", "rules", "--trials", "300");
        assertThat(batch.exit()).as("the template's own expectations hold: " + batch.out() + batch.err()).isZero();
    }

    @Test
    void initNeverOverwritesAFile() throws Exception {
        Path file = dir.resolve("taken.yaml");
        Files.writeString(file, "my notes\n");
        CliRun init = CliRun.of("init", file.toString());
        assertThat(init.exit()).isEqualTo(2);
        assertThat(init.err()).contains(file + ":1:1: error: exists; init never overwrites");
        assertThat(Files.readString(file)).isEqualTo("my notes\n");
        assertThat(CliRun.of("init", dir.resolve("bad name!").toString()).exit()).isEqualTo(2);
    }

    @Test
    void initFromAnotherScenarioCopiesItWithANewId() throws Exception {
        Path source = Path.of("scenarios/japan-korea-2023.yaml");
        Path file = dir.resolve("jk-copy.yaml");
        CliRun init = CliRun.of("init", file.toString(), "--from", source.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        String original = Files.readString(source);
        String copy = Files.readString(file);
        assertThat(copy).startsWith("# yaml-language-server: $schema=");
        assertThat(copy.substring(copy.indexOf('\n') + 1))
                .as("the body after the copy's own schema modeline")
                .isEqualTo(original.substring(original.indexOf('\n') + 1)
                        .replaceFirst("(?m)^id: japan-korea-2023", "id: jk-copy"));
        assertThat(CliRun.of("lint", file.toString(), "--rules", "rules").exit()).isZero();
    }

    @Test
    void compareGivesScoresFactorsRulesAndAPairedSurvivalDelta() throws Exception {
        CliRun run = CliRun.of("compare", "scenarios/japan-korea-2023.yaml", "scenarios/comfort-women-2015.yaml",
                "--rules", "rules", "--trials", "500", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.path("rules").asText()).hasSize(64);
        double a = j.path("a").path("score").asDouble();
        double b = j.path("b").path("score").asDouble();
        assertThat(j.path("deltaScore").asDouble()).isCloseTo(b - a, org.assertj.core.data.Offset.offset(0.11));
        assertThat(j.path("factors").size()).isGreaterThan(5);
        assertThat(j.path("onlyInA").size() + j.path("onlyInB").size()).isPositive();
        assertThat(j.path("a").path("byYear").size()).isPositive();

        CliRun text = CliRun.of("compare", "scenarios/japan-korea-2023.yaml", "scenarios/comfort-women-2015.yaml",
                "--rules", "rules", "--trials", "500");
        assertThat(text.out()).contains("rules that fired only in A").contains("survival by year").contains("B − A");
    }

    @Test
    void aFileComparedWithItselfDiffersByExactlyNothing() throws Exception {
        CliRun run = CliRun.of("compare", "scenarios/japan-korea-2023.yaml", "scenarios/japan-korea-2023.yaml",
                "--rules", "rules", "--trials", "500", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.path("deltaScore").asDouble()).isZero();
        assertThat(j.path("deltaSurvival").path("estimate").asDouble()).isZero();
        assertThat(j.path("onlyInA").size()).isZero();
        assertThat(j.path("onlyInB").size()).isZero();
    }
}
