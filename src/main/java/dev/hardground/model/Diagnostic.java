package dev.hardground.model;

/**
 * An error in the user's input, located in its source: a scenario file, a rule file or a command-line argument.
 * {@code line} and {@code column} are 1-based; 0 when unknown. {@code sourceLine} is the offending line's text,
 * or null.
 */
public record Diagnostic(String path, int line, int column, String message, String sourceLine) {

    public static Diagnostic of(String path, String message) {
        return new Diagnostic(path, 0, 0, message, null);
    }

    /** {@code path:line:col: error: message}, the one format for every error. */
    public String headline() {
        return path + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": error: " + message;
    }

    /** The headline, then the source line and a caret under the column when known. */
    public String render() {
        StringBuilder out = new StringBuilder(headline());
        if (sourceLine != null && line > 0) {
            out.append('\n').append("  ").append(sourceLine).append('\n').append("  ");
            for (int i = 1; i < Math.max(column, 1); i++) {
                out.append(i - 1 < sourceLine.length() && sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            out.append('^');
        }
        return out.toString();
    }
}
