package dev.hardground.report;

import dev.hardground.model.Agreement;
import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Expectation;
import dev.hardground.model.Keyed;
import dev.hardground.model.Leader;
import dev.hardground.model.Party;
import dev.hardground.model.Probability;
import dev.hardground.model.Range;
import dev.hardground.model.Scenario;
import dev.hardground.model.Threat;
import dev.hardground.model.Variant;
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
 * {@code required} here too. A field marked {@link Probability} is bounded to [0, 1] (a map's values, a range's
 * ends); a field the model fills in when it is absent carries that {@code default} (read by building the record
 * from nothing); an event's {@code outcomes} name the outcomes its kind allows ({@link EventKind#outcomeNames});
 * each type carries a description. Editors use it for completion, hover text and checking.
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

    /** What each type of the file is, for an editor's hover text. */
    private static final Map<Class<?>, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(Agreement.class, "The agreement itself: its form, whether it is ratified, a broker, mechanisms, parties."),
            Map.entry(Party.class, "A party to the agreement (key: its code): its leader, regime, public and opposition."),
            Map.entry(Leader.class, "The party's head of government on asOf: term, approval and stance toward the deal."),
            Map.entry(Threat.class, "A threat the parties face; one felt by both sides gives them a reason to cooperate."),
            Map.entry(Commitment.class, "A promise a party made under the deal, with the chance it is kept by its due date."),
            Map.entry(Event.class, "A future event the simulator samples: an election, leader exit, court ruling, provocation or shock."),
            Map.entry(Variant.class, "A named what-if: overrides on the base scenario, with its own expectation."),
            Map.entry(Expectation.class, "What the scenario is expected to yield; batch checks it (without one, batch skips it)."),
            Map.entry(Range.class, "A range; either end may be left out."));

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
        Map<String, Object> defaults = defaults(type);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.isAnnotationPresent(dev.hardground.model.Derived.class)) {
                continue;
            }
            Map<String, Object> value = schemaOf(c.getGenericType());
            if (PROBABILITIES.getOrDefault(type, List.of()).contains(c.getName())) {
                value = ranged(value);
            } else if (c.isAnnotationPresent(Probability.class)) {
                value = probability(value);
            }
            value = required.contains(c.getName()) ? value : nullable(value);
            if (defaults.containsKey(c.getName())) {
                value = new LinkedHashMap<>(value);
                value.put("default", defaults.get(c.getName()));
            }
            properties.put(c.getName(), value);
        }
        Map<String, Object> out = Json.object("type", "object");
        if (DESCRIPTIONS.containsKey(type)) {
            out.put("description", DESCRIPTIONS.get(type));
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

    /** Bounds a number, a map's values or a range's ends to [0, 1]. */
    private Map<String, Object> probability(Map<String, Object> schema) {
        if ("number".equals(schema.get("type"))) {
            Map<String, Object> bounded = new LinkedHashMap<>(schema);
            bounded.put("minimum", 0);
            bounded.put("maximum", 1);
            return bounded;
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            Map<String, Object> bounded = new LinkedHashMap<>(schema);
            @SuppressWarnings("unchecked")
            Map<String, Object> v = (Map<String, Object>) values;
            bounded.put("additionalProperties", probability(v));
            return bounded;
        }
        if (("#/$defs/" + Range.class.getSimpleName()).equals(schema.get("$ref"))) {
            defs.computeIfAbsent("ProbabilityRange", k -> {
                Map<String, Object> range = new LinkedHashMap<>(record(Range.class));
                range.put("description", "A range of probabilities, each end in [0, 1]; either end may be left out.");
                Map<String, Object> ends = new LinkedHashMap<>();
                for (RecordComponent c : Range.class.getRecordComponents()) {
                    ends.put(c.getName(), nullable(probability(schemaOf(c.getGenericType()))));
                }
                range.put("properties", ends);
                return range;
            });
            return Json.object("$ref", "#/$defs/ProbabilityRange");
        }
        throw new IllegalStateException("@Probability on a field that is not a number, a map of numbers or a range");
    }

    /** For each event kind with fixed outcome names: its outcomes may name only those. */
    private static List<Object> outcomeNamesByKind() {
        List<Object> rules = new ArrayList<>();
        for (EventKind kind : EventKind.values()) {
            if (!kind.outcomeNames().isEmpty()) {
                rules.add(Json.object(
                        "if", Json.object("properties", Json.object("kind", Json.object("const", kind.key())),
                                "required", List.of("kind")),
                        "then", Json.object("properties", Json.object("outcomes", Json.object(
                                "description", "The outcomes of " + (kind == EventKind.ELECTION ? "an " : "a ") + kind.key()
                                        + ": " + String.join(", ", kind.outcomeNames()) + ", each with its probability.",
                                "propertyNames", Json.object("enum", kind.outcomeNames()))))));
            }
        }
        return rules;
    }

    /**
     * What the model fills in for each absent plain field (an enum's key, a number, a boolean), read by building
     * the record from nothing but nulls; none when the record refuses that.
     */
    private static Map<String, Object> defaults(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] nulls = Arrays.stream(types).map(t -> t == boolean.class ? (Object) false
                : t == double.class ? (Object) 0.0 : t == int.class ? (Object) 0 : null).toArray();
        Object built;
        try {
            built = type.getDeclaredConstructor(types).newInstance(nulls);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Map.of();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            if (c.getType().isPrimitive()) {
                continue;
            }
            try {
                Object value = c.getAccessor().invoke(built);
                if (value instanceof Keyed k) {
                    out.put(c.getName(), k.key());
                } else if (value instanceof Number || value instanceof Boolean) {
                    out.put(c.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
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
        Map<String, Object> probability = ref(RangedProbability.class, () -> Json.object(
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
    private record RangedProbability() {
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
