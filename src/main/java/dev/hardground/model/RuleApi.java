package dev.hardground.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Ledger} method that rules may call, with what it does in one sentence: the rule compiler accepts
 * calls to these alone, and {@code hardground reference rules} (docs/rules.md) lists them with this text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RuleApi {
    /** What the call does, for the rule author. */
    String value();
}
