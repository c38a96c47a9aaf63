package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import dev.hardground.model.Today;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Monte Carlo over a scenario's uncertain future. Trials are split into fixed chunks run on a pool of
 * threads; each trial's random numbers depend only on (seed, trial), and tallies are integer counts, so the
 * output is the same for any thread count. Several scenarios (a baseline and its variants) are run over the
 * very same sampled futures, trial by trial.
 */
public final class Simulator {
    static final int CHUNK = 250;
    private static final int CACHE_CAPACITY = 200_000;

    private final RuleBase rules;

    public Simulator(RuleBase rules) {
        this.rules = rules;
    }

    /** Simulates one scenario. */
    public SimulationResult run(Scenario scenario, String label, SimulationOptions options) {
        return run(List.of(scenario), java.util.Arrays.asList(label), options, n -> { }).results().get(0);
    }

    /**
     * Simulates a baseline (first) and variants over common random numbers.
     *
     * @param progress told the number of trials finished so far, from worker threads
     */
    public SimulationRun run(List<Scenario> scenarios, List<String> labels, SimulationOptions options,
                             LongConsumer progress) {
        return run(scenarios, labels, options, progress, false);
    }

    /**
     * As {@link #run(List, List, SimulationOptions, LongConsumer)}, and with {@code anatomy} the baseline's
     * {@link CollapseAnatomy} tallied from the very same trials as they run ({@link SimulationRun#anatomy()}):
     * no trial is walked twice, and every other figure is the same as without it.
     */
    public SimulationRun run(List<Scenario> scenarios, List<String> labels, SimulationOptions options,
                             LongConsumer progress, boolean anatomy) {
        if (scenarios.stream().anyMatch(Scenario::ranged)) {
            return new RangedSimulation(rules, CACHE_CAPACITY).run(scenarios, labels, options, progress, anatomy);
        }
        long start = System.nanoTime();
        Memory memory = new Memory(scenarios, rules);
        List<TrialRunner> runners = runners(scenarios, options, memory);
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        Part total = new Part(scenarios.size());
        inChunks(options, (from, to) -> {
            Part chunk = runChunk(runners, from, to, anatomy);
            progress.accept(done.addAndGet(to - from));
            return chunk;
        }).forEach(total::merge);
        total.note(memory.distinct());
        return finish(scenarios, labels, options, total, System.nanoTime() - start);
    }

    /**
     * A baseline simulated once and kept with every trial's outcome, so that what-ifs against it walk only their
     * own futures ({@link #run(Kept, List, List, LongConsumer)}): what the workbench does for every slider move.
     * Point scenarios only; a ranged baseline is simulated again with its variants.
     */
    public static final class Kept {
        private final Scenario scenario;
        private final SimulationOptions options;
        private final TrialOutcome[] outcomes;
        private final Part part;
        /** The baseline's evaluations: a what-if the rules cannot tell from the baseline meets its worlds again. */
        private final EvaluationCache cache;

        private Kept(Scenario scenario, SimulationOptions options, TrialOutcome[] outcomes, Part part,
                     EvaluationCache cache) {
            this.scenario = scenario;
            this.options = options;
            this.outcomes = outcomes;
            this.part = part;
            this.cache = cache;
        }

        public Scenario scenario() {
            return scenario;
        }
    }

    /** Simulates {@code baseline} and keeps every trial's outcome for later what-ifs over the same futures. */
    public Kept keep(Scenario baseline, SimulationOptions options) {
        if (baseline.ranged() || options.trials() > Integer.MAX_VALUE) {
            return new Kept(baseline, options, null, null, null);
        }
        TrialOutcome[] outcomes = new TrialOutcome[(int) options.trials()];
        Memory memory = new Memory(1);
        List<TrialRunner> runners = runners(List.of(baseline), options, memory);
        Part total = new Part(1);
        inChunks(options, (from, to) -> {
            Part chunk = new Part(1);
            for (long trial = from; trial < to; trial++) {
                TrialOutcome o = runners.get(0).run(trial);
                outcomes[(int) trial] = o;
                chunk.tallies[0].add(o);
                chunk.pairs[0].add(o, o);
            }
            return chunk;
        }).forEach(total::merge);
        total.note(memory.distinct());
        return new Kept(baseline, options, outcomes, total, memory.caches.get(0));
    }

