package dev.hardground.watch;

import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches rule and scenario sources and reports each settled burst of changes once. Directories are watched
 * recursively by the directory-watcher library, folders created after the start included; only rule and
 * scenario files ({@code .drl}, {@code .yaml}, {@code .yml}) count. An editor's save is often several events
 * (a temporary file, a rename, a modify): they are gathered until {@link #SETTLE_MILLIS} pass without one.
 */
public final class SourceWatch implements AutoCloseable {
    public static final long SETTLE_MILLIS = 300;

    private final DirectoryWatcher watcher;
    private final ExecutorService loop;
    private final ScheduledExecutorService settle;
    private final Consumer<List<Path>> onChange;
    private final Set<Path> pending = new LinkedHashSet<>();
    private ScheduledFuture<?> flush;

    private SourceWatch(List<Path> roots, Consumer<List<Path>> onChange) throws IOException {
        this.onChange = onChange;
        this.loop = Executors.newSingleThreadExecutor(daemon("hardground-watch"));
        this.settle = Executors.newSingleThreadScheduledExecutor(daemon("hardground-watch-settle"));
        this.watcher = DirectoryWatcher.builder().paths(roots).fileHashing(false).listener(this::event)
                .logger(org.slf4j.helpers.NOPLogger.NOP_LOGGER).build();
        watcher.watchAsync(loop);
    }

    /**
     * Starts watching {@code roots} (directories, recursively; a file stands for its directory) and calls
     * {@code onChange} on a watcher thread with the changed source files of each settled burst.
     */
    public static SourceWatch start(List<Path> roots, Consumer<List<Path>> onChange) {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
            if (dir != null && Files.isDirectory(dir)) {
                dirs.add(dir);
            }
        }
        try {
            return new SourceWatch(List.copyOf(dirs), onChange);
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.of(String.valueOf(roots.get(0)), "cannot watch: " + e.getMessage()));
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Whether a changed path is a rule or scenario file. */
    public static boolean isSource(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private void event(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null
                || event.isDirectory() || !isSource(event.path())) {
            return;
        }
        synchronized (pending) {
            pending.add(event.path().toAbsolutePath().normalize());
            if (flush != null) {
                flush.cancel(false);
            }
            flush = settle.schedule(this::flush, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        List<Path> changed;
        synchronized (pending) {
            changed = new ArrayList<>(pending);
            pending.clear();
        }
        if (!changed.isEmpty()) {
            onChange.accept(List.copyOf(changed));
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watch service that is already gone: nothing left to release
        } finally {
            settle.shutdownNow();
            loop.shutdownNow();
        }
    }
}
