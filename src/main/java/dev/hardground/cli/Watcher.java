package dev.hardground.cli;

import dev.hardground.model.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code --watch}: runs a command, then again whenever a rule file or one of the scenario files changes,
 * until stopped. Each rerun rebuilds the rule base; a compile error or invalid scenario is shown and the
 * watch goes on.
 */
final class Watcher {
    private static final long SETTLE_MILLIS = 300;

    private Watcher() {
    }

    static int loop(PrintWriter out, PrintWriter err, Path rulesDir, List<Path> scenarios, Callable<Integer> run,
                    BooleanSupplier stop) {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            Set<Path> dirs = new HashSet<>(directories(rulesDir));
            for (Path s : scenarios) {
                dirs.add(s.toAbsolutePath().getParent());
            }
            for (Path d : dirs) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            int code = once(err, run);
            out.printf("watching %s and %d scenario file(s); Ctrl-C to stop%n", rulesDir, scenarios.size());
            out.flush();
            while (!stop.getAsBoolean()) {
                WatchKey key = service.poll(200, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                List<String> changed = new ArrayList<>();
                do {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        changed.add(String.valueOf(event.context()));
                    }
                    key.reset();
                    key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                if (changed.stream().noneMatch(c -> c.endsWith(".drl") || c.endsWith(".yaml") || c.endsWith(".yml"))) {
                    continue;
                }
                out.printf("%n── changed: %s — rerunning ──%n", String.join(", ", new HashSet<>(changed)));
                out.flush();
                code = once(err, run);
            }
            return code;
        } catch (IOException e) {
            throw new InvalidInputException(dev.hardground.model.Diagnostic.of(rulesDir.toString(),
                    "cannot watch: " + e.getMessage()));
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK.code();
        }
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

    private static List<Path> directories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(Path::toAbsolutePath).toList();
        }
    }
}
