package dev.hardground.engine;

/**
 * Where a rule is defined and what it is about, read from its DRL source.
 *
 * @param file        the rule file as the user named it ({@code rules/factors/timing.drl})
 * @param line        1-based line of the {@code rule} keyword
 * @param factor      the {@code @factor} metadata, or {@code unclassified}
 * @param description the {@code @description} metadata, or an empty string
 */
public record RuleSite(String packageName, String name, String file, int line, String factor, String description) {
    public static final String UNCLASSIFIED = "unclassified";

    public String key() {
        return packageName + ":" + name;
    }

    public String location() {
        return file + ":" + line;
    }
}
