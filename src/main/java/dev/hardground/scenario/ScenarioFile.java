package dev.hardground.scenario;

import dev.hardground.model.Suggestions;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.model.Variant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A loaded scenario file: its validated base scenario, and the means to derive a variant or {@code --set}
 * overrides from the same text. Each derivation re-reads the text, so overrides never leak between variants.
 */
public final class ScenarioFile {
    private final Source source;
    private final String text;
    private final YamlReader reader;
    private final Limits limits;
    private final Scenario base;
    /** The file's nodes, composed once for the look-ups that only read them (not for overrides, which write). */
    private Node readOnly;

    ScenarioFile(Source source, String text, YamlReader reader, Limits limits) {
        this.source = source;
        this.text = text;
        this.reader = reader;
        this.limits = limits;
        this.base = resolve(null, List.of());
    }

    public String path() {
        return source.name();
    }

    /** The file's text as read: enough to load the same file again elsewhere ({@link ScenarioLoader#parse}). */
    public String text() {
        return text;
    }

    public Scenario base() {
        return base;
    }

    /** The scenario with a named variant's overrides (null for none) and then {@code sets} applied. */
    public Scenario resolve(String variant, List<Assignment> sets) {
        return resolveStacked(variant == null ? List.of() : List.of(variant), sets);
    }

