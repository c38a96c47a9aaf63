package dev.hardground.scenario;

import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Keyed;
import dev.hardground.model.Range;
import dev.hardground.model.Scenario;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from {@link Fields}, the way the loader binds and
 * checks them: a record is an object whose keys are its fields and no others; enums are their kebab-case keys;
 * lists, maps, ISO dates ({@code format: date} and a pattern), numbers, booleans and text. Every optional key may
 * be {@code null}, as the loader allows. Required fields are {@code required}; a bounded field carries its
 * {@code minimum} and {@code maximum} (a map's values, a range's ends); a field that takes ranges accepts the
 * range syntax; a field the model fills in when absent carries that {@code default}; every field and record
 * carries its description; an event's {@code outcomes} name the outcomes its kind allows
 * ({@link EventKind#outcomeNames}). Editors use it for completion, hover text and checking. Values are plain
 * ordered maps and lists, for any JSON writer.
 */
public final class ScenarioSchema {
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    public static final String ID = "https://hardground.dev/schema/scenario.schema.json";

    private final Map<String, Object> defs = new LinkedHashMap<>();

    private ScenarioSchema() {
    }

    /** The whole schema as ordered maps and lists, ready for {@link Json#write}. */
    public static Map<String, Object> generate() {
        ScenarioSchema schema = new ScenarioSchema();
        Map<String, Object> root = object("$schema", DRAFT, "$id", ID,
                "title", "hardground scenario",
                "description", "One agreement and its context as known on asOf (DESIGN.md §3).");
        root.putAll(schema.record(Scenario.class));
        root.putAll(leaderRule());
        root.put("$defs", schema.defs);
        return root;
    }

    /**
     * The validator's rule on leaders: a party needs one unless it is an armed group, or the scenario was
     * imported from a dataset (it has a {@code source}), whose rows name no leaders.
     */
    private static Map<String, Object> leaderRule() {
        Map<String, Object> armedGroup = object("properties", object("kind", object("const", "armed-group")),
                "required", List.of("kind"));
        Map<String, Object> party = object("if", object("not", armedGroup),
                "then", object("required", List.of("leader")));
        Map<String, Object> imported = object("properties", object("source", object("type", "object")),
                "required", List.of("source"));
        return object("if", object("not", imported), "then",
                object("properties", object("parties", object("additionalProperties", party))));
    }

    private Map<String, Object> record(Class<?> type) {
        List<String> required = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Fields.Field f : Fields.of(type)) {
            Map<String, Object> value = schemaOf(f.type());
            if (f.ranges()) {
                value = ranged(value);
            } else if (f.bounds() != null) {
                value = bounded(value, f.bounds());
            }
            if (f.required()) {
                required.add(f.name());
                if ("object".equals(value.get("type")) || "array".equals(value.get("type"))) {
                    value = new LinkedHashMap<>(value);
                    value.put("object".equals(value.get("type")) ? "minProperties" : "minItems", 1);
                }
            } else {
                value = nullable(value);
            }
            value = described(value, f.description());
            if (f.defaultValue() != null) {
                value.put("default", f.defaultValue());
            }
            properties.put(f.name(), value);
        }
        Map<String, Object> out = object("type", "object");
        if (Fields.describe(type) != null && type != Scenario.class) {
            out.put("description", Fields.describe(type));
        }
        out.put("properties", properties);
        if (!required.isEmpty()) {
            out.put("required", required);
        }
        out.put("additionalProperties", false);
        if (type == Event.class) {
            out.put("allOf", outcomeNamesByKind());
        }
        return out;
    }

    /**
     * A description beside a schema: in the schema itself when it is inline, beside a {@code $ref} otherwise
     * (draft 2020-12 lets a reference carry its own annotations).
     */
    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        Map<String, Object> out = new LinkedHashMap<>(schema);
        out.put("description", description);
        return out;
    }

    /** Bounds a number, a map's values or a range's ends. */
    private Map<String, Object> bounded(Map<String, Object> schema, Fields.Bounds bounds) {
        if ("number".equals(schema.get("type")) || "integer".equals(schema.get("type"))) {
            Map<String, Object> bounded = new LinkedHashMap<>(schema);
            bounded.put("minimum", number(bounds.min()));
            bounded.put("maximum", number(bounds.max()));
            return bounded;
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            Map<String, Object> bounded = new LinkedHashMap<>(schema);
            @SuppressWarnings("unchecked")
            Map<String, Object> v = (Map<String, Object>) values;
            bounded.put("additionalProperties", bounded(v, bounds));
            return bounded;
        }
        if (("#/$defs/" + Range.class.getSimpleName()).equals(schema.get("$ref"))) {
            String name = bounds.equals(Fields.Bounds.PROBABILITY) ? "ProbabilityRange"
                    : "Range" + trim(bounds.min()) + "To" + trim(bounds.max());
            defs.computeIfAbsent(name, k -> {
                Map<String, Object> range = new LinkedHashMap<>(record(Range.class));
                range.put("description", bounds.equals(Fields.Bounds.PROBABILITY)
                        ? "A range of probabilities, each end in [0, 1]; either end may be left out."
                        : "A range, each end in [" + trim(bounds.min()) + ", " + trim(bounds.max())
                        + "]; either end may be left out.");
                Map<String, Object> ends = new LinkedHashMap<>();
                for (Fields.Field f : Fields.of(Range.class)) {
                    ends.put(f.name(), described(nullable(bounded(schemaOf(f.type()), bounds)), f.description()));
                }
                range.put("properties", ends);
                return range;
            });
            return object("$ref", "#/$defs/" + name);
        }
        throw new IllegalStateException("bounds on a field that is not a number, a map of numbers or a range");
    }

    /** A bound as JSON writes it: 0 and 1 as integers, as before, others as they are. */
    private static Object number(double v) {
        return v == Math.rint(v) ? (Object) (long) v : (Object) v;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** For each event kind with fixed outcome names: its outcomes may name only those. */
    private static List<Object> outcomeNamesByKind() {
        List<Object> rules = new ArrayList<>();
        // A dated event has a date; a risk with no date has a yearly chance instead (scenario/Validator).
        rules.add(object("if", object("required", List.of("perYear")),
                "then", object("not", object("required", List.of("date"))),
                "else", object("required", List.of("date"))));
        for (EventKind kind : EventKind.values()) {
            if (!kind.outcomeNames().isEmpty()) {
                rules.add(object(
                        "if", object("properties", object("kind", object("const", kind.key())),
                                "required", List.of("kind")),
                        "then", object("properties", object("outcomes", object(
                                "description", "The outcomes of " + (kind == EventKind.ELECTION ? "an " : "a ") + kind.key()
                                        + ": " + String.join(", ", kind.outcomeNames()) + ", each with its probability.",
                                "propertyNames", object("enum", kind.outcomeNames()))))));
            }
        }
        return rules;
    }

    private Map<String, Object> schemaOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return object("type", "string");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return object("type", "boolean");
        }
        if (raw == Double.class || raw == double.class) {
            return object("type", "number");
        }
        if (raw == Integer.class || raw == int.class) {
            return object("type", "integer");
        }
        if (raw == LocalDate.class) {
            return object("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
        if (raw == Object.class) {
            return object();
        }
        if (raw.isEnum() && Keyed.class.isAssignableFrom(raw)) {
            return ref(raw, () -> object("enum", keys(raw)));
        }
        if (raw.isRecord()) {
            return ref(raw, () -> record(raw));
        }
        Type[] args = ((ParameterizedType) type).getActualTypeArguments();
        if (List.class.isAssignableFrom(raw)) {
            return object("type", "array", "items", schemaOf(args[0]));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> map = object("type", "object");
            Class<?> key = (Class<?>) args[0];
            if (key.isEnum()) {
                map.put("propertyNames", object("enum", keys(key)));
            }
            map.put("additionalProperties", schemaOf(args[1]));
            return map;
        }
        throw new IllegalStateException("no schema for " + type);
    }

    /** A probability, or a map of them, that may also be a range: {@code 0.2 to 0.5} or {@code { beta: [a, b] }}. */
    private Map<String, Object> ranged(Map<String, Object> value) {
        Map<String, Object> probability = ref(RangedProbability.class, () -> object(
                "description", "a probability, or a range: LOW to HIGH (a 90% interval) or { beta: [a, b] }",
                "anyOf", List.of(
                        object("type", "number", "minimum", 0, "maximum", 1),
                        object("type", "string", "pattern", "^\\s*[0-9.eE+-]+\\s+to\\s+[0-9.eE+-]+\\s*$"),
                        object("type", "object", "properties", object("beta", object(
                                        "type", "array", "minItems", 2, "maxItems", 2,
                                        "items", object("type", "number", "exclusiveMinimum", 0))),
                                "required", List.of("beta"), "additionalProperties", false))));
        if ("object".equals(value.get("type"))) {
            Map<String, Object> copy = new LinkedHashMap<>(value);
            copy.put("additionalProperties", probability);
            return copy;
        }
        return probability;
    }

    /** Names the range syntax's entry in {@code $defs}. */
    private record RangedProbability() {
    }

    /** A reference into {@code $defs}, defining the type there the first time it is met. */
    private Map<String, Object> ref(Class<?> type, java.util.function.Supplier<Map<String, Object>> definition) {
        String name = type.getSimpleName();
        if (!defs.containsKey(name)) {
            defs.put(name, Map.of()); // placeholder: a record may refer to itself
            defs.put(name, definition.get());
        }
        return object("$ref", "#/$defs/" + name);
    }

    private static Map<String, Object> nullable(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String t && !schema.containsKey("format")) {
            Map<String, Object> copy = new LinkedHashMap<>(schema);
            copy.put("type", List.of(t, "null"));
            return copy;
        }
        if (schema.isEmpty()) {
            return schema;
        }
        return object("anyOf", List.of(schema, object("type", "null")));
    }

    private static List<String> keys(Class<?> enumType) {
        List<String> keys = new ArrayList<>();
        Arrays.stream(enumType.getEnumConstants()).forEach(c -> keys.add(((Keyed) c).key()));
        return keys;
    }

    /** An ordered map of alternating keys and values. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
