package dev.hardground.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.model.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Mutations of the shipped scenario files (lines deleted, duplicated, swapped; characters changed; random keys and
 * values inserted; the text cut short) load either as a valid scenario or fail with located diagnostics — never
 * with any other exception. 10,000 tries with a fixed seed, so a run is reproducible; change the seed to explore.
 * Override paths from {@code --set} and variants get the same treatment.
 */
class ScenarioFuzzTest {
    private static final List<String> SHIPPED = shipped();
    private static final ScenarioLoader LOADER = new ScenarioLoader();

    /** Keys the model knows (so mutations reach deep into binding and validation) and some it does not. */
    private static final List<String> KEYS = List.of("id", "title", "asOf", "horizon", "agreement", "name", "signed",
            "form", "ratified", "broker", "staysEngaged", "mechanisms", "parties", "leader", "since", "termEnds",
            "reelectable", "approval", "approvalTrend", "stance", "regime", "earlyExitChance", "publicSupport",
            "opposition", "controlsLegislature", "threats", "source", "severity", "trend", "sharedBy", "commitments",
            "by", "what", "voluntary", "status", "chance", "due", "cooperation", "kind", "institutionalized",
            "precedents", "outcome", "cause", "year", "events", "date", "party", "decidesLeader", "outcomes",
            "successorStance", "successor", "variants", "description", "set", "expect", "verdict", "score",
            "survival", "min", "max", "sources", "note", "KR", "JP", "government-wins", "opposition-wins",
            "supportive", "hostile", "\"agreement.broker.name\"", "\"commitments[jp-firms-contribute].chance\"",
            "\"parties.KR.leader.termEnds\"", "\"threats[source=x].severity\"", "\"a[b\"", "\"\"", "<<", "? x",
            "zzz", "ÿ", "-");
    private static final List<String> VALUES = List.of("0", "1", "-1", "0.5", "1.5", "1e309", "-0", ".5", "1_000",
            "99999999999", "0x10", "1f", ".nan", ".inf", "true", "false", "yes", "~", "null", "", "2023-03-07",
            "2023-02-30", "2023-13-01", "2999-01-01", "1900-01-01", "2023-03-07T10:00:00Z", "KR", "JP", "XX",
            "[KR, JP]", "[KR, XX]", "[]", "{}", "[[[]]]", "{ a: 1 }", "{ name: X }", "{ staysEngaged: true }",
            "{ government-wins: 0.4, opposition-wins: 0.7 }", "{ supportive: 1 }", "[monitoring, dmz]",
            "treaty", "election", "leader-exit", "shock", "fulfilled", "broken", "champion", "durable", "hostile",
            "&a [1]", "*a", "&b x", "*b", "!!java.net.URL [x]", "!!str 1", "!!binary aGk=", "!x y", "'quoted'",
            "\"unclosed", "'", "|", ">", "- item", "a: b: c", "\t", "#", "%", "@", "`", "\u0085", "\u2028", "é", "😀",
            "\u0000", "\u0007", "\uFEFF");
    private static final List<String> CHARACTERS = List.of(":", "-", " ", "  ", "\t", "\n", "\r", "[", "]", "{",
            "}", ",", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "?", "0", "9", ".", "e", "x", "\\",
            "\u0000", "\u001b", "é", "😀", "\uD800", "\uFEFF", "\u2029");

    enum Kind { DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, CHANGE_CHARACTER, INSERT_CHARACTER, DELETE_CHARACTER,
        SWAP_VALUES, INSERT_KEY_VALUE, REPLACE_VALUE, TRUNCATE }

