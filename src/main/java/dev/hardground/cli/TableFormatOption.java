package dev.hardground.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json|csv}, for the commands whose output is one table (what-if, sensitivity, back-test). */
final class TableFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatOption.Tabular.class,
            completionCandidates = FormatOption.Tabular.class,
            description = "text, json or csv (one table, RFC 4180, with a header; default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }

    boolean csv() {
        return format == Format.CSV;
    }

    /** Text output: the only format that may show progress on a terminal. */
    boolean text() {
        return format == Format.TEXT;
    }
}
