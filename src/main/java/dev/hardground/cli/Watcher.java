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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
            Map<Path, WatchKey> keys = new HashMap<>();
            for (Path d : dirs) {
                keys.put(d, register(service, d));
            }
            int code = once(err, run);
            out.printf("watching %s and %d scenario file(s); Ctrl-C to stop%n", rulesDir, scenarios.size());
            out.flush();
            while (!stop.getAsBoolean()) {
                WatchKey key = service.poll(200, TimeUnit.MILLISECONDS);
                if (key == null) {
                    if (rearm(service, keys)) {
                        out.printf("%n── a watched folder came back — rerunning ──%n");
                        out.flush();
                        code = once(err, run);
                    }
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

    private static WatchKey register(WatchService service, Path dir) throws IOException {
        return dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /**
     * A watched folder that was deleted loses its key; once a folder of that name exists again it is watched
     * again (a checkout or an editor may replace a whole folder). Returns whether any folder came back.
     */
    private static boolean rearm(WatchService service, Map<Path, WatchKey> keys) {
        boolean back = false;
        for (Map.Entry<Path, WatchKey> e : keys.entrySet()) {
            if ((e.getValue() == null || !e.getValue().isValid()) && Files.isDirectory(e.getKey())) {
                try {
                    e.setValue(register(service, e.getKey()));
                    back = true;
                } catch (IOException gone) {
                    e.setValue(null); // gone again before it could be watched: try on the next round
                }
            }
        }
        return back;
    }

    private static int once(PrintWriter err, Callable<Integer> run) {
        try {
            return run.call();
        } catch (InvalidInputException e) {
            ErrorHandler.print(err, e);
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
