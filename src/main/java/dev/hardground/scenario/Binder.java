package dev.hardground.scenario;

import dev.hardground.model.Suggestions;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.RangedInput;
import dev.hardground.model.Weights;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds a YAML node tree to the model's records by their components: keys are component names, values are
 * typed by the component (text, numbers, booleans, ISO dates, kebab-case enums, lists, maps, records). Every
 * mistake is collected as a located {@link Diagnostic}; binding goes on past it so one run reports them all.
 * Nodes are remembered by path ({@code parties.KR.leader.since}, {@code commitments[2].by}) for later checks.
 */
final class Binder {
    private final Source defaultSource;
    private final Map<Node, Source> foreignSources;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Map<String, Node> nodes = new HashMap<>();
    /** Probabilities written as ranges, by binder path ({@code commitments[1].chance}), in file order. */
    private final Map<String, RangedInput> ranged = new LinkedHashMap<>();

    /** A record's components, their index by name, and its canonical constructor, looked up once per class. */
    private record RecordShape(RecordComponent[] components, Map<String, Integer> index, Constructor<?> constructor) {
    }

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < components.length; i++) {
                index.put(components[i].getName(), i);
            }
            try {
                return new RecordShape(components, java.util.Collections.unmodifiableMap(index),
                        type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                                .toArray(Class<?>[]::new)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor for " + type.getSimpleName(), e);
            }
        }
    };

    Binder(Source defaultSource, IdentityHashMap<Node, Source> foreignSources) {
        this.defaultSource = defaultSource;
        this.foreignSources = foreignSources;
    }

    List<Diagnostic> errors() {
        return errors;
    }

    /** The ranged probabilities met while binding, by binder path, in file order. */
    Map<String, RangedInput> ranged() {
        return ranged;
    }

    /** The node bound at a path, for locating later checks; null when the path was absent. */
    Node node(String path) {
        return nodes.get(path);
    }

    Diagnostic at(Node node, String message) {
        Source source = foreignSources.getOrDefault(node, defaultSource);
        if (node.getStartMark() == null) {
            return source.at(0, 0, message); // made by an override without a place of its own
        }
        return source.at(node.getStartMark().getLine(), node.getStartMark().getColumn(), message);
    }

    private void error(Node node, String message) {
        errors.add(at(node, message));
    }

    <T> T bindRecord(Node node, Class<T> type, String path) {
        return type.cast(bind(node, type, path, null, null));
    }

    /** Binds a node to a type; {@code field} is the scenario field it is (a list's or map's entries inherit it). */
    private Object bind(Node node, Type type, String path, String key, Fields.Field field) {
        nodes.put(path, node);
        if (isNull(node)) {
            return null;
        }
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) {
            return bindRecordNode(node, raw, path, key);
        }
        if (List.class.isAssignableFrom(raw)) {
            return bindList(node, ((ParameterizedType) type).getActualTypeArguments()[0], path, field);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type[] args = ((ParameterizedType) type).getActualTypeArguments();
            return bindMap(node, rawClass(args[0]), args[1], path, field);
        }
        if (raw == Object.class) {
            return plain(node);
        }
        if (raw == Double.class && Ranges.looksLikeRange(node)) {
            return range(node, path, field);
        }
        if (!(node instanceof ScalarNode scalar)) {
            error(node, fieldName(path) + " expects " + Scalars.describe(raw) + ", not a " + shape(node));
            return null;
        }
        return scalar(scalar, raw, path);
    }

    private Object scalar(ScalarNode node, Class<?> raw, String path) {
        try {
            return Scalars.parse(node.getValue(), raw, fieldName(path));
        } catch (Scalars.Invalid e) {
            error(node, e.getMessage());
            return null;
        }
    }

    private Object range(Node node, String path, Fields.Field field) {
        if (field == null || !field.ranges()) {
            error(node, fieldName(path) + " takes a single number; ranges are for probabilities only ("
                    + String.join(", ", Fields.rangedPaths()) + ")");
            return null;
        }
        try {
            RangedInput input = Ranges.parse(node, path, fieldName(path));
            ranged.put(path, input);
            return input.mean();
        } catch (Scalars.Invalid e) {
            error(node, e.getMessage());
            return null;
        }
    }

    /**
     * A distribution with ranged weights holds the ranges' means and, for the weights written as points, their
     * share of the rest ({@link Weights}), so the point weights of such a distribution are relative; written as
     * it is when a point weight is out of [0, 1] (the validator says so).
     */
    private Map<Object, Object> distribution(Map<Object, Object> out, Map<Object, String> keys, String path,
                                             Node node) {
        java.util.Set<Object> rangedKeys = new java.util.HashSet<>();
        double rangedSum = 0;
        for (var e : out.entrySet()) {
            if (!(e.getValue() instanceof Double v)) {
                return out;
            }
            if (ranged.containsKey(path + "." + keys.get(e.getKey()))) {
                rangedKeys.add(e.getKey());
                rangedSum += v;
            } else if (v < 0 || v > 1) {
                return out;
            }
        }
        if (rangedKeys.isEmpty()) {
            return out;
        }
        if (rangedSum >= 1 && rangedKeys.size() < out.size()) {
            error(node, String.format(java.util.Locale.ROOT, "the ranged probabilities in '%s' have means summing to"
                    + " %.3f, leaving nothing for the others", path, rangedSum));
            return out;
        }
        Map<Object, Double> weights = new LinkedHashMap<>();
        out.forEach((k, v) -> weights.put(k, (Double) v));
        return new LinkedHashMap<>(Weights.normalise(weights, rangedKeys));
    }

    private Object bindRecordNode(Node node, Class<?> type, String path, String key) {
        if (!(node instanceof MappingNode map)) {
            error(node, fieldName(path) + " expects a mapping of keys, not a " + shape(node));
            return null;
        }
        RecordShape shape = SHAPES.get(type);
        RecordComponent[] components = shape.components();
        Map<String, Integer> index = shape.index();
        List<String> keys = Fields.of(type).stream().map(Fields.Field::name).toList();
        Object[] values = new Object[components.length];
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = keyText(tuple.getKeyNode());
            if (name == null) {
                continue;
            }
            Integer at = keys.contains(name) ? index.get(name) : null;
            if (at == null) {
                error(tuple.getKeyNode(), "unknown key '" + name + "'" + (path.isEmpty() ? "" : " in " + path)
                        + Suggestions.hint(name, keys));
                continue;
            }
            if (seen.put(name, tuple.getKeyNode()) != null) {
                error(tuple.getKeyNode(), "duplicate key '" + name + "'" + (path.isEmpty() ? "" : " in " + path));
                continue;
            }
            String childPath = path.isEmpty() ? name : path + "." + name;
            values[at] = bind(tuple.getValueNode(), components[at].getGenericType(), childPath, null,
                    Fields.get(type, name).orElseThrow());
        }
        if (key != null) {
            // A map entry's key names it: a party's code, a variant's name.
            String keyField = index.containsKey("code") ? "code" : "name";
            Integer at = index.get(keyField);
            if (at != null && values[at] == null) {
                values[at] = key;
            } else if (at != null && !key.equals(values[at])) {
                error(seen.get(keyField), keyField + " '" + values[at] + "' differs from its key '" + key
                        + "' in " + path.substring(0, path.lastIndexOf('.')) + "; leave " + keyField + " out");
                return null;
            }
        }
        for (int i = 0; i < components.length; i++) {
            if (values[i] == null && components[i].getType().isPrimitive()) {
                return null; // already reported as a type error
            }
        }
        try {
            return shape.constructor().newInstance(values);
        } catch (InvocationTargetException e) {
            error(node, fieldName(path) + ": " + e.getCause().getMessage());
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    private List<Object> bindList(Node node, Type element, String path, Fields.Field field) {
        if (!(node instanceof SequenceNode seq)) {
            error(node, fieldName(path) + " expects a list, not a " + shape(node));
            return null;
        }
        List<Object> out = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            Object value = bind(items.get(i), element, path + "[" + i + "]", null, field);
            if (value != null) {
                out.add(value);
            } else if (!isNull(items.get(i))) {
                out.add(null);
            }
        }
        return out.contains(null) ? null : out;
    }

    private Map<Object, Object> bindMap(Node node, Class<?> keyType, Type valueType, String path,
                                        Fields.Field field) {
        if (!(node instanceof MappingNode map)) {
            error(node, fieldName(path) + " expects a mapping, not a " + shape(node));
            return null;
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        Map<Object, String> names = new HashMap<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = keyText(tuple.getKeyNode());
            if (name == null) {
                continue;
            }
            if (seen.put(name, tuple.getKeyNode()) != null) {
                error(tuple.getKeyNode(), "duplicate key '" + name + "' in " + path);
                continue;
            }
            Object mapKey = keyType == String.class ? name : scalar((ScalarNode) tuple.getKeyNode(), keyType, path);
            if (mapKey == null) {
                continue;
            }
            String childPath = path + "." + name;
            nodes.put(childPath + "#key", tuple.getKeyNode());
            if (isNull(tuple.getValueNode()) && valueType != Object.class) {
                error(tuple.getKeyNode(), "'" + childPath + "' has no value");
                continue;
            }
            Object value = bind(tuple.getValueNode(), valueType, childPath, name, field);
            if (value != null) {
                out.put(mapKey, value);
                names.put(mapKey, name);
            }
        }
        return valueType == Double.class ? distribution(out, names, path, node) : out;
    }

    private String keyText(Node keyNode) {
        if (keyNode instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        error(keyNode, "a key must be plain text, not a " + shape(keyNode));
        return null;
    }

    /** A node as plain Java values (text, lists, maps), for free-form fields. */
    static Object plain(Node node) {
        if (node instanceof ScalarNode scalar) {
            return isNull(node) ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(Binder::plain).toList();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            out.put(String.valueOf(plain(t.getKeyNode())), plain(t.getValueNode()));
        }
        return out;
    }

    static boolean isNull(Node node) {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static String fieldName(String path) {
        if (path.isEmpty()) {
            return "the scenario";
        }
        return "'" + path + "'";
    }

    private static String shape(Node node) {
        return node instanceof MappingNode ? "mapping" : node instanceof SequenceNode ? "list" : "single value";
    }

}
