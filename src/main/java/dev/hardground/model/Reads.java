package dev.hardground.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a derived method of a fact that rules may call with the components of its record it reads. A simulation
 * step remembers a slice of the rules by what its rules read of each fact (engine/FactReads), so a rule calling a
 * method without this mark is taken to read the whole fact. FactReadsTest checks every mark against the method.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Reads {
    /** The record components the method's result depends on. */
    String[] value();
}
