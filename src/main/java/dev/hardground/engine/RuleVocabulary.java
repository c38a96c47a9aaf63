package dev.hardground.engine;

import dev.hardground.model.Agreement;
import dev.hardground.model.Breach;
import dev.hardground.model.Commitment;
import dev.hardground.model.ConflictContext;
import dev.hardground.model.Cooperation;
import dev.hardground.model.Event;
import dev.hardground.model.Keyed;
import dev.hardground.model.Ledger;
import dev.hardground.model.Occurred;
import dev.hardground.model.Party;
import dev.hardground.model.Precedent;
import dev.hardground.model.RuleApi;
import dev.hardground.model.Tenure;
import dev.hardground.model.Threat;
import dev.hardground.model.Today;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a rule may use: the fact classes the engine inserts into a session (with when each is there), the values
 * and enums they hold, and the {@code ledger} methods ({@link RuleApi}). The rule compiler accepts ledger calls by
 * this list, and {@link #markdown()} is docs/rules.md, generated so the reference cannot drift from the model.
 */
public final class RuleVocabulary {
    /** A fact class and when the engine inserts it. */
    public record Fact(Class<?> type, String when) {
    }

    /** The facts of a session, in the order {@link FactBuilder} inserts them ({@link Occurred} comes from the simulator). */
    public static final List<Fact> FACTS = List.of(
            new Fact(Today.class, "one per evaluation: the day the rules judge the world on"),
            new Fact(Agreement.class, "one per evaluation: the agreement judged"),
            new Fact(ConflictContext.class, "one when the scenario has a `context` (the war a peace agreement pauses)"),
            new Fact(Party.class, "one per party"),
            new Fact(Tenure.class, "one per party whose leader is named: the leader's position in office today"),
            new Fact(Threat.class, "one per threat"),
            new Fact(Commitment.class, "one per commitment, with its status as of today"),
            new Fact(Cooperation.class, "one per cooperation entry"),
            new Fact(Precedent.class, "one per precedent"),
            new Fact(Event.class, "one per event still ahead of today"),
            new Fact(Occurred.class, "during a simulation: one per sampled event that has happened by today, with its"
                    + " drawn outcome (what rules/dynamics reacts to)"),
            new Fact(Breach.class, "during a simulation: one per commitment broken in the trial so far, with the chance"
                    + " its breach ends the deal"));

    private RuleVocabulary() {
    }

    /** The ledger methods a rule may call, by name and then number of arguments. */
    public static List<Method> ledgerMethods() {
        return Arrays.stream(Ledger.class.getMethods()).filter(m -> m.isAnnotationPresent(RuleApi.class))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount)).toList();
    }

    /** The names of the ledger methods a rule may call, in order. */
    static java.util.SortedSet<String> ledgerMethodNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        ledgerMethods().forEach(m -> names.add(m.getName()));
        return names;
    }

    /** The reference of everything a rule may use, as Markdown (docs/rules.md). */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Rule vocabulary\n\n")
                .append("<!-- Generated from the model by `./hardground reference rules -o docs/rules.md`; do not edit."
                        + " RuleVocabularyTest fails when this file is stale. -->\n\n")
                .append("Everything a rule under `rules/` may match or call. Rule files `import dev.hardground.model.*;`"
                        + " and declare `global Ledger ledger;`. A field is matched by its name (`Party( regime =="
                        + " Regime.AUTOCRACY )`); a method with no arguments is called in a condition or a consequence"
                        + " (`Threat( shared() )`, `$t.shared()`). What each scenario field means is in"
                        + " [scenario.md](scenario.md). A simulation remembers a slice of the rules by the fields its"
                        + " rules name and the fields the methods they call read (the reads column): a rule that calls"
                        + " a method reading the whole fact, or hands the fact to Java code, runs again whenever any"
                        + " field of that fact changes (README, \"How a simulation step is judged\").\n\n");
        out.append("## Facts\n\n| fact | in the session |\n| --- | --- |\n");
        FACTS.forEach(f -> out.append("| [").append(name(f.type())).append("](#").append(anchor(f.type()))
                .append(") | ").append(f.when()).append(" |\n"));
        Set<Class<?>> values = new LinkedHashSet<>();
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (Fact f : FACTS) {
            out.append('\n');
            type(out, f.type(), values, enums);
        }
        List<Class<?>> nested = new ArrayList<>(values);
        nested.removeAll(FACTS.stream().map(Fact::type).toList());
        if (!nested.isEmpty()) {
            out.append("\n## Values inside facts\n");
            for (int i = 0; i < nested.size(); i++) { // grows while nested values are met
                out.append('\n');
                Set<Class<?>> more = new LinkedHashSet<>();
                type(out, nested.get(i), more, enums);
                more.stream().filter(c -> !values.contains(c)).forEach(c -> {
                    values.add(c);
                    nested.add(c);
                });
            }
        }
        out.append("\n## Enums\n\nWritten in DRL as `Type.CONSTANT`; in scenario files by their key.\n");
        for (Class<?> e : enums) {
            out.append("\n### ").append(name(e)).append("\n\n| constant | key |\n| --- | --- |\n");
            for (Object c : e.getEnumConstants()) {
                out.append("| `").append(((Enum<?>) c).name()).append("` | `").append(((Keyed) c).key()).append("` |\n");
            }
        }
        out.append("\n## ledger\n\nThe global every rule writes to; a rule never prints.\n\n| call | does |\n| --- | --- |\n");
        for (Method m : ledgerMethods()) {
            out.append("| `ledger.").append(m.getName()).append('(')
                    .append(Arrays.stream(m.getParameters()).map(p -> typeName(p.getParameterizedType()) + " " + p.getName())
                            .collect(Collectors.joining(", ")))
                    .append(")` | ").append(m.getAnnotation(RuleApi.class).value()).append(" |\n");
        }
        constants(out, Ledger.class, "Ledger");
        return out.toString();
    }

    private static void type(StringBuilder out, Class<?> type, Set<Class<?>> values, Set<Class<?>> enums) {
        out.append("### ").append(name(type)).append("\n\n| field | type |\n| --- | --- |\n");
        for (RecordComponent c : type.getRecordComponents()) {
            out.append("| `").append(c.getName()).append("` | ").append(typeName(c.getGenericType())).append(" |\n");
            collect(c.getGenericType(), values, enums);
        }
        Set<String> accessors = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && m.getReturnType() != void.class
                        && m.getReturnType() != type && !accessors.contains(m.getName())
                        && !Set.of("equals", "hashCode", "toString").contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount)).toList();
        if (!methods.isEmpty()) {
            out.append("\n| method | returns | reads |\n| --- | --- | --- |\n");
            for (Method m : methods) {
                dev.hardground.model.Reads reads = m.getAnnotation(dev.hardground.model.Reads.class);
                out.append("| `").append(Modifier.isStatic(m.getModifiers()) ? name(type) + "." : "").append(m.getName())
                        .append('(').append(Arrays.stream(m.getParameters()).map(RuleVocabulary::parameter)
                                .collect(Collectors.joining(", "))).append(")` | ")
                        .append(typeName(m.getGenericReturnType())).append(" | ")
                        .append(Modifier.isStatic(m.getModifiers()) ? "its arguments"
                                : reads == null ? "the whole fact" : Arrays.stream(reads.value())
                                        .map(r -> "`" + r + "`").collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
        }
        constants(out, type, name(type));
    }

    private static void constants(StringBuilder out, Class<?> type, String prefix) {
        List<Field> constants = Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                        && Modifier.isFinal(f.getModifiers()) && !f.isEnumConstant())
                .sorted(Comparator.comparing(Field::getName)).toList();
        if (constants.isEmpty()) {
            return;
        }
        out.append("\n| constant | value |\n| --- | --- |\n");
        for (Field f : constants) {
            try {
                Object v = f.get(null);
                out.append("| `").append(prefix).append('.').append(f.getName()).append("` | `")
                        .append(v instanceof String ? "\"" + v + "\"" : v).append("` |\n");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String parameter(Parameter p) {
        return typeName(p.getParameterizedType()) + " " + p.getName();
    }

    private static void collect(Type type, Set<Class<?>> values, Set<Class<?>> enums) {
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collect(t, values, enums));
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isEnum()) {
            enums.add(raw);
        } else if (raw.isRecord()) {
            values.add(raw);
        }
    }

    private static String typeName(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw)) {
                return "list of " + typeName(args[0]);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "map of " + typeName(args[0]) + " to " + typeName(args[1]);
            }
            return raw.getSimpleName();
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isEnum() || raw.isRecord()) {
            return raw.getPackageName().equals(Ledger.class.getPackageName()) ? "[" + name(raw) + "](#" + anchor(raw) + ")"
                    : name(raw);
        }
        return raw.getSimpleName();
    }

    /** A nested type's DRL name: {@code WorldChange.Kind}. */
    private static String name(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    private static String anchor(Class<?> type) {
        return name(type).toLowerCase(java.util.Locale.ROOT).replace(".", "");
    }
}