    /**
     * What {@link #run(List, List, SimulationOptions, LongConsumer)} gives for the kept baseline (first) and
     * {@code variants}, byte for byte, walking only the variants' futures: each trial is paired with the
     * baseline's kept outcome of the same trial. The baseline's label is null.
     */
    public SimulationRun run(Kept baseline, List<Scenario> variants, List<String> labels, SimulationOptions options,
                             LongConsumer progress) {
        List<Scenario> scenarios = new ArrayList<>(variants.size() + 1);
        scenarios.add(baseline.scenario);
        scenarios.addAll(variants);
        List<String> all = new ArrayList<>(labels.size() + 1);
        all.add(null);
        all.addAll(labels);
        if (baseline.outcomes == null || !baseline.options.equals(options) || variants.stream().anyMatch(Scenario::ranged)) {
            return run(scenarios, all, options, progress);
        }
        long start = System.nanoTime();
        Memory memory = new Memory(scenarios, rules, baseline.cache);
        long keptSteps = baseline.cache.lookups();
        long keptRuns = baseline.cache.engineRuns();
        List<TrialRunner> runners = runners(variants, options, memory.from(1));
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        Part total = new Part(scenarios.size());
        total.tallies[0].merge(baseline.part.tallies[0]);
        total.pairs[0].merge(baseline.part.pairs[0]);
        total.rulesUsed.addAll(baseline.part.rulesUsed);
        total.steps += baseline.part.steps;
        total.engineRuns += baseline.part.engineRuns;
        inChunks(options, (from, to) -> {
            Part chunk = new Part(scenarios.size());
            for (long trial = from; trial < to; trial++) {
                TrialOutcome base = baseline.outcomes[(int) trial];
                for (int i = 0; i < runners.size(); i++) {
                    TrialOutcome o = runners.get(i).run(trial);
                    chunk.tallies[i + 1].add(o);
                    chunk.pairs[i + 1].add(base, o);
                }
            }
            progress.accept(done.addAndGet(to - from));
            return chunk;
        }).forEach(total::merge);
        total.note(memory.distinct()); // the kept store's counts from before this run are the baseline's part
        total.steps -= keptSteps;
        total.engineRuns -= keptRuns;
        return finish(scenarios, all, options, total, System.nanoTime() - start);
    }

    /**
     * Trials [from, to) of a baseline and variants on this thread, as integer tallies: what a worker of a
     * distributed run computes. Parts of any split of the trials, merged in any order, give the totals
     * {@link #run} gives, because every trial's random numbers depend on (seed, trial) alone.
     */
    public Part runTrials(List<Scenario> scenarios, SimulationOptions options, long from, long to) {
        return runTrials(scenarios, options, from, to, new Memory(scenarios, rules));
    }

    /**
     * {@link #runTrials(List, SimulationOptions, long, long)} remembering the worlds judged in {@code memory}, which
     * later chunks of the same scenarios under the same rules may share (an executor's tasks): the results are
     * the same, only the engine runs fewer times.
     */
    public Part runTrials(List<Scenario> scenarios, SimulationOptions options, long from, long to, Memory memory) {
        if (from < 0 || to > options.trials() || from >= to) {
            throw new IllegalArgumentException("trials [" + from + ", " + to + ") outside [0, " + options.trials() + ")");
        }
        if (memory.caches.size() != scenarios.size()) {
            throw new IllegalArgumentException("a memory of " + memory.caches.size() + " scenarios for " + scenarios.size());
        }
        List<TrialRunner> runners = runners(scenarios, options, memory);
        long steps = memory.distinct().stream().mapToLong(EvaluationCache::lookups).sum();
        long engineRuns = memory.distinct().stream().mapToLong(EvaluationCache::engineRuns).sum();
        Part part = runChunk(runners, from, to, false);
        part.note(memory.distinct());
        part.steps -= steps;
        part.engineRuns -= engineRuns;
        return part;
    }

