package dev.hardground.cli;

import dev.hardground.report.OutputFile;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Entry point: the only place that exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Failing stdout = new Failing(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(stdout, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, stdout, args));
    }

    /**
     * Runs one command line with the given writers and returns its exit code; tests call this in-process.
     * Whatever the command throws ends here as one line on {@code err} (the stack trace only with
     * {@code --debug}), and output that could not be written (a full disk, a closed descriptor) is an error,
     * exit 2, however the command itself ended.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, null, args);
    }

    private static int run(PrintWriter raw, PrintWriter err, Failing stdout, String... args) {
        Logging.configure(args);
        PrintWriter out = new PrintWriter(new PrintableWriter(raw), true);
        OutputFile.standardOutput(bytes -> {
            out.write(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        });
        boolean debug = Arrays.asList(args).contains("--debug");
        ErrorHandler.debug = debug;
        int code;
        try {
            code = HardgroundCommand.commandLine(out, err, args).execute(args);
        } catch (Error e) {
            // picocli passes Errors on; a rule's own Error is already a located diagnostic, so this is ours.
            code = ErrorHandler.fatal(err, e, debug);
        }
        out.flush();
        if (out.checkError() || raw.checkError()) {
            String why = stdout != null && stdout.failure != null ? stdout.failure.toLowerCase(Locale.ROOT)
                    : "the stream reported an error";
            // A reader that went away (| head) is told nothing: the exit code says the output is incomplete.
            if (!why.contains("broken pipe")) {
                err.println("hardground: error: cannot write to standard output: " + why);
            }
            code = Math.max(code, ExitCode.INVALID_INPUT.code());
        }
        err.flush();
        return code;
    }

    /** Standard output that remembers why a write failed; PrintWriter keeps only that it did. */
    private static final class Failing extends FilterOutputStream {
        private volatile String failure;

        Failing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? String.valueOf(e.getMessage()) : failure;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? String.valueOf(e.getMessage()) : failure;
                throw e;
            }
        }
    }
}
