package dev.hardground.engine;

import dev.hardground.model.Baseline;
import dev.hardground.model.Evaluation;
import dev.hardground.model.HazardLink;
import dev.hardground.model.Ledger;
import dev.hardground.model.Occurred;
import dev.hardground.model.Scenario;
import dev.hardground.model.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.KieBase;

/**
 * The compiled rules of one rules directory, built once per run and shared by every evaluation (a Drools
 * {@link KieBase} is thread-safe; each evaluation opens its own session). Also holds what {@code verdict.drl}
 * sets: the verdict thresholds, the score → hazard link and the background hazard by age.
 */
public final class RuleBase {
    /** Defaults when no rule sets them (DESIGN.md §5). */
    public static final double DEFAULT_DURABLE_AT = 65;
    public static final double DEFAULT_FRAGILE_AT = 40;

    private final RuleFiles files;
    private final RuleIndex index;
    private final KieBase kieBase;
    private final Evaluator evaluator;
    private final Settings settings;
    private final boolean fromCache;
    private final java.util.Map<String, Boolean> mayRead = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * What the rule set decides about scoring as a whole: the verdict thresholds, the score → hazard link and
     * the background hazard by age of each reference class ({@code baselines}, empty when no rule sets one).
     */
    public record Settings(double durableAt, double fragileAt, HazardLink hazard, Map<String, Baseline> baselines,
                           dev.hardground.model.SimulationSettings simulation) {
        public Settings {
            baselines = Map.copyOf(baselines);
        }

        /** Settings with the simulator's defaults ({@link dev.hardground.model.SimulationSettings#DEFAULT}). */
        public Settings(double durableAt, double fragileAt, HazardLink hazard, Map<String, Baseline> baselines) {
            this(durableAt, fragileAt, hazard, baselines, dev.hardground.model.SimulationSettings.DEFAULT);
        }

        public Verdict verdict(double score) {
            return score >= durableAt ? Verdict.DURABLE : score >= fragileAt ? Verdict.FRAGILE : Verdict.AT_RISK;
        }

        /** The slope of the score link for a reference class: its own when its baseline has one, else the link's. */
        public double slope(String referenceClass) {
            return hazard.slope(baselines, referenceClass);
        }

        /** The background hazard by age of a reference class; the link's flat base when null or not named. */
        public Baseline baseline(String referenceClass) {
            return hazard.baseline(baselines, referenceClass);
        }
    }

    private RuleBase(RuleFiles files, RuleIndex index, RuleCompiler.Loaded loaded, boolean fromCache,
                     RuleCache.SlicePlans plans) {
        this.fromCache = fromCache;
        this.files = files;
        this.index = index;
        this.kieBase = loaded.kieBase();
        this.evaluator = new Evaluator(loaded, index, files.files().stream().map(RuleFiles.RuleFile::text).toList(),
                plans);
        this.settings = readSettings();
    }

    /**
     * Compiles every {@code .drl} under {@code dir}. Throws {@link dev.hardground.model.InvalidInputException}
     * with located diagnostics when a file cannot be read or does not compile.
     */
    public static RuleBase compile(Path dir) {
        return compile(dir, null);
    }

    /**
     * Compiles the rules, or loads them from {@code cacheDir} when this exact rule set was built before (null:
     * no cache). A build that succeeds is stored for the next run.
     */
    public static RuleBase compile(Path dir, Path cacheDir) {
        return compile(RuleFiles.read(dir), cacheDir);
    }

    /**
     * A rule file read elsewhere (another file system, another machine): {@code display} is its name in
     * errors and reports, {@code relative} its path under the rules directory.
     */
    public record Text(String display, String relative, String text) {
    }

    /** Compiles rule files already read, in the order given (as {@link #texts()} returns them), or loads them from the cache. */
    public static RuleBase compile(String dirName, List<Text> texts, Path cacheDir) {
        return compile(RuleFiles.of(Path.of(dirName), texts.stream()
                .map(t -> new RuleFiles.RuleFile(t.display(), t.relative(), t.text())).toList()), cacheDir);
    }

