package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit stops what it bounds, names itself and its option, and can be raised. */
class LimitsTest {
    private static final Path REFERENCE = ScenarioLoaderTest.REFERENCE;

    private static String headline(Limits limits, Path file) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ScenarioLoader(limits).load(file));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.diagnostics().get(0).headline();
    }

    private static String headline(Limits limits, String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new ScenarioLoader(limits).parse("t.yaml", text));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.diagnostics().get(0).headline();
    }

    private static Limits limits(long bytes, int aliases, int depth, int events) {
        return new Limits(bytes, aliases, depth, events);
    }

    @Test
    void fileSize() throws IOException {
        long size = Files.size(REFERENCE);
        assertThat(headline(limits(1000, 50, 40, 1000), REFERENCE)).isEqualTo(REFERENCE + ":1:1: error: file is " + size
                + " bytes, over the scenario size limit of 1000 bytes (raise it with --max-file-size BYTES)");
        assertThat(new ScenarioLoader(limits(size, 50, 40, 1000)).load(REFERENCE).base()).isNotNull();
    }

    @Test
    void fileSizeOfTextNotReadFromAFile() {
        assertThat(headline(limits(10, 50, 40, 1000), "id: a-scenario-longer-than-ten-characters\n"))
                .isEqualTo("t.yaml:1:1: error: invalid YAML: text over the scenario size limit of 10 bytes"
                        + " (raise it with --max-file-size BYTES)");
    }

    @Test
    void aliases() {
        String text = """
                id: aliased
                asOf: 2024-01-01
                agreement: { parties: &both [A, B] }
                parties:
                  A: { leader: { name: Ann } }
                  B: { leader: { name: Bo } }
                threats:
                  - { source: one, sharedBy: *both }
                  - { source: two, sharedBy: *both }
                """;
        assertThat(headline(limits(10_000, 1, 40, 1000), text)).isEqualTo("t.yaml:9:30: error: invalid YAML: more"
                + " than 1 aliases, the alias limit that stops alias bombs (raise it with --max-aliases N)");
        assertThat(new ScenarioLoader(limits(10_000, 2, 40, 1000)).parse("t.yaml", text).base().threats().get(1)
                .sharedBy()).containsExactly("A", "B");
    }

    @Test
    void depth() {
        // root → parties → KR → leader is four levels of collections.
        assertThat(headline(limits(1 << 20, 50, 3, 1000), REFERENCE)).isEqualTo(REFERENCE + ":19:13: error: nested"
                + " deeper than 3 levels, the nesting limit (raise it with --max-depth N)");
        assertThat(new ScenarioLoader(limits(1 << 20, 50, 4, 1000)).load(REFERENCE).base()).isNotNull();
    }

    @Test
    void depthOfAHugeFlowNestIsLocatedAndFast() {
        String text = "id: deep\nsources: " + "[".repeat(30_000) + "]".repeat(30_000) + "\n";
        String headline = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> headline(Limits.DEFAULT, text));
        assertThat(headline).isEqualTo("t.yaml:2:49: error: nested deeper than 40 levels, the nesting limit"
                + " (raise it with --max-depth N)");
    }

    @Test
    void events() {
        assertThat(headline(limits(1 << 20, 50, 40, 1), REFERENCE)).isEqualTo(REFERENCE + ":58:3: error: 2 events,"
                + " over the event limit of 1 (raise it with --max-events N)");
        assertThat(new ScenarioLoader(limits(1 << 20, 50, 40, 2)).load(REFERENCE).base().events()).hasSize(2);
    }

    @Test
    void anAliasBombStopsAtTheAliasLimitQuickly() {
        StringBuilder text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        String headline = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> headline(Limits.DEFAULT, text.toString()));
        assertThat(headline).contains("more than 50 aliases, the alias limit").contains("--max-aliases");
        // Even with the alias limit raised, expansion is bounded.
        String raised = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> headline(limits(1 << 20, 1_000_000, 40, 1000), text.toString()));
        assertThat(raised).contains("aliases expand to over 200000 extra values, the expansion limit");
    }

    @Test
    void aLargeFileWithoutAliasesIsNotMistakenForAnAliasBomb(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(REFERENCE)).append("sources:\n");
        for (int i = 0; i < 250_000; i++) {
            text.append("  - s").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("large.yaml"), text);
        assertThat(new ScenarioLoader().load(file).base().sources()).hasSize(250_000);
    }

    @Test
    void limitsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> limits(0, 50, 40, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limits(1, 50, Limits.DEPTH_CEILING + 1, 1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Limits.DEFAULT).isEqualTo(limits(5L * 1024 * 1024, 50, 40, 1_000));
    }

    @Test
    void theDeepestAllowedNestingDoesNotOverflowTheStack() {
        int depth = Limits.DEPTH_CEILING;
        String text = "id: deep\nsources: " + "[".repeat(depth + 5) + "]".repeat(depth + 5) + "\n";
        String headline = headline(limits(1 << 20, 50, depth, 1000), text);
        assertThat(headline).contains("nested deeper than " + depth + " levels");
        List<String> ok = List.of("id: deep", "sources: " + "[".repeat(depth - 2) + "]".repeat(depth - 2));
        assertThat(headline(limits(1 << 20, 50, depth, 1000), String.join("\n", ok)))
                .contains("'sources[0]' expects text, not a list");
    }
}