    /** One edit; its numbers are reduced modulo the text's size when applied. */
    record Mutation(Kind kind, int a, int b, String key, String value, String character) {
        String apply(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int n = lines.size();
            int i = Math.floorMod(a, n);
            int j = Math.floorMod(b, n);
            switch (kind) {
                case DELETE_LINE -> lines.remove(i);
                case DUPLICATE_LINE -> lines.add(j, lines.get(i));
                case SWAP_LINES -> {
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case SWAP_VALUES -> {
                    String[] x = splitValue(lines.get(i));
                    String[] y = splitValue(lines.get(j));
                    if (x != null && y != null) {
                        lines.set(i, x[0] + y[1]);
                        lines.set(j, y[0] + x[1]);
                    }
                }
                case INSERT_KEY_VALUE -> {
                    String indent = lines.get(i).replaceFirst("^(\\s*(- )?).*", "$1").replace("- ", "  ");
                    lines.add(i, indent + key + ": " + value);
                }
                case REPLACE_VALUE -> {
                    String[] x = splitValue(lines.get(i));
                    if (x != null) {
                        lines.set(i, x[0] + " " + value);
                    }
                }
                case TRUNCATE -> {
                    return text.substring(0, Math.floorMod(a, text.length() + 1));
                }
                default -> {
                    int at = Math.floorMod(a, text.length() + 1);
                    return switch (kind) {
                        case CHANGE_CHARACTER -> text.substring(0, at) + character
                                + text.substring(Math.min(text.length(), at + 1));
                        case INSERT_CHARACTER -> text.substring(0, at) + character + text.substring(at);
                        default -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1));
                    };
                }
            }
            return String.join("\n", lines);
        }

