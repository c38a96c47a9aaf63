package dev.hardground.engine;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.Ledger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever a rule throws into a located diagnostic naming the rule: an exception or an {@link Error}
 * (a stack overflow, running out of memory, a missing class, a failed assertion) in its consequence, an
 * exception in its condition, or a misuse of the ledger. A rule file is the user's input, so each of these is
 * invalid input (exit 2), never an internal error.
 */
final class RuleFailures {
    /** How Drools' executable model names the rule whose constraint threw: {@code [Rule "name" in file.drl]}. */
    private static final Pattern CONSTRAINT_RULE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\" in ");
    private static final Pattern CONSTRAINT_TEXT = Pattern.compile("Error evaluating constraint '(.*)' in \\[");

    private final Function<String, RuleSite> sites;
    private final Function<String, RuleSite> byName;

    /** {@code sites} finds a rule by its {@code package:name} key, {@code byName} by its name alone. */
    RuleFailures(Function<String, RuleSite> sites, Function<String, RuleSite> byName) {
        this.sites = sites;
        this.byName = byName;
    }

    /** Whether {@code e} is Drools telling that a rule's condition threw. */
    static boolean isConstraintFailure(Throwable e) {
        return e.getClass().getSimpleName().equals("ConstraintEvaluationException");
    }

    /** A throwable raised while {@code firingKey}'s consequence ran (null: no consequence was running). */
    Diagnostic inConsequence(String firingKey, Throwable thrown) {
        if (thrown instanceof Ledger.Misuse misuse) {
            return at(firingKey, misuse.getMessage());
        }
        String what = describe(thrown);
        if (firingKey == null) {
            return Diagnostic.of("rules", "a rule failed: " + what);
        }
        return at(firingKey, "failed in its consequence: " + what);
    }

    /** Drools' exception for a condition that threw, traced to the rule (and the constraint) it names. */
    Diagnostic inCondition(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher rule = CONSTRAINT_RULE.matcher(message);
        Matcher constraint = CONSTRAINT_TEXT.matcher(message);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = describe(root);
        String text = constraint.find() ? " '" + constraint.group(1) + "'" : "";
        RuleSite site = rule.find() ? byName.apply(rule.group(1)) : null;
        if (site == null) {
            return Diagnostic.of("rules", "a rule's condition" + text + " failed: " + what);
        }
        return new Diagnostic(site.file(), site.line(), 1, "rule '" + site.name() + "' failed in its condition" + text
                + ": " + what, null);
    }

    /** A diagnostic at the rule's line: {@code rule 'name' <message>}. */
    Diagnostic at(String firingKey, String message) {
        RuleSite site = sites.apply(firingKey);
        return new Diagnostic(site.file(), site.line(), 1, "rule '" + site.name() + "' " + message, null);
    }

    /** {@code StackOverflowError} or {@code ArithmeticException: / by zero}: the simple class name, then the message. */
    static String describe(Throwable t) {
        String message = t.getMessage();
        if (t instanceof StackOverflowError) {
            message = "the rule recurses without end";
        } else if (t instanceof OutOfMemoryError && message != null && message.contains("heap")) {
            message = "the rule filled the Java heap (raise it with JAVA_OPTS=-Xmx…)";
        }
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
