package dev.hardground.cli;

import dev.hardground.model.InvalidInputException;
import dev.hardground.watch.SourceWatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code --watch}: runs a command, then again whenever a rule file or one of the scenario files changes,
 * until stopped. Each rerun rebuilds the rule base; a compile error or invalid scenario is shown and the
 * watch goes on. Watching itself is {@link SourceWatch}'s (rule folders created later are watched too).
 */
final class Watcher {
    private Watcher() {
    }

    static int loop(PrintWriter out, PrintWriter err, Path rulesDir, List<Path> scenarios, Callable<Integer> run,
                    BooleanSupplier stop) {
        Path rulesRoot = rulesDir.toAbsolutePath().normalize();
        Set<Path> files = new HashSet<>();
        List<Path> roots = new ArrayList<>();
        roots.add(rulesRoot);
        for (Path s : scenarios) {
            files.add(s.toAbsolutePath().normalize());
            roots.add(s.toAbsolutePath().normalize());
        }
        BlockingQueue<List<Path>> changes = new LinkedBlockingQueue<>();
        SourceWatch watch = SourceWatch.start(roots, changes::add);
        try {
            int code = once(err, run);
            out.printf("watching %s and %d scenario file(s); Ctrl-C to stop%n", rulesDir, scenarios.size());
            out.flush();
            Set<Path> present = presentFolders(roots);
            while (!stop.getAsBoolean()) {
                List<Path> changed = changes.poll(200, TimeUnit.MILLISECONDS);
                if (changed == null) {
                    // A watched folder deleted and made again is a new folder that no watch covers yet: start
                    // watching afresh and rerun, since its files may be new as well.
                    Set<Path> now = presentFolders(roots);
                    boolean cameBack = !present.containsAll(now);
                    present = now;
                    if (cameBack) {
                        watch.close();
                        watch = SourceWatch.start(roots, changes::add);
                        out.printf("%n── a watched folder came back — rerunning ──%n");
                        out.flush();
                        code = once(err, run);
                    }
                    continue;
                }
                List<String> relevant = changed.stream().filter(p -> p.startsWith(rulesRoot) || files.contains(p))
                        .map(p -> String.valueOf(p.getFileName())).distinct().toList();
                if (relevant.isEmpty()) {
                    continue;
                }
                out.printf("%n── changed: %s — rerunning ──%n", String.join(", ", relevant));
                out.flush();
                code = once(err, run);
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK.code();
        } finally {
            watch.close();
        }
    }

    /** The folders of {@code roots} (a file stands for its folder) that exist now. */
    private static Set<Path> presentFolders(List<Path> roots) {
        Set<Path> present = new HashSet<>();
        for (Path root : roots) {
            Path dir = root.equals(roots.get(0)) ? root : root.getParent();
            if (dir != null && java.nio.file.Files.isDirectory(dir)) {
                present.add(dir);
            }
        }
        return present;
    }

    private static int once(PrintWriter err, Callable<Integer> run) {
        try {
            return run.call();
        } catch (InvalidInputException e) {
            ErrorHandler.print(err, e.diagnostics());
            err.flush();
            return ExitCode.INVALID_INPUT.code();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