        /** {@code [key part up to and including ':', value]} of a {@code key: value} line, or null. */
        private static String[] splitValue(String line) {
            int colon = line.indexOf(": ");
            return colon < 0 ? null : new String[] {line.substring(0, colon + 1), line.substring(colon + 1)};
        }
    }

    @Provide
    Arbitrary<String> mutatedScenarios() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().ofMaxLength(8)),
                Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().ofMaxLength(12)),
                Arbitraries.oneOf(Arbitraries.of(CHARACTERS), Arbitraries.chars().map(String::valueOf)))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(SHIPPED), mutation.list().ofMinSize(1).ofMaxSize(4))
                .as((text, mutations) -> {
                    String out = text;
                    for (Mutation m : mutations) {
                        out = m.apply(out);
                    }
                    return out;
                });
    }

    @Property(tries = 10_000, seed = "20250311", shrinking = ShrinkingMode.BOUNDED)
    void aMutatedScenarioIsValidOrFailsWithLocatedDiagnostics(@ForAll("mutatedScenarios") String text) {
        try {
            ScenarioFile file = LOADER.parse("fuzz.yaml", text);
            Scenario base = file.base();
            assertThat(base).isNotNull();
            assertThat(base.id()).isNotNull();
            List<Variant> variants = file.variants();
            if (!variants.isEmpty()) {
                // One variant per try (chosen by the text) keeps 10,000 tries within the time budget.
                Variant variant = variants.get(Math.floorMod(text.hashCode(), variants.size()));
                try {
                    assertThat(file.resolve(variant.name(), List.of())).isNotNull();
                } catch (InvalidInputException e) {
                    checkDiagnostics(e, text);
                }
            }
        } catch (InvalidInputException e) {
            checkDiagnostics(e, text);
        }
    }

    /** Override paths of the reference scenario, as the user would write them, and some near misses. */
    private static final List<String> PATHS = validPaths();

    @Provide
    Arbitrary<List<String>> assignments() {
        Arbitrary<String> path = Arbitraries.oneOf(Arbitraries.of(PATHS),
                Combinators.combine(Arbitraries.of(PATHS), Arbitraries.integers().between(0, 100),
                        Arbitraries.of(CHARACTERS)).as((p, at, c) -> {
                            int i = Math.min(p.length(), at);
                            return p.substring(0, i) + c + p.substring(i);
                        }),
                Combinators.combine(Arbitraries.of(PATHS), Arbitraries.integers().between(1, 60))
                        .as((p, n) -> p.substring(0, Math.min(p.length(), n))),
                Arbitraries.of(KEYS).list().ofMinSize(1).ofMaxSize(4).map(k -> String.join(".", k)));
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().ofMaxLength(10));
        // Mostly a valid path with a value of its field's type, so that validation runs on the result.
        Arbitrary<String> typed = Arbitraries.of(PATHS).flatMap(p -> Arbitraries.of(valuesFor(p)).map(v -> p + "=" + v));
        Arbitrary<String> any = Combinators.combine(path, value).as((p, v) -> p + "=" + v);
        return Arbitraries.frequencyOf(Tuple.of(3, typed), Tuple.of(1, any)).list().ofMinSize(1).ofMaxSize(2);
    }

    /** Values of the right type for the field an override path ends at. */
    private static List<String> valuesFor(String path) {
        java.lang.reflect.Type type = Scenario.class;
        for (String segment : path.split("\\.(?![^\\[]*\\])")) {
            String key = segment.replaceFirst("\\[.*", "");
            Class<?> raw = raw(type);
            if (raw.isRecord()) {
                type = java.util.Arrays.stream(raw.getRecordComponents()).filter(c -> c.getName().equals(key))
                        .findFirst().map(java.lang.reflect.RecordComponent::getGenericType).orElse(String.class);
            } else if (java.util.Map.class.isAssignableFrom(raw)) {
                type = ((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()[1];
            }
            if (segment.contains("[") && List.class.isAssignableFrom(raw(type))) {
                type = ((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()[0];
            }
        }
        Class<?> raw = raw(type);
        if (raw == Boolean.class) {
            return List.of("true", "false");
        }
        if (raw == Double.class) {
            return List.of("0", "0.25", "1");
        }
        if (raw == Integer.class) {
            return List.of("1998", "2030");
        }
        if (raw == java.time.LocalDate.class) {
            return List.of("2020-01-01", "2023-03-06", "2027-05-09", "2040-01-01");
        }
        if (raw.isEnum()) {
            return java.util.Arrays.stream(raw.getEnumConstants()).map(c -> ((dev.hardground.model.Keyed) c).key())
                    .toList();
        }
        if (List.class.isAssignableFrom(raw)) {
            return List.of("[]", "[KR, JP]", "[KR]");
        }
        return List.of("X", "KR", "JP");
    }

    private static Class<?> raw(java.lang.reflect.Type type) {
        return type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    @Property(tries = 2_000, seed = "20250312", shrinking = ShrinkingMode.BOUNDED)
    void overridesGiveAScenarioOrLocatedDiagnostics(@ForAll("assignments") List<String> sets,
                                                     @ForAll("variantNames") String variant) {
        ScenarioFile reference = LOADER.parse("fuzz.yaml", SHIPPED.get(0));
        try {
            List<Assignment> parsed = sets.stream().map(Assignment::parse).toList();
            assertThat(reference.resolve(variant.isEmpty() ? null : variant, parsed)).isNotNull();
        } catch (InvalidInputException e) {
            assertThat(e.diagnostics()).as("at least one diagnostic").isNotEmpty();
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.path()).isIn("fuzz.yaml", "--set");
                assertThat(d.line()).as("0 when unknown").isNotNegative();
                assertThat(d.column()).as("0 when unknown").isNotNegative();
                assertThat(d.headline()).matches("fuzz\\.yaml:[1-9]\\d*:[1-9]\\d*: error: .+|error: --set: .+");
                assertThat(d.render()).startsWith(d.headline());
            }
        }
    }

    @Provide
    Arbitrary<String> variantNames() {
        return Arbitraries.of("", "no-japanese-money", "us-brokered", "late-in-term", "nope");
    }

    private static List<String> validPaths() {
        var root = (org.yaml.snakeyaml.nodes.MappingNode) new YamlReader(Limits.DEFAULT)
                .compose(Source.of("fuzz.yaml", SHIPPED.get(0)), SHIPPED.get(0));
        return List.copyOf(Overrides.validPaths(root));
    }

    private static void checkDiagnostics(InvalidInputException e, String text) {
        assertThat(e.diagnostics()).as("at least one diagnostic").isNotEmpty();
        int lines = text.split("\r\n|[\r\n\u0085\u2028\u2029]", -1).length;
        for (Diagnostic d : e.diagnostics()) {
            assertThat(d.path()).isEqualTo("fuzz.yaml");
            assertThat(d.line()).as(d.headline()).isBetween(1, lines + 1);
            assertThat(d.column()).as(d.headline()).isPositive();
            assertThat(d.message()).isNotBlank();
            assertThat(d.render()).startsWith(d.headline()).doesNotContain("\u001b");
            assertThat(d.headline()).doesNotContain("\n").doesNotContain("\r");
        }
    }

    private static List<String> shipped() {
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            assertThat(texts).as("shipped scenarios").isNotEmpty();
            return List.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
