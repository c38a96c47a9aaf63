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
        return headline("error");
    }

    /** What {@link #path} is for an error in the command line as a whole rather than in one option's value. */
    public static final String COMMAND_LINE = "command-line";

    /**
     * The headline with another severity, as {@code lint} prints a warning: {@code path:line:col: warning: message}
     * for a file; for a command-line argument, which has no file to name, {@code error: --option: message} (or
     * {@code error: message} for the command line as a whole), the argument itself quoted below by {@link #render}.
     */
    public String headline(String severity) {
        String text = printable(message.replaceAll("\\s*[\\r\\n\\u0085\\u2028\\u2029]+\\s*", " "));
        if (argument()) {
            return severity + ": " + (path.equals(COMMAND_LINE) ? "" : printable(path) + ": ") + text;
        }
        return printable(path) + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity + ": " + text;
    }

    /** Whether this is about a command-line argument ({@code --set}, {@code --horizon}, the command line) rather than a file. */
    public boolean argument() {
        return path.equals(COMMAND_LINE) || path.startsWith("-");
    }

    /** Longest excerpt of the source line shown under the headline; longer lines are cut around the column. */
    static final int MAX_EXCERPT = 120;

    /** The headline, then the source line and a caret under the column when known. */
    public String render() {
        StringBuilder out = new StringBuilder(headline());
        if (sourceLine != null && line > 0) {
            int caret = Math.max(column, 1) - 1;
            int from = 0;
            int to = sourceLine.length();
            if (to > MAX_EXCERPT) {
                from = Math.max(0, Math.min(caret - MAX_EXCERPT / 2, to - MAX_EXCERPT));
                to = from + MAX_EXCERPT;
            }
            String excerpt = printable(sourceLine.substring(from, to));
            String lead = from > 0 ? "..." : "";
            out.append('\n').append("  ").append(lead).append(excerpt).append(to < sourceLine.length() ? "..." : "")
                    .append('\n').append("  ").append(" ".repeat(lead.length()));
            for (int i = from; i < caret && i < to; i++) {
                out.append(excerpt.charAt(i - from) == '\t' ? '\t' : ' ');
            }
            out.append('^');
        }
        return out.toString();
    }

    /**
     * The text with control characters (other than tab) shown as '?', so that no input can drive the terminal:
     * used for errors and for every piece of scenario text that the text reports print.
     */
    public static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = Character.isISOControl(c) || c == '\uFFFD' || c == '\u2028' || c == '\u2029';
            out.append(c != '\t' && unsafe ? '?' : c);
        }
        return out.toString();
    }
}
