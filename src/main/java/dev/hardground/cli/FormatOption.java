package dev.hardground.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, shared by the reporting commands. */
final class FormatOption {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }
}
