package dev.hardground.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: the only place that exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs one command line with the given writers and returns its exit code; tests call this in-process. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Logging.configure(args);
        int code = HardgroundCommand.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
