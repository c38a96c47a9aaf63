package dev.hardground.serve;

import dev.hardground.analysis.WhatIf;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.Simulator;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the workbench serves, kept warm: one compiled rule base, each scenario file as last loaded, and the
 * baseline of each scenario simulated once per version of its file and of the rules. A broken edit (a rule that
 * does not compile, a scenario that does not validate) is remembered with its located errors while the last
 * good version goes on being served.
 */
final class Workspace {
    /** Trials behind the index's survival column: enough to rank, cheap for a folder of files. */
    static final int INDEX_TRIALS = 1_000;
    private static final int MAX_DEPTH = 8;

    /** A scenario file as the workbench knows it: the last good load, and the errors of the current text if any. */
    record Entry(String name, Path path, ScenarioFile file, List<Diagnostic> errors) {
        Entry {
            errors = List.copyOf(errors);
        }
    }

    /** One row of the index: the baseline at {@link #INDEX_TRIALS} trials. */
    record Summary(Entry entry, WhatIf.Case baseline) {
    }

    private final Path root;
    private final Path rulesDir;
    private final Path cacheDir;
    private final SimulationOptions options;
    private final ScenarioLoader loader = new ScenarioLoader();
    private volatile RuleBase rules;
    private volatile List<Diagnostic> rulesErrors = List.of();
    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, WhatIf.Result> baselines = Collections.synchronizedMap(lru(64));
    private final Map<String, WhatIf.Case> summaries = Collections.synchronizedMap(lru(512));
    private final Map<String, Simulator.Kept> kept = Collections.synchronizedMap(lru(16));

    Workspace(Path root, Path rulesDir, Path cacheDir, SimulationOptions options) {
        this.root = root;
        this.rulesDir = rulesDir;
        this.cacheDir = cacheDir;
        this.options = options;
        reloadRules();
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }

    Path root() {
        return root;
    }

    Path rulesDir() {
        return rulesDir;
    }

    SimulationOptions options() {
        return options;
    }

    /** The last rule base that compiled; null when none ever did. */
    RuleBase rules() {
        return rules;
    }

    List<Diagnostic> rulesErrors() {
        return rulesErrors;
    }

    /** Recompiles the rules; on failure keeps the last good rule base and remembers why. */
    synchronized void reloadRules() {
        try {
            rules = RuleBase.compile(rulesDir, cacheDir);
            rulesErrors = List.of();
        } catch (InvalidInputException e) {
            rulesErrors = e.diagnostics();
        } catch (RuntimeException e) {
            rulesErrors = List.of(Diagnostic.of(rulesDir.toString(), "cannot compile the rules: " + e));
        }
    }

    /** Forgets what a changed file said; the next request loads it again. */
    void changed(Path file) {
        Entry old = entries.get(file);
        if (old != null) {
            entries.put(file, load(file, old));
        }
    }

    /** Scenario files under the root (links not followed), by their path relative to it. */
    List<String> names() {
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile).filter(p -> !Files.isSymbolicLink(p))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith(".") && !n.contains("/."))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The entry of a real path inside the root (see {@link Guard#scenarioFile}). */
    Entry entry(Path real) {
        return entries.computeIfAbsent(real, p -> load(p, null));
    }

    private Entry load(Path real, Entry previous) {
        String name = root.relativize(real).toString().replace('\\', '/');
        try {
            return new Entry(name, real, loader.load(real), List.of());
        } catch (InvalidInputException e) {
            return new Entry(name, real, previous == null ? null : previous.file(), relative(e.diagnostics()));
        } catch (RuntimeException e) {
            return new Entry(name, real, previous == null ? null : previous.file(),
                    List.of(Diagnostic.of(name, "cannot load: " + e)));
        }
    }

    /** Diagnostics name files relative to the root, as the index and pages show them. */
    private List<Diagnostic> relative(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String path = d.path();
            try {
                Path p = Path.of(path).toAbsolutePath().normalize();
                path = p.startsWith(root) ? root.relativize(p).toString() : path;
            } catch (java.nio.file.InvalidPathException e) {
                // not a file path (--set, a value): shown as it is
            }
            out.add(new Diagnostic(path, d.line(), d.column(), d.message(), d.sourceLine()));
        }
        return out;
    }

    /**
     * The scenario's baseline and its own variants at the server's trials, simulated once per version, with the
     * baseline's collapse anatomy tallied from the same trials (the page's plain words name what it splits on).
     */
    WhatIf.Result baseline(Entry entry) {
        RuleBase r = rules;
        String key = entry.name() + "\n" + r.hash() + "\n" + entry.file().text().hashCode();
        return baselines.computeIfAbsent(key, k -> WhatIf.compare(r, entry.file(), WhatIf.Baseline.FILE,
                WhatIf.specs(entry.file(), List.of(), List.of()), options, n -> { }, true));
    }

    /**
     * The file's base scenario simulated at the server's trials with every trial's outcome kept, once per version
     * of the file and of the rules: a what-if then walks only its own futures, paired with these.
     */
    Simulator.Kept kept(Entry entry, RuleBase r) {
        String key = entry.name() + "\n" + r.hash() + "\n" + entry.file().text().hashCode();
        return kept.computeIfAbsent(key, k -> new Simulator(r).keep(entry.file().base(), options));
    }

    /** The baseline for the index, at {@link #INDEX_TRIALS} trials. */
    WhatIf.Case summary(Entry entry) {
        RuleBase r = rules;
        String key = entry.name() + "\n" + r.hash() + "\n" + entry.file().text().hashCode();
        return summaries.computeIfAbsent(key, k -> WhatIf.compare(r, entry.file(), List.of(),
                new SimulationOptions(INDEX_TRIALS, options.seed(), options.threads(), options.horizon()), n -> { })
                .baseline());
    }
}
