package dev.hardground.scenario;

import dev.hardground.model.Diagnostic;
import java.util.ArrayList;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that YAML nodes were read from: a scenario file, or a {@code --set} argument. Turns a node's
 * 0-based mark into a 1-based {@link Diagnostic} with the offending line quoted.
 *
 * @param name         the file path or {@code --set}, as shown in errors
 * @param lines        the text's lines
 * @param columnOffset added to columns on the first line (where the value starts inside {@code path=value})
 */
public record Source(String name, List<String> lines, int columnOffset) {
    public Source {
        lines = List.copyOf(lines);
    }

    /** The text split at YAML's line breaks, as SnakeYAML counts lines: CR LF, CR, LF, NEL, LS and PS. */
    public static Source of(String name, String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return new Source(name, lines, 0);
    }

    /** A diagnostic at a 0-based line and column of this text. */
    public Diagnostic at(int line0, int column0, String message) {
        int column = column0 + (line0 == 0 ? columnOffset : 0);
        String text = line0 >= 0 && line0 < lines.size() ? lines.get(line0) : null;
        return new Diagnostic(name, line0 + 1, column + 1, message, text);
    }
}
