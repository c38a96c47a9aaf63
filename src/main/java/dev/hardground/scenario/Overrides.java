package dev.hardground.scenario;

import dev.hardground.model.Suggestions;
import dev.hardground.model.Scenario;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Applies override paths to a scenario's YAML tree before it is bound, so an overridden value is typed and
 * validated exactly like one written in the file. Paths are dotted keys; list elements are selected by id
 * ({@code commitments[jp-firms-contribute]}) or by a unique field ({@code threats[source=…]}); a field under a
 * null or missing object creates the object.
 */
final class Overrides {
    /** Fields that identify a list element, in order of preference, for listing valid paths. */
    private static final List<String> IDENTIFYING = List.of("id", "source", "name", "what");

    private record Segment(String key, String selector) {
    }

    /** Why a path could not be applied; {@code nearest} lists valid paths close to it. */
    static final class PathException extends Exception {
        private static final long serialVersionUID = 1L;

        PathException(String message) {
            super(message);
        }
    }

    private Overrides() {
    }

    /**
     * Sets {@code path} to {@code value} in the tree under {@code root}. Returns the nodes the override made
     * (objects created under a null field, and their keys): they carry the value's position, so an error about
     * them points at the override.
     */
    static List<Node> apply(MappingNode root, String path, Node value) throws PathException {
        List<Node> created = new ArrayList<>();
        List<Segment> segments = parse(path);
        Node node = root;
        Type type = Scenario.class;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            MappingNode map = (MappingNode) node;
            Type childType;
            Class<?> raw = raw(type);
            if (raw.isRecord()) {
                RecordComponent component = component(raw, segment.key())
                        .filter(c -> Fields.get(raw, c.getName()).isPresent())
                        .orElseThrow(() -> unknown(root, path));
                childType = component.getGenericType();
            } else if (Map.class.isAssignableFrom(raw)) {
                if (find(map, segment.key()) == null) {
                    throw new PathException("no '" + segment.key() + "' to set in '" + prefix(segments, i)
                            + "' (there is: " + String.join(", ", keys(map)) + ")");
                }
                childType = ((ParameterizedType) type).getActualTypeArguments()[1];
            } else {
                throw unknown(root, path);
            }
            if (segment.selector() != null) {
                if (!List.class.isAssignableFrom(raw(childType))) {
                    throw new PathException("'" + segment.key() + "' is not a list, so it takes no [selector]");
                }
                Node list = find(map, segment.key());
                Node element = list instanceof SequenceNode seq ? select(seq, segment, path) : null;
                if (element == null) {
                    throw new PathException("no element of " + segment.key() + " matches [" + segment.selector() + "]"
                            + available(list, segment.selector()));
                }
                childType = ((ParameterizedType) childType).getActualTypeArguments()[0];
                if (last) {
                    replaceElement((SequenceNode) list, element, value);
                    return created;
                }
                node = element;
            } else if (last) {
                put(map, segment.key(), value, created);
                return created;
            } else {
                Node child = find(map, segment.key());
                if (child == null || Binder.isNull(child)) {
                    if (!raw(childType).isRecord() && !Map.class.isAssignableFrom(raw(childType))) {
                        throw unknown(root, path);
                    }
                    child = new MappingNode(Tag.MAP, true, new ArrayList<>(), value.getStartMark(), value.getEndMark(),
                            DumperOptions.FlowStyle.BLOCK);
                    created.add(child);
                    put(map, segment.key(), child, created);
                } else if (!(child instanceof MappingNode)) {
                    throw new PathException("'" + prefix(segments, i + 1) + "' is not an object, so it has no '"
                            + segments.get(i + 1).key() + "'");
                }
                node = child;
            }
            type = childType;
        }
        return created;
    }

    private static List<Segment> parse(String path) throws PathException {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            int end = i;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            String key = path.substring(i, end);
            String selector = null;
            if (end < path.length() && path.charAt(end) == '[') {
                int close = path.indexOf(']', end);
                if (close < 0) {
                    throw new PathException("unclosed '[' in path '" + path + "'");
                }
                selector = path.substring(end + 1, close).strip();
                end = close + 1;
            }
            if (key.isEmpty()) {
                throw new PathException("empty key in path '" + path + "'");
            }
            out.add(new Segment(key, selector));
            if (end < path.length() && path.charAt(end) != '.') {
                throw new PathException("expected '.' after ']' in path '" + path + "'");
            }
            i = end + 1;
        }
        if (out.isEmpty()) {
            throw new PathException("empty path");
        }
        return out;
    }

    private static Node select(SequenceNode seq, Segment segment, String path) throws PathException {
        String selector = segment.selector();
        int eq = selector.indexOf('=');
        String field = eq < 0 ? "id" : selector.substring(0, eq).strip();
        String wanted = eq < 0 ? selector : selector.substring(eq + 1).strip();
        List<Node> matches = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m && find(m, field) instanceof ScalarNode s && s.getValue().equals(wanted)) {
                matches.add(item);
            }
        }
        if (matches.size() > 1) {
            throw new PathException("[" + selector + "] matches " + matches.size() + " elements of " + segment.key()
                    + " in '" + path + "'; select by a field that is unique");
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    private static String available(Node list, String selector) {
        if (!(list instanceof SequenceNode seq)) {
            return "";
        }
        int eq = selector.indexOf('=');
        String field = eq < 0 ? "id" : selector.substring(0, eq).strip();
        List<String> values = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m && find(m, field) instanceof ScalarNode s) {
                values.add(s.getValue());
            }
        }
        return values.isEmpty() ? "" : " (" + field + " is one of: " + String.join(", ", values) + ")";
    }

    private static PathException unknown(MappingNode root, String path) {
        List<String> valid = validPaths(root);
        List<String> near = valid.stream()
                .sorted(Comparator.comparingInt((String p) -> Suggestions.distance(path, p)))
                .limit(5).toList();
        return new PathException("unknown path '" + path + "'; nearest valid paths: " + String.join(", ", near));
    }

    /** Every settable leaf path of the scenario, as the user would write it. */
    static List<String> validPaths(MappingNode root) {
        List<String> out = new ArrayList<>();
        enumerate(Scenario.class, root, "", out);
        return out;
    }

    private static void enumerate(Type type, Node node, String prefix, List<String> out) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                String name = c.getName();
                if (Fields.get(raw, name).isEmpty()) {
                    continue;
                }
                if (prefix.isEmpty() && List.of("variants", "expect", "outcome", "sources").contains(name)) {
                    continue;
                }
                Node child = node instanceof MappingNode m ? find(m, name) : null;
                enumerateChild(c.getGenericType(), child, prefix.isEmpty() ? name : prefix + "." + name, out);
            }
        }
    }

    private static void enumerateChild(Type type, Node child, String path, List<String> out) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            enumerate(type, child, path, out);
        } else if (Map.class.isAssignableFrom(raw) && raw(((ParameterizedType) type).getActualTypeArguments()[1]).isRecord()) {
            if (child instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k) {
                        enumerate(((ParameterizedType) type).getActualTypeArguments()[1], t.getValueNode(),
                                path + "." + k.getValue(), out);
                    }
                }
            }
        } else if (List.class.isAssignableFrom(raw) && raw(((ParameterizedType) type).getActualTypeArguments()[0]).isRecord()) {
            if (child instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    String selector = selectorFor(item);
                    if (selector != null) {
                        enumerate(((ParameterizedType) type).getActualTypeArguments()[0], item, path + "[" + selector + "]", out);
                    }
                }
            }
        } else {
            out.add(path);
        }
    }

    private static String selectorFor(Node item) {
        if (!(item instanceof MappingNode m)) {
            return null;
        }
        for (String field : IDENTIFYING) {
            if (find(m, field) instanceof ScalarNode s) {
                return field.equals("id") ? s.getValue() : field + "=" + s.getValue();
            }
        }
        return null;
    }

    private static Optional<RecordComponent> component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static Node find(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static List<String> keys(MappingNode map) {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.add(k.getValue());
            }
        }
        return keys;
    }

    private static void put(MappingNode map, String key, Node value, List<Node> created) {
        List<NodeTuple> tuples = map.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                return;
            }
        }
        ScalarNode keyNode = new ScalarNode(Tag.STR, key, value.getStartMark(), value.getEndMark(),
                DumperOptions.ScalarStyle.PLAIN);
        created.add(keyNode);
        tuples.add(new NodeTuple(keyNode, value));
    }

    private static void replaceElement(SequenceNode list, Node element, Node value) {
        List<Node> items = list.getValue();
        items.set(items.indexOf(element), value);
    }

    private static String prefix(List<Segment> segments, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ".").append(segments.get(i).key());
            if (segments.get(i).selector() != null) {
                out.append('[').append(segments.get(i).selector()).append(']');
            }
        }
        return out.toString();
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
