package dev.hardground.cli;

import dev.hardground.scenario.Limits;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --max-file-size}, {@code --max-aliases}, {@code --max-depth}, {@code --max-events}: raise the bounds that
 * keep a hostile or broken scenario file from exhausting the machine. Each limit's error names its option.
 */
public final class LimitOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private long maxBytes = Limits.DEFAULT.maxBytes();
    private int maxAliases = Limits.DEFAULT.maxAliases();
    private int maxDepth = Limits.DEFAULT.maxDepth();
    private int maxEvents = Limits.DEFAULT.maxEvents();

    @Option(names = Limits.MAX_FILE_SIZE_OPTION, paramLabel = "BYTES",
            description = "Largest scenario file read, in bytes; k, M and G suffixes allowed (default: 5M).")
    void maxFileSize(String value) {
        maxBytes = bytes(value);
    }

    @Option(names = Limits.MAX_ALIASES_OPTION, paramLabel = "N",
            description = "Most YAML aliases to collections in one file (default: 50).")
    void maxAliases(int value) {
        maxAliases = inRange(Limits.MAX_ALIASES_OPTION, value, 0, Integer.MAX_VALUE);
    }

    @Option(names = Limits.MAX_DEPTH_OPTION, paramLabel = "N",
            description = "Deepest nesting of YAML collections (default: 40, at most 1000).")
    void maxDepth(int value) {
        maxDepth = inRange(Limits.MAX_DEPTH_OPTION, value, 1, Limits.DEPTH_CEILING);
    }

    @Option(names = Limits.MAX_EVENTS_OPTION, paramLabel = "N",
            description = "Most events one scenario may name (default: 1000).")
    void maxEvents(int value) {
        maxEvents = inRange(Limits.MAX_EVENTS_OPTION, value, 0, Integer.MAX_VALUE);
    }

    public Limits limits() {
        return new Limits(maxBytes, maxAliases, maxDepth, maxEvents);
    }

    private int inRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new CommandLine.ParameterException(mixee.commandLine(), option + " must be "
                    + (max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max)
                    + ", not " + value);
        }
        return value;
    }

    private long bytes(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
            unit = v.endsWith("K") ? 1024L : v.endsWith("M") ? 1024L * 1024 : 1024L * 1024 * 1024;
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            if (n >= 1 && n <= Long.MAX_VALUE / unit) {
                return n * unit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(mixee.commandLine(), Limits.MAX_FILE_SIZE_OPTION
                + " takes a positive number of bytes, such as 5000000 or 20M, not '" + value + "'");
    }
}
