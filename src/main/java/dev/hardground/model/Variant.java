package dev.hardground.model;

import java.util.Map;

/** A named what-if: overrides applied on top of the base scenario, each value as written in the file. */
public record Variant(String name, String description, Map<String, Object> set, Expectation expect) {
    public Variant {
        set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
    }
}
