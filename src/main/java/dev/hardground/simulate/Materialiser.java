package dev.hardground.simulate;

import dev.hardground.model.Event;
import dev.hardground.model.Keyed;
import dev.hardground.model.RangedInput;
import dev.hardground.model.Scenario;
import dev.hardground.model.Weights;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts one draw of a scenario's ranged inputs into the scenario: each value at its override path
 * ({@code commitments[jp-firms-contribute].chance}, {@code events[vote].outcomes.government-wins},
 * {@code parties.KR.leader.approval}), then each distribution that holds ranged weights made whole again by
 * {@link Weights#normalise}. Records are copied component by component, so a component added to the model
 * later needs no change here.
 */
final class Materialiser {
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor for " + type, e);
            }
        }
    };

    private final List<RangedInput> inputs;
    private final List<List<String>> segments = new ArrayList<>();
    /** Per event id, per distribution component, the keys that are ranged. */
    private final Map<String, Map<String, Set<String>>> rangedWeights = new LinkedHashMap<>();

    Materialiser(List<RangedInput> inputs) {
        this.inputs = List.copyOf(inputs);
        for (RangedInput input : inputs) {
            List<String> parts = split(input.path());
            segments.add(parts);
            if (parts.get(0).startsWith("events[")) {
                String id = selector(parts.get(0));
                rangedWeights.computeIfAbsent(id, k -> new HashMap<>())
                        .computeIfAbsent(parts.get(1), k -> new HashSet<>()).add(parts.get(2));
            }
        }
    }

    /** The scenario with {@code values[i]} at the path of input i; the ranged inputs stay listed. */
    Scenario apply(Scenario scenario, double[] values) {
        Object out = scenario;
        for (int i = 0; i < inputs.size(); i++) {
            out = set(out, segments.get(i), 0, values[i]);
        }
        Scenario s = (Scenario) out;
        if (rangedWeights.isEmpty()) {
            return s;
        }
        List<Event> events = new ArrayList<>();
        for (Event e : s.events()) {
            Map<String, Set<String>> ranged = rangedWeights.get(e.id());
            Object event = e;
            if (ranged != null) {
                for (var entry : ranged.entrySet()) {
                    event = with(event, entry.getKey(), normalise((Map<?, ?>) component(event, entry.getKey()),
                            entry.getValue()));
                }
            }
            events.add((Event) event);
        }
        return s.withEvents(events);
    }

    /**
     * The record component that holds input {@code i}'s value in {@code scenario}: the last component its path names
     * ({@code chance} for {@code commitments[x].chance}, {@code outcomes} for {@code events[e].outcomes.occurs}; map
     * keys and list selectors are not components).
     */
    String component(Scenario scenario, int i) {
        Object node = scenario;
        String last = null;
        for (String segment : segments.get(i)) {
            if (node instanceof Map<?, ?> map) {
                node = map.entrySet().stream().filter(e -> keyText(e.getKey()).equals(segment))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                continue;
            }
            if (node == null || !node.getClass().isRecord()) {
                return last;
            }
            int bracket = segment.indexOf('[');
            last = bracket < 0 ? segment : segment.substring(0, bracket);
            node = component(node, last);
            if (bracket >= 0) {
                String id = selector(segment);
                node = ((List<?>) node).stream().filter(x -> id.equals(component(x, "id"))).findFirst().orElse(null);
            }
        }
        return last;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Double> normalise(Map<?, ?> weights, Set<String> rangedKeys) {
        Set<Object> ranged = new HashSet<>();
        for (Object key : weights.keySet()) {
            if (rangedKeys.contains(keyText(key))) {
                ranged.add(key);
            }
        }
        return Weights.normalise((Map<Object, Double>) weights, ranged);
    }

    private static Object set(Object node, List<String> path, int at, double value) {
        if (at == path.size()) {
            return value;
        }
        String segment = path.get(at);
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            for (Object key : map.keySet()) {
                if (keyText(key).equals(segment)) {
                    copy.put(key, set(map.get(key), path, at + 1, value));
                    return copy;
                }
            }
            throw new IllegalArgumentException("no '" + segment + "' in " + String.join(".", path));
        }
        int bracket = segment.indexOf('[');
        String name = bracket < 0 ? segment : segment.substring(0, bracket);
        Object child = component(node, name);
        if (bracket >= 0) {
            String id = selector(segment);
            List<Object> items = new ArrayList<>((List<?>) child);
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(component(items.get(i), "id"))) {
                    items.set(i, set(items.get(i), path, at + 1, value));
                    return with(node, name, items);
                }
            }
            throw new IllegalArgumentException("no element [" + id + "] in " + String.join(".", path));
        }
        return with(node, name, set(child, path, at + 1, value));
    }

    private static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    return c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException("no component '" + name + "' in " + record.getClass().getSimpleName());
    }

    private static Object with(Object record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
            }
            return CONSTRUCTORS.get(record.getClass()).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static String keyText(Object key) {
        return key instanceof Keyed k ? k.key() : key.toString();
    }

    private static String selector(String segment) {
        return segment.substring(segment.indexOf('[') + 1, segment.lastIndexOf(']'));
    }

    /** Splits at dots outside brackets: {@code commitments[a.b].chance} is two segments. */
    private static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == '.' && depth == 0) {
                out.add(path.substring(start, i));
                start = i + 1;
            }
        }
        out.add(path.substring(start));
        return out;
    }
}