    /**
     * The scenario with named variants' overrides applied in order (a what-if on top of a chosen variant; nulls
     * are skipped), then {@code sets}.
     */
    public Scenario resolveStacked(List<String> variants, List<Assignment> sets) {
        Node root = YamlReader.copy(readOnly()); // overrides write into the nodes: each resolution has its own
        if (!(root instanceof MappingNode map)) {
            throw new InvalidInputException(root == null
                    ? source.at(0, 0, "empty scenario file: expected a mapping with id, asOf, agreement and parties")
                    : source.at(root.getStartMark().getLine(), root.getStartMark().getColumn(),
                    "a scenario file must be a mapping of keys, not a " + (root instanceof SequenceNode ? "list" : "single value")));
        }
        IdentityHashMap<Node, Source> foreign = new IdentityHashMap<>();
        List<Diagnostic> errors = new ArrayList<>();
        for (String variant : variants) {
            if (variant != null) {
                applyVariant(map, variant, errors);
            }
        }
        for (Assignment set : sets) {
            applySet(map, set, foreign, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Binder binder = new Binder(source, foreign);
        Scenario scenario = binder.bindRecord(map, Scenario.class, "");
        errors.addAll(binder.errors());
        if (scenario != null && errors.isEmpty()) {
            errors.addAll(new Validator(binder, map, limits).validate(scenario));
            scenario = Uncertainty.complete(scenario, binder, map, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return scenario;
    }

    private void applyVariant(MappingNode root, String name, List<Diagnostic> errors) {
        Node variants = Overrides.find(root, "variants");
        Node variant = variants instanceof MappingNode v ? Overrides.find(v, name) : null;
        if (!(variant instanceof MappingNode body)) {
            List<String> names = base == null ? List.of() : List.copyOf(base.variants().keySet());
            errors.add(Diagnostic.of(source.name(), "no variant '" + name + "'" + Suggestions.hint(name, names)
                    + (names.isEmpty() ? " (the file defines none)" : " (variants: " + String.join(", ", names) + ")")));
            return;
        }
        Node set = Overrides.find(body, "set");
        if (!(set instanceof MappingNode assignments)) {
            return;
        }
        for (NodeTuple tuple : assignments.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                try {
                    Overrides.apply(root, key.getValue(), tuple.getValueNode());
                } catch (Overrides.PathException e) {
                    errors.add(source.at(key.getStartMark().getLine(), key.getStartMark().getColumn(),
                            "variant " + name + ": " + e.getMessage()));
                }
            }
        }
    }

    private void applySet(MappingNode root, Assignment set, IdentityHashMap<Node, Source> foreign,
                          List<Diagnostic> errors) {
        Source argument = new Source("--set", List.of(set.text()), set.path().length() + 1);
        Node value = set.value().isEmpty() ? reader.compose(argument, "null") : reader.compose(argument, set.value());
        if (value == null) {
            value = reader.compose(argument, "null");
        }
        markForeign(value, argument, foreign);
        try {
            Overrides.apply(root, set.path(), value).forEach(n -> foreign.put(n, argument));
        } catch (Overrides.PathException e) {
            errors.add(new Source("--set", List.of(set.text()), 0).at(0, 0, e.getMessage()));
        }
    }

    private static void markForeign(Node node, Source source, IdentityHashMap<Node, Source> foreign) {
        foreign.put(node, source);
        if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> markForeign(n, source, foreign));
        } else if (node instanceof MappingNode map) {
            map.getValue().forEach(t -> {
                markForeign(t.getKeyNode(), source, foreign);
                markForeign(t.getValueNode(), source, foreign);
            });
        }
    }

    /**
     * The file's text with a variant written into its {@code variants:} block, every other byte unchanged. The
     * overrides are checked first, as {@code --set} would apply them; the result is not yet validated as a whole
     * (load it to prove that).
     *
     * @throws VariantText.Exists when the name is taken and {@code replace} is false
     */
    public String withVariant(String name, String description, List<Assignment> sets, boolean replace) {
        resolve(null, sets);
        return VariantText.insert(text, readOnly(), reader, name, description, sets, replace);
    }

    /**
     * The file's text with its top-level {@code id} set to {@code id}, every other byte unchanged (the id's
     * scalar is replaced where it stands; a file without one gets {@code id:} as its first key).
     */
    public String withId(String id) {
        if (!(readOnly() instanceof MappingNode map)) {
            throw new InvalidInputException(Diagnostic.of(source.name(), "not a scenario mapping"));
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")
                    && t.getValueNode() instanceof ScalarNode v
                    && v.getStartMark().getLine() == v.getEndMark().getLine()) {
                List<String> lines = VariantText.lines(text);
                String line = lines.get(v.getStartMark().getLine());
                int from = line.offsetByCodePoints(0, v.getStartMark().getColumn());
                int to = line.offsetByCodePoints(0, v.getEndMark().getColumn());
                lines.set(v.getStartMark().getLine(), line.substring(0, from) + id + line.substring(to));
                return String.join("", lines);
            }
        }
        int first = map.getValue().isEmpty() ? 0 : map.getValue().get(0).getKeyNode().getStartMark().getLine();
        List<String> lines = VariantText.lines(text);
        lines.add(first, "id: " + id + (text.contains("\r\n") ? "\r\n" : "\n"));
        return String.join("", lines);
    }

    /**
     * The 1-based line of the {@code expect:} key that applies to the base scenario (variant null) or to a
     * variant; without one, the line of the variant's name, or 1 for the base scenario.
     */
    public int expectLine(String variant) {
        Node root = readOnly();
        if (!(root instanceof MappingNode map)) {
            return 1;
        }
        if (variant == null) {
            return keyLine(map, "expect", 1);
        }
        Node variants = Overrides.find(map, "variants");
        if (variants instanceof MappingNode all) {
            int named = keyLine(all, variant, 1);
            return Overrides.find(all, variant) instanceof MappingNode body ? keyLine(body, "expect", named) : named;
        }
        return 1;
    }

    private synchronized Node readOnly() {
        if (readOnly == null) {
            readOnly = reader.compose(source, text);
        }
        return readOnly;
    }

    private static int keyLine(MappingNode map, String key, int fallback) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return k.getStartMark().getLine() + 1;
            }
        }
        return fallback;
    }

    /** The variants the file defines, in file order. */
    public List<Variant> variants() {
        return List.copyOf(base.variants().values());
    }
}
