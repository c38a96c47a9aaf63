package dev.hardground.cli;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * The one place errors reach the user: invalid input as {@code path:line:col: error: message} with the line
 * and a caret (exit 2), bad arguments the same way against the command line, bugs as a one-line internal
 * error (exit 3). Stack traces only with {@code --debug}.
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** Whether this run has {@code --debug}: set by {@link Main} for each command line, read wherever errors print. */
    static volatile boolean debug;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = ErrorHandler.debug
                || parsed != null && Arrays.asList(parsed.originalArgs().toArray(String[]::new)).contains("--debug");
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof InvalidInputException)) {
            root = root.getCause();
        }
        if (root instanceof Error error) {
            return fatal(err, error, debug, e);
        }
        if (e instanceof InvalidInputException invalid) {
            print(err, invalid.diagnostics());
            if (debug) {
                err.println(trace(e));
            }
            err.flush();
            return ExitCode.INVALID_INPUT.code();
        }
        err.println("hardground: internal error: " + printable(String.valueOf(e)) + (debug ? "" : " (rerun with --debug for the stack trace)"));
        if (debug) {
            err.println(trace(e));
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        String line = String.join(" ", args);
        int column = column(args, e);
        err.println(new Diagnostic("command-line", 1, column, e.getMessage(), line).render());
        List<String> suggestions = CommandLine.UnmatchedArgumentException.class.isInstance(e)
                ? ((CommandLine.UnmatchedArgumentException) e).getSuggestions() : List.of();
        if (!suggestions.isEmpty()) {
            err.println("did you mean: " + String.join(", ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?");
        }
        err.println("try: " + cl.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCode.INVALID_INPUT.code();
    }

    /**
     * An {@link Error} that no rule raised: one line and an exit code, the trace only with {@code --debug}.
     * Running out of memory is a limit of this machine (exit 2, with the option that raises it); any other Error
     * is a bug in hardground (exit 3).
     */
    static int fatal(PrintWriter err, Error e, boolean debug) {
        return fatal(err, e, debug, e);
    }

    private static int fatal(PrintWriter err, Error e, boolean debug, Throwable shown) {
        String hint = debug ? "" : " (rerun with --debug for the stack trace)";
        int code;
        if (e instanceof OutOfMemoryError) {
            err.println("hardground: error: out of memory (" + e.getMessage() + "): give Java more with"
                    + " JAVA_OPTS=-Xmx4g, or ask for less (fewer --trials, smaller files)");
            code = ExitCode.INVALID_INPUT.code();
        } else {
            String message = e instanceof StackOverflowError ? "stack overflow" : String.valueOf(e.getMessage());
            err.println("hardground: internal error: " + e.getClass().getSimpleName() + ": "
                    + printable(message) + hint);
            code = ExitCode.INTERNAL_ERROR.code();
        }
        if (debug) {
            err.println(trace(shown));
        }
        err.flush();
        return code;
    }

    /** An error's message on one line, control characters shown as '?'. */
    private static String printable(String text) {
        return Diagnostic.printable(text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    /** Prints an invalid input's diagnostics, and with {@code --debug} where it was thrown. */
    static void print(PrintWriter err, InvalidInputException e) {
        print(err, e.diagnostics());
        if (debug) {
            err.println(trace(e));
        }
    }

    public static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            err.println(d.render());
        }
    }

    private static int column(String[] args, CommandLine.ParameterException e) {
        String culprit = e.getValue();
        if (culprit == null && e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            culprit = u.getUnmatched().get(0);
        }
        int column = 1;
        for (String arg : args) {
            if (arg.equals(culprit) || culprit != null && arg.endsWith("=" + culprit)) {
                return column;
            }
            column += arg.length() + 1;
        }
        return 1;
    }

    private static String trace(Throwable t) {
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        return s.toString();
    }
}
