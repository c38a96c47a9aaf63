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

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed != null && Arrays.asList(parsed.originalArgs().toArray(String[]::new)).contains("--debug");
        if (e instanceof InvalidInputException invalid) {
            print(err, invalid.diagnostics());
            if (debug) {
                err.println(trace(e));
            }
            err.flush();
            return ExitCode.INVALID_INPUT.code();
        }
        err.println("hardground: internal error: " + e + (debug ? "" : " (rerun with --debug for the stack trace)"));
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
