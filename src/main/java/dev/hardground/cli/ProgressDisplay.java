package dev.hardground.cli;

import java.io.PrintStream;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long runs at a terminal: shown only when stderr is a terminal, the output is
 * not JSON, CI is not set, and the run has lasted over a second. Otherwise it does nothing.
 */
final class ProgressDisplay implements LongConsumer, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;

    private final boolean enabled;
    private final long total;
    private final long start = System.nanoTime();
    private ProgressBar bar;

    private final String task;

    private ProgressDisplay(boolean enabled, long total, String task) {
        this.enabled = enabled;
        this.total = total;
        this.task = task;
    }

    static ProgressDisplay forRun(boolean jsonOutput, long total) {
        return forRun(jsonOutput, total, "trials");
    }

    /** A bar counting {@code total} units of {@code task} (trials, cases). */
    static ProgressDisplay forRun(boolean jsonOutput, long total, String task) {
        // The launcher knows whether stderr is a terminal ([ -t 2 ]); plain `java -jar` falls back to the console.
        String tty = System.getProperty("hardground.stderr");
        boolean terminal = tty != null ? tty.equals("tty") : System.console() != null;
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        return new ProgressDisplay(terminal && !ci && !jsonOutput, total, task);
    }

    @Override
    public synchronized void accept(long done) {
        if (!enabled) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - start < DELAY_NANOS || done >= total) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
