package dev.hardground.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a scenario field that holds a probability in [0, 1] (for a map, each of its values; for a range, both
 * ends). The JSON Schema takes its bounds from here, and a test holds the validator to the same fields.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Probability {
}
