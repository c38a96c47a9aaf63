package dev.hardground.scenario;

import dev.hardground.model.Keyed;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scenario file's field reference as Markdown (docs/scenario.md), written from {@link Fields}: one table per
 * record, each field with its type, whether it is required, its bounds, whether it takes ranges, its default and
 * what it means. The same table the loader and the JSON Schema follow, so the docs cannot disagree with them.
 */
public final class ScenarioReference {
    private ScenarioReference() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Scenario fields\n\n")
                .append("<!-- Generated from scenario/Fields by `./hardground reference scenario -o docs/scenario.md`;"
                        + " do not edit. FieldsTest fails when this file is stale. -->\n\n")
                .append("Every key a scenario file may hold, as the loader, the validator and `hardground schema` read"
                        + " it. Unknown keys are errors; an optional key may be `null`. A probability may be written"
                        + " as a range (`0.2 to 0.5`, a 90% interval, or `{ beta: [a, b] }`) where the table says so:"
                        + " " + Fields.rangedPaths().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", "))
                        + ".\n");
        for (Class<?> type : Fields.records()) {
            out.append("\n## ").append(type.getSimpleName()).append("\n\n").append(Fields.describe(type)).append("\n\n")
                    .append("| key | type | | default | meaning |\n| --- | --- | --- | --- | --- |\n");
            for (Fields.Field f : Fields.of(type)) {
                out.append("| `").append(f.name()).append("` | ").append(typeName(f.type())).append(" | ")
                        .append(notes(f)).append(" | ")
                        .append(f.defaultValue() == null ? "" : "`" + f.defaultValue() + "`").append(" | ")
                        .append(f.description()).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String notes(Fields.Field f) {
        StringBuilder s = new StringBuilder(f.required() ? "required" : "");
        if (f.bounds() != null) {
            s.append(s.isEmpty() ? "" : ", ").append('[').append(trim(f.bounds().min())).append(", ")
                    .append(trim(f.bounds().max())).append(']');
        }
        if (f.ranges()) {
            s.append(s.isEmpty() ? "" : ", ").append("takes ranges");
        }
        return s.toString();
    }

    private static String typeName(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return List.class.isAssignableFrom((Class<?>) p.getRawType()) ? "list of " + typeName(args[0])
                    : "map of " + typeName(args[0]) + " to " + typeName(args[1]);
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isEnum() && Keyed.class.isAssignableFrom(raw)) {
            return Arrays.stream(raw.getEnumConstants()).map(c -> "`" + ((Keyed) c).key() + "`")
                    .collect(Collectors.joining(" \\| "));
        }
        if (raw.isRecord()) {
            return "[" + raw.getSimpleName() + "](#" + raw.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        if (raw == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        return Map.of(String.class, "text", Double.class, "number", Integer.class, "whole number", Boolean.class,
                "true or false", Object.class, "any value").getOrDefault(raw, raw.getSimpleName());
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
