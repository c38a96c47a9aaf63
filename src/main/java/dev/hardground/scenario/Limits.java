package dev.hardground.scenario;

/**
 * Bounds on what a scenario file may make the loader do, so that a hostile or broken file fails fast. Each
 * limit's error names the limit and the command-line option that raises it. Serializable: the Spark job's tasks
 * carry the limits to the executors, which read the scenario text again.
 *
 * @param maxBytes    largest scenario file read
 * @param maxAliases  YAML aliases to collections allowed in one file (stops "billion laughs")
 * @param maxDepth    deepest nesting of YAML collections
 * @param maxEvents   most events one scenario may name
 */
public record Limits(long maxBytes, int maxAliases, int maxDepth, int maxEvents) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public static final Limits DEFAULT = new Limits(5L * 1024 * 1024, 50, 40, 1_000);

    /** Highest nesting limit accepted: deeper trees would overflow the YAML composer's stack. */
    public static final int DEPTH_CEILING = 1_000;

    /** The options that raise each limit, as error messages name them. */
    public static final String MAX_FILE_SIZE_OPTION = "--max-file-size";
    public static final String MAX_ALIASES_OPTION = "--max-aliases";
    public static final String MAX_DEPTH_OPTION = "--max-depth";
    public static final String MAX_EVENTS_OPTION = "--max-events";

    public Limits {
        if (maxBytes < 1 || maxAliases < 0 || maxDepth < 1 || maxDepth > DEPTH_CEILING || maxEvents < 0) {
            throw new IllegalArgumentException("limits out of range: " + maxBytes + " bytes, " + maxAliases
                    + " aliases, depth " + maxDepth + " (at most " + DEPTH_CEILING + "), " + maxEvents + " events");
        }
    }
}
