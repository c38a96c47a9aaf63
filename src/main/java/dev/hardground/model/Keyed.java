package dev.hardground.model;

import java.util.Locale;

/** An enum whose constants are written in scenario files as kebab-case keys ({@code AT_RISK} is {@code at-risk}). */
public interface Keyed {

    String name();

    /** The constant as written in scenario files and reports. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