    private static RuleBase compile(RuleFiles files, Path cacheDir) {
        RuleCache cache = cacheDir == null ? null : new RuleCache(cacheDir);
        String key = RuleCache.key(files);
        if (cache != null) {
            var hit = cache.load(key, files);
            if (hit.isPresent()) {
                try {
                    return new RuleBase(files, RuleIndex.of(hit.get().sites()), RuleCompiler.loaded(hit.get().kjar()), true,
                            cache.plans(key));
                } catch (RuntimeException | LinkageError e) {
                    // A damaged or incompatible cache entry: build afresh below and overwrite it.
                }
            }
        }
        RuleIndex index = RuleIndex.of(files);
        RuleCompiler.Compiled compiled = RuleCompiler.compile(files);
        if (cache != null) {
            cache.store(key, new RuleCache.Entry(compiled.kjar(), index.all()), files);
        }
        return new RuleBase(files, index, compiled.loaded(), false, cache == null ? null : cache.plans(key));
    }

    /** Where compiled rule sets are cached unless --no-cache or --cache-dir says otherwise. */
    public static Path defaultCacheDir() {
        return RuleCache.defaultDir();
    }

    /**
     * Whether a rule may read a fact's component of this name: the name appears somewhere in a rule file (as a field,
     * an accessor or a getter; compared without case, so the answer errs towards yes). A component no rule file
     * names can reach a rule only through a method of the model that reads it.
     */
    public boolean mayRead(String component) {
        // asked for the same few names by every simulation (a workbench what-if among them): the files do not change
        return mayRead.computeIfAbsent(component.toLowerCase(java.util.Locale.ROOT), name -> files.files().stream()
                .anyMatch(f -> f.text().toLowerCase(java.util.Locale.ROOT).contains(name)));
    }

    private Settings readSettings() {
        Ledger ledger = evaluator.settings();
        return new Settings(
                or(ledger.durableAt(), DEFAULT_DURABLE_AT), or(ledger.fragileAt(), DEFAULT_FRAGILE_AT),
                ledger.hazard() == null ? HazardLink.DEFAULT : ledger.hazard(), ledger.baselines(),
                ledger.simulation(dev.hardground.model.SimulationSettings.DEFAULT));
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    /** Judges the world as it stands on {@code day} (the scoring rules only). */
    public Evaluation evaluate(Scenario world, LocalDate day) {
        return evaluator.evaluate(world, day, List.of(), settings, false);
    }

    /**
     * Judges the world on {@code day}, after what the simulation drew so far ({@code happened}: an
     * {@link Occurred} per sampled event, a {@link dev.hardground.model.Breach} per commitment broken in the trial): a
     * simulation step, at which the dynamics rules may also collapse the deal or change the world.
     */
    public Evaluation evaluate(Scenario world, LocalDate day, List<?> happened) {
        return evaluator.evaluate(world, day, happened, settings, true);
    }

    /** Judges a scenario as written, on its {@code asOf} day. */
    public Evaluation score(Scenario scenario) {
        return evaluate(scenario, scenario.asOf());
    }

    /** Judges a scenario as written, telling {@code fired} the site of every rule that fires (rule coverage). */
    public Evaluation score(Scenario scenario, Consumer<RuleSite> fired) {
        return evaluator.evaluate(scenario, scenario.asOf(), List.of(), settings, false, fired);
    }

    /** Whether simulation steps are judged in slices of the rules ({@link RuleSlices}) rather than whole. */
    boolean sliced() {
        return evaluator.sliced();
    }

    /** Makes every sliced evaluation be checked against the whole rule set's (tests). */
    void checkSlices() {
        evaluator.checkSlices();
    }

    /** How many times a slice's rules have run rather than been remembered (tests). */
    long sliceRuns() {
        return evaluator.sliceRuns();
    }

    /** Whether this rule set was loaded from the cache rather than compiled. */
    public boolean fromCache() {
        return fromCache;
    }

    public Settings settings() {
        return settings;
    }

    /** Where the rule files break the house conventions (@factor, @description, a comment on the weight). */
    public List<dev.hardground.model.Diagnostic> conventionWarnings() {
        return RuleConventions.check(files, index);
    }

    /** Every rule, in file order. */
    public List<RuleSite> rules() {
        return index.all();
    }

    /** SHA-256 over every rule file's path and text: identifies the rule set in reports and caches. */
    public String hash() {
        return files.hash();
    }

    /** The rule files as read, in order: enough to compile the same rule set elsewhere. */
    public List<Text> texts() {
        return files.files().stream().map(f -> new Text(f.display(), f.relative(), f.text())).toList();
    }

    public Path directory() {
        return files.dir();
    }
}
