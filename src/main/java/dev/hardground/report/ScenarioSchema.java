package dev.hardground.report;

import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.Keyed;
import dev.hardground.model.Leader;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import dev.hardground.model.Threat;
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
 * The JSON Schema (draft 2020-12) of scenario files, generated from the model records by reflection, the way
 * the loader binds them: a record is an object whose keys are its components and no others; enums are their
 * kebab-case keys; lists, maps, ISO dates ({@code format: date} and a pattern), numbers, booleans and text.
 * Every optional key may be {@code null}, as the loader allows. Keys the loader's validator requires are
 * {@code required} here too. Editors use it for completion and checking.
 */
public final class ScenarioSchema {
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    public static final String ID = "https://hardground.dev/schema/scenario.schema.json";

    /** The keys without which the loader rejects a scenario (scenario/Validator). */
    private static final Map<Class<?>, List<String>> REQUIRED = Map.of(
            Scenario.class, List.of("id", "asOf", "agreement", "parties"),
            Leader.class, List.of("name"),
            Threat.class, List.of("source"),
            Commitment.class, List.of("id"),
            Event.class, List.of("id", "date", "kind"));

    /** Components that hold probabilities, which may be written as ranges (scenario/Ranges). */
    private static final Map<Class<?>, List<String>> PROBABILITIES = Map.of(
            Commitment.class, List.of("chance"),
            Party.class, List.of("earlyExitChance", "publicSupport"),
            Leader.class, List.of("approval"),
            Event.class, List.of("outcomes", "successorStance", "governmentSuccessorStance"));

    private final Map<String, Object> defs = new LinkedHashMap<>();

    private ScenarioSchema() {
    }

    /** The whole schema as ordered maps and lists, ready for {@link Json#write}. */
    public static Map<String, Object> generate() {
        ScenarioSchema schema = new ScenarioSchema();
        Map<String, Object> root = Json.object("$schema", DRAFT, "$id", ID,
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
        Map<String, Object> armedGroup = Json.object("properties", Json.object("kind", Json.object("const", "armed-group")),
                "required", List.of("kind"));
        Map<String, Object> party = Json.object("if", Json.object("not", armedGroup),
                "then", Json.object("required", List.of("leader")));
        Map<String, Object> imported = Json.object("properties", Json.object("source", Json.object("type", "object")),
                "required", List.of("source"));
        return Json.object("if", Json.object("not", imported), "then",
                Json.object("properties", Json.object("parties", Json.object("additionalProperties", party))));
    }

    private Map<String, Object> record(Class<?> type) {
        List<String> required = REQUIRED.getOrDefault(type, List.of());
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(dev.hardground.model.Derived.class)) {
                continue;
            }
            Map<String, Object> value = schemaOf(c.getGenericType());
            if (PROBABILITIES.getOrDefault(type, List.of()).contains(c.getName())) {
                value = ranged(value);
            }
            properties.put(c.getName(), required.contains(c.getName()) ? value : nullable(value));
        }
        Map<String, Object> out = Json.object("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            out.put("required", required);
        }
        out.put("additionalProperties", false);
        return out;
    }

    private Map<String, Object> schemaOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return Json.object("type", "string");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Json.object("type", "boolean");
        }
        if (raw == Double.class || raw == double.class) {
            return Json.object("type", "number");
        }
        if (raw == Integer.class || raw == int.class) {
            return Json.object("type", "integer");
        }
        if (raw == LocalDate.class) {
            return Json.object("type", "string", "format", "date", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
        if (raw == Object.class) {
            return Json.object();
        }
        if (raw.isEnum() && Keyed.class.isAssignableFrom(raw)) {
            return ref(raw, () -> Json.object("enum", keys(raw)));
        }
        if (raw.isRecord()) {
            return ref(raw, () -> record(raw));
        }
        Type[] args = ((ParameterizedType) type).getActualTypeArguments();
        if (List.class.isAssignableFrom(raw)) {
            return Json.object("type", "array", "items", schemaOf(args[0]));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<String, Object> map = Json.object("type", "object");
            Class<?> key = (Class<?>) args[0];
            if (key.isEnum()) {
                map.put("propertyNames", Json.object("enum", keys(key)));
            }
            map.put("additionalProperties", schemaOf(args[1]));
            return map;
        }
        throw new IllegalStateException("no schema for " + type);
    }

    /** A probability, or a map of them, that may also be a range: {@code 0.2 to 0.5} or {@code { beta: [a, b] }}. */
    private Map<String, Object> ranged(Map<String, Object> value) {
        Map<String, Object> probability = ref(Probability.class, () -> Json.object(
                "description", "a probability, or a range: LOW to HIGH (a 90% interval) or { beta: [a, b] }",
                "anyOf", List.of(
                        Json.object("type", "number", "minimum", 0, "maximum", 1),
                        Json.object("type", "string", "pattern", "^\\s*[0-9.eE+-]+\\s+to\\s+[0-9.eE+-]+\\s*$"),
                        Json.object("type", "object", "properties", Json.object("beta", Json.object(
                                        "type", "array", "minItems", 2, "maxItems", 2,
                                        "items", Json.object("type", "number", "exclusiveMinimum", 0))),
                                "required", List.of("beta"), "additionalProperties", false))));
        if ("object".equals(value.get("type"))) {
            Map<String, Object> copy = new LinkedHashMap<>(value);
            copy.put("additionalProperties", probability);
            return copy;
        }
        return probability;
    }

    /** Names the range syntax's entry in {@code $defs}. */
    private record Probability() {
    }

    /** A reference into {@code $defs}, defining the type there the first time it is met. */
    private Map<String, Object> ref(Class<?> type, java.util.function.Supplier<Map<String, Object>> definition) {
        String name = type.getSimpleName();
        if (!defs.containsKey(name)) {
            defs.put(name, Map.of()); // placeholder: a record may refer to itself
            defs.put(name, definition.get());
        }
        return Json.object("$ref", "#/$defs/" + name);
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
        return Json.object("anyOf", List.of(schema, Json.object("type", "null")));
    }

    private static List<String> keys(Class<?> enumType) {
        List<String> keys = new ArrayList<>();
        Arrays.stream(enumType.getEnumConstants()).forEach(c -> keys.add(((Keyed) c).key()));
        return keys;
    }
}
