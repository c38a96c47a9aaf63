package dev.hardground.scenario;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;

/**
 * One override, {@code path=value}, from {@code --set} or a variant's {@code set:} block.
 *
 * @param path  the override path ({@code commitments[jp-firms-contribute].chance})
 * @param value the value as YAML text (a scalar or a flow list)
 */
public record Assignment(String path, String value) {

    /** Parses a {@code --set} argument. */
    public static Assignment parse(String argument) {
        int eq = argument.indexOf('=');
        while (eq >= 0 && openBracketBefore(argument, eq)) {
            eq = argument.indexOf('=', eq + 1);
        }
        if (eq < 0 && argument.indexOf('=') >= 0) {
            throw new InvalidInputException(new Diagnostic("--set", 1, argument.lastIndexOf('[') + 1,
                    "unclosed '[' in the path of '" + argument + "'", argument));
        }
        if (eq <= 0) {
            throw new InvalidInputException(new Diagnostic("--set", 1, 1,
                    "expected path=value, as in commitments[jp-firms-contribute].chance=0.2", argument));
        }
        return new Assignment(argument.substring(0, eq).strip(), argument.substring(eq + 1).strip());
    }

    private static boolean openBracketBefore(String text, int at) {
        return text.lastIndexOf('[', at) > text.lastIndexOf(']', at);
    }

    /** How the argument is shown in errors. */
    public String text() {
        return path + "=" + value;
    }
}
