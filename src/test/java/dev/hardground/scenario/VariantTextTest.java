package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Save as variant" writes lines into the file's text and leaves every other byte as it was. */
class VariantTextTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader();
    private static final List<Assignment> SETS = List.of(
            new Assignment("commitments[jp-firms-contribute].chance", "0.8"),
            new Assignment("parties.KR.publicSupport", "0.5"));

    private static String reference() throws IOException {
        return Files.readString(Path.of("scenarios/japan-korea-2023.yaml"));
    }

    @Test
    void aNewVariantGoesAfterTheLastOneAndNothingElseChanges() throws IOException {
        String before = reference();
        String after = LOADER.parse("s.yaml", before).withVariant("hopeful", "Firms \"pay\" after all", SETS, false);

        List<String> a = VariantText.lines(before);
        List<String> b = VariantText.lines(after);
        assertThat(b).hasSize(a.size() + 5);
        int at = a.indexOf("    set: { parties.KR.leader.termEnds: 2024-03-06 }\n") + 1;
        assertThat(b.subList(0, at)).isEqualTo(a.subList(0, at));
        assertThat(b.subList(at + 5, b.size())).isEqualTo(a.subList(at, a.size()));
        assertThat(String.join("", b.subList(at, at + 5))).isEqualTo("""
                  hopeful:
                    description: "Firms \\"pay\\" after all"
                    set:
                      "commitments[jp-firms-contribute].chance": 0.8
                      "parties.KR.publicSupport": 0.5
                """);
        ScenarioFile reloaded = LOADER.parse("s.yaml", after);
        assertThat(reloaded.resolve("hopeful", List.of()).parties().get("KR").publicSupport()).isEqualTo(0.5);
    }

    @Test
    void replacingTakesTheOldVariantsLinesOnlyAndNeedsToBeAsked() throws IOException {
        String before = reference();
        ScenarioFile file = LOADER.parse("s.yaml", before);
        assertThatThrownBy(() -> file.withVariant("us-brokered", null, SETS, false)).isInstanceOf(VariantText.Exists.class);

        String after = file.withVariant("us-brokered", null, SETS, true);
        assertThat(after).doesNotContain("Washington brokers the deal").contains("  late-in-term:\n");
        String removed = "  us-brokered:\n    description: Washington brokers the deal instead of staying out\n"
                + "    set: { agreement.broker.name: United States, agreement.broker.staysEngaged: false }\n";
        String added = "  us-brokered:\n    set:\n      \"commitments[jp-firms-contribute].chance\": 0.8\n"
                + "      \"parties.KR.publicSupport\": 0.5\n";
        assertThat(after).isEqualTo(before.replace(removed, added));
    }

    @Test
    void aFileWithoutVariantsGetsTheBlockAtItsEnd() {
        String before = """
                id: s   # a comment that stays
                asOf: 2023-03-07
                agreement: { name: Deal, signed: 2023-03-06, parties: [A, B] }
                parties:
                  A: { leader: { name: Ann }, publicSupport: 0.4 }
                  B: { leader: { name: Bob } }""";
        String after = LOADER.parse("s.yaml", before).withVariant("x", "", List.of(new Assignment("parties.A.publicSupport", "0.9")), false);
        assertThat(after).isEqualTo(before + "\n\nvariants:\n  x:\n    set:\n      \"parties.A.publicSupport\": 0.9\n");
        assertThat(LOADER.parse("s.yaml", after).resolve("x", List.of()).parties().get("A").publicSupport()).isEqualTo(0.9);
    }

    @Test
    void badNamesPathsAndValuesAreRefusedWithAMessage() throws IOException {
        ScenarioFile file = LOADER.parse("s.yaml", reference());
        assertThatThrownBy(() -> file.withVariant("../evil", null, SETS, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("invalid variant name");
        assertThatThrownBy(() -> file.withVariant("ok", null, List.of(new Assignment("parties.XX.publicSupport", "0.5")), false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> file.withVariant("ok", null,
                List.of(new Assignment("parties.KR.publicSupport", "0.5\nid: evil")), false))
                .isInstanceOf(InvalidInputException.class);
    }
}
