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
    private static final int CHUNK = 250;
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
        long start = System.nanoTime();
        List<TrialRunner> runners = new ArrayList<>();
        List<EvaluationCache> caches = new ArrayList<>();
        for (Scenario s : scenarios) {
            EvaluationCache cache = new EvaluationCache(CACHE_CAPACITY);
            caches.add(cache);
            runners.add(new TrialRunner(rules, s, horizon(s, options), options.seed(), cache));
        }
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        Chunk total = new Chunk(scenarios.size());
        inChunks(options, (from, to) -> {
            Chunk chunk = runChunk(runners, from, to);
            progress.accept(done.addAndGet(to - from));
            return chunk;
        }).forEach(total::merge);
        List<SimulationResult> results = new ArrayList<>();
        List<Interval> deltas = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            results.add(summarise(scenarios.get(i), labels.get(i), total.tallies[i], options));
            if (i > 0) {
                PairTally p = total.pairs[i];
                deltas.add(Interval.pairedDifference(p.onlyVariantSurvived, p.onlyBaselineSurvived, p.trials));
            }
        }
        long steps = caches.stream().mapToLong(EvaluationCache::lookups).sum();
        long engineRuns = caches.stream().mapToLong(EvaluationCache::engineRuns).sum();
        java.util.TreeSet<String> used = new java.util.TreeSet<>();
        caches.forEach(c -> used.addAll(c.rulesUsed()));
        return new SimulationRun(results, deltas, steps, engineRuns, System.nanoTime() - start, List.copyOf(used));
    }

    /**
     * The scenario's sampled futures as the rules judge them, without background hazard (for fitting the
     * hazard). A back-test asks for them beyond the scenario's horizon through {@code options.horizon}.
     */
    public PathSet paths(Scenario scenario, SimulationOptions options) {
        TrialRunner runner = new TrialRunner(rules, scenario, horizon(scenario, options), options.seed(),
                new EvaluationCache(CACHE_CAPACITY));
        List<TrialPath> all = new ArrayList<>();
        inChunks(options, (from, to) -> {
            List<TrialPath> paths = new ArrayList<>();
            for (long trial = from; trial < to; trial++) {
                paths.add(runner.path(trial));
            }
            return paths;
        }).forEach(all::addAll);
        return new PathSet(all, BackgroundHazard.signed(scenario), runner.referenceClass());
    }

    /** Trials [from, to) of one chunk, turned into a partial result. */
    private interface ChunkWork<T> {
        T run(long from, long to);
    }

    /** Runs the trials in fixed chunks on the pool of threads; results come back in chunk order. */
    private static <T> List<T> inChunks(SimulationOptions options, ChunkWork<T> work) {
        int chunks = (int) ((options.trials() + CHUNK - 1) / CHUNK);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), chunks), daemon());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                long from = (long) c * CHUNK;
                long to = Math.min(options.trials(), from + CHUNK);
                futures.add(pool.submit(() -> work.run(from, to)));
            }
            return await(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Results in submission order; a worker's exception is rethrown as it was. */
    private static <T> List<T> await(List<Future<T>> futures) {
        List<T> out = new ArrayList<>();
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        }
    }

    private static LocalDate horizon(Scenario s, SimulationOptions options) {
        return options.horizon() != null ? options.horizon() : s.horizon();
    }

    private static Chunk runChunk(List<TrialRunner> runners, long from, long to) {
        Chunk chunk = new Chunk(runners.size());
        TrialOutcome[] outcomes = new TrialOutcome[runners.size()];
        for (long trial = from; trial < to; trial++) {
            for (int i = 0; i < runners.size(); i++) {
                outcomes[i] = runners.get(i).run(trial);
                chunk.tallies[i].add(outcomes[i]);
                chunk.pairs[i].add(outcomes[0], outcomes[i]);
            }
        }
        return chunk;
    }

    private static SimulationResult summarise(Scenario s, String label, Tally t, SimulationOptions options) {
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
                byYear, median(s.asOf(), t), causes);
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

    /** Tallies of one chunk of trials, per scenario. */
    private static final class Chunk {
        final Tally[] tallies;
        final PairTally[] pairs;

        Chunk(int scenarios) {
            tallies = new Tally[scenarios];
            pairs = new PairTally[scenarios];
            for (int i = 0; i < scenarios; i++) {
                tallies[i] = new Tally();
                pairs[i] = new PairTally();
            }
        }

        void merge(Chunk other) {
            for (int i = 0; i < tallies.length; i++) {
                tallies[i].merge(other.tallies[i]);
                pairs[i].merge(other.pairs[i]);
            }
        }
    }

}
