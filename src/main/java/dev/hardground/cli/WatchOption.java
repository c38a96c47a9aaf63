package dev.hardground.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** {@code --watch}: rerun on every change of a rule or scenario file. */
final class WatchOption {
    @Option(names = "--watch", description = "Rerun whenever a rule file or the scenario changes (Ctrl-C to stop).")
    boolean watch;

    int run(PrintWriter out, PrintWriter err, Path rulesDir, List<Path> scenarios, Callable<Integer> once) throws Exception {
        // A user stops a watch with Ctrl-C; a caller running it on a thread of its own, by interrupting it.
        return watch ? Watcher.loop(out, err, rulesDir, scenarios, once, () -> Thread.currentThread().isInterrupted())
                : once.call();
    }
}
