package dev.hardground.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --format text|json}, shared by the reporting commands whose output is not one table. */
public final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = TextOrJson.class,
            completionCandidates = TextOrJson.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    public boolean json() {
        return format == Format.JSON;
    }

    /** Text or JSON, so that a CSV request is an argument error naming what is available. */
    static final class TextOrJson extends Values {
        TextOrJson() {
            super(Format.TEXT, Format.JSON);
        }
    }

    /** Text, JSON or CSV. */
    static final class Tabular extends Values {
        Tabular() {
            super(Format.TEXT, Format.JSON, Format.CSV);
        }
    }

    /** Converts a format name and lists the allowed ones for completion. */
    abstract static class Values implements CommandLine.ITypeConverter<Format>, Iterable<String> {
        private final java.util.List<Format> allowed;

        Values(Format... allowed) {
            this.allowed = java.util.List.of(allowed);
        }

        @Override
        public Format convert(String value) {
            for (Format f : allowed) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            java.util.List<String> names = new java.util.ArrayList<>();
            forEach(names::add);
            String last = names.remove(names.size() - 1);
            throw new CommandLine.TypeConversionException("expected " + String.join(", ", names) + " or " + last
                    + ", not '" + value + "'");
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
