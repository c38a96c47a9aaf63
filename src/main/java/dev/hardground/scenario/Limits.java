package dev.hardground.scenario;

/**
 * Bounds on what a scenario file may make the loader do, so that a hostile or broken file fails fast.
 *
 * @param maxBytes    largest scenario file read
 * @param maxAliases  YAML aliases allowed in one file (stops "billion laughs")
 * @param maxDepth    deepest nesting of YAML collections
 * @param maxEvents   most events one scenario may name
 */
public record Limits(long maxBytes, int maxAliases, int maxDepth, int maxEvents) {
    public static final Limits DEFAULT = new Limits(5L * 1024 * 1024, 50, 40, 1_000);
}