    /**
     * The evaluations a run has remembered, one store per scenario: a rule evaluation is a pure function of the
     * world judged, so chunks of the same scenarios under the same rules can share it. Thread-safe and bounded.
     */
    public static final class Memory {
        private final List<EvaluationCache> caches = new ArrayList<>();

        public Memory(int scenarios) {
            for (int i = 0; i < scenarios; i++) {
                caches.add(new EvaluationCache(CACHE_CAPACITY));
            }
        }

        /**
         * One store per scenario, shared by scenarios the rules cannot tell apart ({@link RuleView}: a what-if of an
         * outcome weight or an early-exit chance meets the baseline's worlds).
         */
        Memory(List<Scenario> scenarios, RuleBase rules) {
            this(scenarios, rules, null);
        }

        /** As {@link #Memory(List, RuleBase)}, the first scenario's store being {@code first} when not null. */
        private Memory(List<Scenario> scenarios, RuleBase rules, EvaluationCache first) {
            java.util.Set<String> unread = RuleView.unread(rules);
            Map<Object, EvaluationCache> byView = new java.util.HashMap<>();
            for (Scenario s : scenarios) {
                EvaluationCache own = caches.isEmpty() && first != null ? first : new EvaluationCache(CACHE_CAPACITY);
                caches.add(unread.isEmpty() ? own : byView.computeIfAbsent(RuleView.of(s, unread), v -> own));
            }
        }

        private Memory(List<EvaluationCache> caches) {
            this.caches.addAll(caches);
        }

        /** The stores of the scenarios from the {@code from}-th on. */
        private Memory from(int from) {
            return new Memory(caches.subList(from, caches.size()));
        }

        /** Each store once, however many scenarios share it. */
        private List<EvaluationCache> distinct() {
            java.util.Set<EvaluationCache> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            return caches.stream().filter(seen::add).toList();
        }
    }

