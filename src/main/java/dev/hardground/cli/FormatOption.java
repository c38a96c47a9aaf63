package dev.hardground.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, shared by the reporting commands. */
public final class FormatOption {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    public boolean json() {
        return format == Format.JSON;
    }
}
