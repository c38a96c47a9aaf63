package dev.hardground.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.common.DefaultFactHandle;

/**
 * Which facts of one class can reach a slice's rules at all. A fact enters a pattern's memory only when it passes the
 * pattern's tests of the fact alone (its alpha constraints, in the order Drools' alpha network tests them: the
 * pattern's); a fact that fails one of them in every pattern of its class that takes facts from the session never
 * joins a match, is never counted or collected, and no {@code not} or {@code exists} sees it. Such a fact changes
 * nothing the slice fires, so it is left out of the slice's facts and of the key the slice is remembered by: a
 * hostile successor's repudiation rules are not run again for every other leader's new day in office. A test that
 * fails with an exception lets the fact in, so that the slice's run meets the failure as a run over every fact does.
 *
 * <p>Only tests that give what Drools' network gives are tried ({@link #tried}): an equality or comparison with a
 * literal may be answered there by a hash or range index over the tests of sibling rules, which compares by
 * {@code equals} and {@code compareTo}, and for a floating-point value that is not the test's own answer (a NaN
 * matches {@code yearsIn > 1} through a range index, found in review).
 */
final class AlphaFilter {
    /** Per pattern of the class, its tests of the fact alone. */
    private final List<AlphaNodeFieldConstraint[]> patterns;

    private AlphaFilter(List<AlphaNodeFieldConstraint[]> patterns) {
        this.patterns = patterns;
    }

    /**
     * The filter of facts of {@code type} for {@code rules}, or null when every such fact can reach them: a pattern
     * of the class (or of a supertype) with no test of the fact alone, or no pattern of it found.
     */
    static AlphaFilter of(List<RuleImpl> rules, Class<?> type) {
        List<AlphaNodeFieldConstraint[]> patterns = new ArrayList<>();
        for (RuleImpl rule : rules) {
            if (!collect(rule.getLhs(), type, patterns)) {
                return null;
            }
        }
        return patterns.isEmpty() ? null : new AlphaFilter(List.copyOf(patterns));
    }

    /** Adds the tests of each session pattern of {@code type} under {@code element}; false at one with none. */
    private static boolean collect(RuleConditionElement element, Class<?> type, List<AlphaNodeFieldConstraint[]> out) {
        if (element instanceof Pattern p && (p.getSource() == null || p.getSource() instanceof EntryPointId)
                && p.getObjectType() instanceof ClassObjectType t && t.getClassType().isAssignableFrom(type)) {
            List<AlphaNodeFieldConstraint> tests = new ArrayList<>();
            for (Constraint c : p.getConstraints()) {
                if (c.getType() == Constraint.ConstraintType.ALPHA && c instanceof AlphaNodeFieldConstraint a
                        && tried(a)) {
                    tests.add(a);
                }
            }
            if (tests.isEmpty()) {
                return false;
            }
            out.add(tests.toArray(AlphaNodeFieldConstraint[]::new));
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (!collect(nested, type, out)) {
                return false;
            }
        }
        return true;
    }

    /** Values an index compares as the test does: by {@code equals} and {@code compareTo}, exactly. */
    private static final java.util.Set<Class<?>> EXACT = java.util.Set.of(boolean.class, Boolean.class, char.class,
            Character.class, byte.class, Byte.class, short.class, Short.class, int.class, Integer.class, long.class,
            Long.class, String.class);

    /**
     * Whether a test is tried here: one Drools tries as it is (not an equality or a comparison with a literal), or one
     * an index would answer alike, on a field and a literal (not null) of a type {@link #EXACT} or an enum.
     */
    private static boolean tried(AlphaNodeFieldConstraint test) {
        if (!(test instanceof IndexableConstraint c) || !c.getConstraintType().isIndexable()) {
            return true;
        }
        Class<?> field = c.getFieldExtractor() == null ? null : c.getFieldExtractor().getExtractToClass();
        Object literal = c.getField() == null ? null : c.getField().getValue();
        return field != null && (EXACT.contains(field) || field.isEnum())
                && literal != null && (EXACT.contains(literal.getClass()) || literal.getClass().isEnum());
    }

    /** Whether {@code fact} passes every test of at least one pattern (or a test of it fails with an exception). */
    boolean admits(Object fact) {
        DefaultFactHandle handle = new DefaultFactHandle(0, fact);
        for (AlphaNodeFieldConstraint[] pattern : patterns) {
            boolean passes = true;
            for (AlphaNodeFieldConstraint test : pattern) {
                try {
                    if (!test.isAllowed(handle, null)) {
                        passes = false;
                        break;
                    }
                } catch (RuntimeException | Error e) {
                    return true;
                }
            }
            if (passes) {
                return true;
            }
        }
        return false;
    }
}
