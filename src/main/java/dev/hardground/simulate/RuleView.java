package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scenario as the rules can tell it apart from another: the scenario with every probability the simulator alone
 * reads ({@link #SIMULATOR_ONLY}, unless a rule names it) set to zero, the keys of each distribution kept. Two
 * scenarios with equal views give the rules the same facts in every world a trial reaches (the trials' draws still
 * differ), so they can share one memory of evaluations; the results are those of separate memories.
 */
final class RuleView {
    /**
     * Components of the fact model whose probabilities only the simulator reads when sampling a future — a leader's
     * yearly chance of leaving early, an event's outcome weights, a successor's stance distribution — and no method
     * of the model reads on a rule's behalf (RuleViewTest checks every shipped scenario judges the same without
     * them). A rule may still name one; {@link RuleBase#mayRead} then keeps it in the view. Not here: the chances
     * and supports scoring rules compare (a commitment's chance, approval, public support), a risk's yearly chance
     * (the model's {@code dated()} reads it), a breach's collapse chance.
     */
    static final Set<String> SIMULATOR_ONLY = Set.of("earlyExitChance", "outcomes", "successorStance",
            "governmentSuccessorStance", "heirStance");

    private RuleView() {
    }

    /** The components of {@link #SIMULATOR_ONLY} that no rule of {@code rules} names. */
    static Set<String> unread(RuleBase rules) {
        Set<String> out = new TreeSet<>();
        for (String c : SIMULATOR_ONLY) {
            if (!rules.mayRead(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The view of {@code scenario}: a value to compare with equals. */
    static Object of(Scenario scenario, Set<String> unread) {
        return unread.isEmpty() ? scenario : view(scenario, unread);
    }

    private static Object view(Object node, Set<String> unread) {
        if (node instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            List<Object> values = new ArrayList<>(components.length + 1);
            values.add(record.getClass());
            for (RecordComponent c : components) {
                Object value = read(record, c);
                values.add(unread.contains(c.getName()) ? zero(value) : view(value, unread));
            }
            return values;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(view(x, unread)));
            return out;
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, view(v, unread)));
            return out;
        }
        return node;
    }

    /** A probability or a distribution with its weights at zero: what is left is whether and over what it draws. */
    private static Object zero(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.keySet().forEach(k -> out.put(k, 0.0));
            return out;
        }
        return value instanceof Double ? 0.0 : value;
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