    /** The results of a run from the merged tallies of all its trials; {@code nanos} is the wall time. */
    public static SimulationRun finish(List<Scenario> scenarios, List<String> labels, SimulationOptions options,
                                       Part total, long nanos) {
        if (total.tallies.length != scenarios.size() || total.tallies.length > 0 && total.tallies[0].trials != options.trials()) {
            throw new IllegalArgumentException("tallies do not cover every trial of every scenario");
        }
        List<SimulationResult> results = new ArrayList<>();
        List<Interval> deltas = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            results.add(summarise(scenarios.get(i), labels.get(i), total.tallies[i], options, null));
            if (i > 0) {
                PairTally p = total.pairs[i];
                deltas.add(Interval.pairedDifference(p.onlyVariantSurvived, p.onlyBaselineSurvived, p.trials));
            }
        }
        return new SimulationRun(results, deltas, total.steps, total.engineRuns, nanos, List.copyOf(total.rulesUsed),
                List.of(), total.anatomy());
    }

    private List<TrialRunner> runners(List<Scenario> scenarios, SimulationOptions options, Memory memory) {
        List<TrialRunner> runners = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            runners.add(new TrialRunner(rules, s, horizon(s, options), options.seed(), memory.caches.get(i)));
        }
        return runners;
    }

    /**
     * The scenario's sampled futures as the rules judge them, without background hazard (for fitting the
     * hazard). A back-test asks for them beyond the scenario's horizon through {@code options.horizon}.
     */
    public PathSet paths(Scenario scenario, SimulationOptions options) {
        if (scenario.ranged()) {
            InputDraws.Runners draws = new InputDraws(scenario, options.seed()).runners(rules, scenario, options,
                    CACHE_CAPACITY, true);
            return PathSet.concat(inChunks(options, (from, to) -> rangedPaths(draws, scenario, from, to)));
        }
        TrialRunner runner = new TrialRunner(rules, scenario, horizon(scenario, options), options.seed(),
                new EvaluationCache(CACHE_CAPACITY));
        return PathSet.concat(inChunks(options, (from, to) -> paths(runner, scenario, from, to)));
    }

    /**
     * Futures [from, to) of a scenario with ranged inputs, as {@link RangedSimulation} draws them: trial t runs on
     * draw {@code t / TRIALS_PER_DRAW} of the inputs, so a back-test's paths average over what the analyst does
     * not know exactly as {@code simulate} does, and any split of the trials gives the same paths.
     */
    private static PathSet rangedPaths(InputDraws.Runners draws, Scenario scenario, long from, long to) {
        List<PathSet> parts = new ArrayList<>();
        for (long start = from; start < to; ) {
            long draw = start / RangedSimulation.TRIALS_PER_DRAW;
            long end = Math.min(to, (draw + 1) * RangedSimulation.TRIALS_PER_DRAW);
            parts.add(paths(draws.draw(draw), scenario, start, end));
            start = end;
        }
        return PathSet.concat(parts);
    }

    /**
     * Futures [from, to) of {@link #paths(Scenario, SimulationOptions)}, concatenated in order the same set;
     * {@code memory} (of one scenario) may be shared by the chunks of the same scenario.
     */
    public PathSet paths(Scenario scenario, SimulationOptions options, long from, long to, Memory memory) {
        if (from < 0 || to > options.trials() || from >= to || memory.caches.size() != 1) {
            throw new IllegalArgumentException("trials [" + from + ", " + to + ") of one scenario, within [0, "
                    + options.trials() + ")");
        }
        if (scenario.ranged()) { // draws the rules tell apart are other worlds: they share memories of their own
            return rangedPaths(new InputDraws(scenario, options.seed()).runners(rules, scenario, options, CACHE_CAPACITY,
                    true), scenario, from, to);
        }
        return paths(runners(List.of(scenario), options, memory).get(0), scenario, from, to);
    }

    private static PathSet paths(TrialRunner runner, Scenario scenario, long from, long to) {
        List<TrialPath> paths = new ArrayList<>();
        for (long trial = from; trial < to; trial++) {
            paths.add(runner.path(trial));
        }
        return new PathSet(paths, BackgroundHazard.signed(scenario), runner.referenceClass());
    }

    /** Trials [from, to) of one chunk, turned into a partial result. */
    interface ChunkWork<T> {
        T run(long from, long to);
    }

    /**
     * Runs the trials in fixed chunks on {@code options.threads()} threads, the calling one among them ({@link Chunks});
     * results come back in chunk order, and a chunk's exception is rethrown as it was.
     */
    static <T> List<T> inChunks(SimulationOptions options, ChunkWork<T> work) {
        Chunks<T> chunks = new Chunks<>(options.trials(), work);
        int helpers = Math.min(options.threads(), chunks.count()) - 1;
        ExecutorService pool = helpers > 0 ? Executors.newFixedThreadPool(helpers, daemon()) : null;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < helpers; i++) {
                futures.add(pool.submit(chunks::work));
            }
            chunks.work();
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // work() keeps what its chunks throw: not reached
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return chunks.results();
    }

    static LocalDate horizon(Scenario s, SimulationOptions options) {
        LocalDate horizon = options.horizon() != null ? options.horizon() : s.horizon();
        if (horizon.isAfter(s.asOf().plusYears(Scenario.MAX_HORIZON_YEARS))) {
            throw new dev.hardground.model.InvalidInputException(dev.hardground.model.Diagnostic.of(
                    options.horizon() != null ? "--horizon" : s.id(), "horizon " + horizon + " is more than "
                    + Scenario.MAX_HORIZON_YEARS + " years after the scenario's asOf " + s.asOf()
                    + ", the horizon limit (it keeps a trial's cost bounded and cannot be raised)"));
        }
        return horizon;
    }

    /** Trials [from, to) of every runner (baseline first); with {@code anatomy}, the baseline's anatomy too. */
    static Part runChunk(List<TrialRunner> runners, long from, long to, boolean anatomy) {
        Part chunk = new Part(runners.size());
        if (anatomy) {
            chunk.anatomy = new CollapseAnatomy.Counts();
        }
        TrialOutcome[] outcomes = new TrialOutcome[runners.size()];
        for (long trial = from; trial < to; trial++) {
            if (anatomy) { // the baseline's path, walked once, serves both its outcome and its anatomy
                TrialPath path = runners.get(0).path(trial);
                outcomes[0] = runners.get(0).outcome(trial, path);
                chunk.anatomy.add(outcomes[0], path);
            }
            for (int i = 0; i < runners.size(); i++) {
                if (i > 0 || !anatomy) {
                    outcomes[i] = runners.get(i).run(trial);
                }
                chunk.tallies[i].add(outcomes[i]);
                chunk.pairs[i].add(outcomes[0], outcomes[i]);
            }
        }
        return chunk;
    }

    static SimulationResult summarise(Scenario s, String label, Tally t, SimulationOptions options,
                                      InputSpread inputs) {
        LocalDate horizon = horizon(s, options);
        List<SimulationResult.YearSurvival> byYear = new ArrayList<>();
        for (int year = s.asOf().getYear(); year <= horizon.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate day = end.isAfter(horizon) ? horizon : end;
            byYear.add(new SimulationResult.YearSurvival(year, (double) t.standingAfter(day) / t.trials));
        }
        List<SimulationResult.Cause> causes = t.causes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new SimulationResult.Cause(e.getKey(), e.getValue(), (double) e.getValue() / t.trials))
                .toList();
        return new SimulationResult(s, label, t.trials, options.seed(), horizon, Interval.wilson(t.survived, t.trials),
                byYear, median(s.asOf(), t), causes, inputs);
    }

    private static Double median(LocalDate asOf, Tally t) {
        long half = (t.trials + 1) / 2;
        long seen = 0;
        for (Map.Entry<LocalDate, Long> e : t.collapseDays.entrySet()) {
            seen += e.getValue();
            if (seen >= half) {
                return Today.years(asOf, e.getKey());
            }
        }
        return null;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread thread = new Thread(r, "hardground-trials");
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Integer tallies of some trials, per scenario (baseline first), and what the rules did in them. Parts merge
     * in any order to the same totals; serializable, so that a distributed run can ship them to be merged.
     */
    public static final class Part implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Tally[] tallies;
        final PairTally[] pairs;
        final java.util.TreeSet<String> rulesUsed = new java.util.TreeSet<>();
        long steps;
        long engineRuns;
        /** The baseline's collapse anatomy over these trials; null when not tallied. */
        CollapseAnatomy.Counts anatomy;

        Part(int scenarios) {
            tallies = new Tally[scenarios];
            pairs = new PairTally[scenarios];
            for (int i = 0; i < scenarios; i++) {
                tallies[i] = new Tally();
                pairs[i] = new PairTally();
            }
        }

        /** Adds {@code other}'s counts to this part's and returns this part. */
        public Part merge(Part other) {
            if (other.tallies.length != tallies.length) {
                throw new IllegalArgumentException("parts of runs over different scenarios");
            }
            for (int i = 0; i < tallies.length; i++) {
                tallies[i].merge(other.tallies[i]);
                pairs[i].merge(other.pairs[i]);
            }
            rulesUsed.addAll(other.rulesUsed);
            steps += other.steps;
            engineRuns += other.engineRuns;
            if (other.anatomy != null) {
                if (anatomy == null) {
                    anatomy = new CollapseAnatomy.Counts();
                }
                anatomy.merge(other.anatomy);
            }
            return this;
        }

        /** The baseline's collapse anatomy over these trials, or null when it was not tallied. */
        CollapseAnatomy anatomy() {
            return anatomy == null ? null : anatomy.anatomy();
        }

        /** Trials tallied for each scenario. */
        public long trials() {
            return tallies.length == 0 ? 0 : tallies[0].trials;
        }

        private void note(List<EvaluationCache> caches) {
            for (EvaluationCache c : caches) {
                steps += c.lookups();
                engineRuns += c.engineRuns();
                rulesUsed.addAll(c.rulesUsed());
            }
        }
    }
}
