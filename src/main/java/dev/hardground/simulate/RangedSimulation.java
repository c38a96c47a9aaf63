package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Simulation of scenarios with ranged inputs, nested: the trials are cut into draws of
 * {@link #TRIALS_PER_DRAW} consecutive trials; draw m puts the m-th draw of every ranged input into the
 * scenario and runs its trials on that world. Trials keep their global numbers, so their futures are those of
 * a point run, and a variant shares both the input draws and the futures of its baseline.
 *
 * <p>{@code survival.probability} counts every trial, so it is the predictive probability (inputs averaged
 * over their distributions); its interval is the Wilson interval over all trials, as for a point scenario;
 * {@link InputSpread} is the spread over draws. Draws share an evaluation cache when they differ only in inputs
 * no rule reads ({@link InputDraws#ruleKey}: outcome weights, early-exit chances); otherwise each has its own.
 */
final class RangedSimulation {
    /** Trials run on one draw of the inputs: one chunk of the thread pool (see docs/uncertainty.md). */
    static final int TRIALS_PER_DRAW = Simulator.CHUNK;

    private final RuleBase rules;
    private final int cacheCapacity;

    /** Whether draws the rules cannot tell apart share evaluations (the results are the same either way). */
    private final boolean share;

    RangedSimulation(RuleBase rules, int cacheCapacity) {
        this(rules, cacheCapacity, true);
    }

    RangedSimulation(RuleBase rules, int cacheCapacity, boolean share) {
        this.rules = rules;
        this.cacheCapacity = cacheCapacity;
        this.share = share;
    }

    /** With {@code anatomy}, the baseline's collapse anatomy is tallied from the same trials. */
    SimulationRun run(List<Scenario> scenarios, List<String> labels, SimulationOptions options, LongConsumer progress,
                      boolean anatomy) {
        long start = System.nanoTime();
        List<InputDraws> draws = new ArrayList<>();
        List<InputDraws.Runners> ranged = new ArrayList<>();
        List<TrialRunner> fixed = new ArrayList<>();
        List<EvaluationCache> caches = new ArrayList<>();
        for (Scenario s : scenarios) {
            InputDraws d = s.ranged() ? new InputDraws(s, options.seed()) : null;
            draws.add(d);
            ranged.add(d == null ? null : d.runners(rules, s, options, cacheCapacity, share));
            EvaluationCache cache = new EvaluationCache(cacheCapacity);
            caches.add(cache);
            fixed.add(s.ranged() ? null : new TrialRunner(rules, s, Simulator.horizon(s, options), options.seed(), cache));
        }
        AtomicLong done = new AtomicLong();
        List<Simulator.Part> perDraw = Simulator.inChunks(options, (from, to) -> {
            long draw = from / TRIALS_PER_DRAW;
            List<TrialRunner> runners = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                if (fixed.get(i) != null) {
                    runners.add(fixed.get(i));
                    continue;
                }
                runners.add(ranged.get(i).draw(draw));
            }
            Simulator.Part chunk = Simulator.runChunk(runners, from, to, anatomy);
            progress.accept(done.addAndGet(to - from));
            return chunk;
        });
        Simulator.Part total = new Simulator.Part(scenarios.size());
        perDraw.forEach(total::merge);
        List<SimulationResult> results = new ArrayList<>();
        List<Interval> deltas = new ArrayList<>();
        List<InputSpread> deltaInputs = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            // Only a ranged scenario has an input spread; a point one beside it has only Monte Carlo noise.
            results.add(Simulator.summarise(s, labels.get(i), total.tallies[i], options, s.ranged()
                    ? survivalSpread(s, i, perDraw, options, draws.get(i)) : null));
            if (i > 0) {
                PairTally p = total.pairs[i];
                deltas.add(Interval.pairedDifference(p.onlyVariantSurvived, p.onlyBaselineSurvived, p.trials));
                deltaInputs.add(s.ranged() || scenarios.get(0).ranged() ? deltaSpread(i, perDraw) : null);
            }
        }
        ranged.stream().filter(r -> r != null).forEach(r -> caches.addAll(r.caches()));
        long steps = caches.stream().mapToLong(EvaluationCache::lookups).sum();
        long engineRuns = caches.stream().mapToLong(EvaluationCache::engineRuns).sum();
        TreeSet<String> used = new TreeSet<>();
        caches.forEach(c -> used.addAll(c.rulesUsed()));
        return new SimulationRun(results, deltas, steps, engineRuns, System.nanoTime() - start, List.copyOf(used),
                deltaInputs, total.anatomy());
    }

    private static InputSpread survivalSpread(Scenario s, int i, List<Simulator.Part> perDraw,
                                              SimulationOptions options, InputDraws inputs) {
        LocalDate horizon = Simulator.horizon(s, options);
        int m = perDraw.size();
        double[] estimates = new double[m];
        double[] noise = new double[m];
        for (int d = 0; d < m; d++) {
            Tally t = perDraw.get(d).tallies[i];
            estimates[d] = (double) t.survived / t.trials;
            noise[d] = binomialNoise(estimates[d], t.trials);
        }
        double[] horizonSpread = InputSpread.interval(estimates, noise, 0, 1);
        double[][] values = new double[m][];
        for (int d = 0; d < m; d++) {
            values[d] = inputs.values(d);
        }
        List<InputSpread.Driver> drivers = InputSpread.drivers(inputs.inputs(), values, estimates.clone());
        List<InputSpread.YearSpread> byYear = new ArrayList<>();
        for (int year = s.asOf().getYear(); year <= horizon.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate day = end.isAfter(horizon) ? horizon : end;
            for (int d = 0; d < m; d++) {
                Tally t = perDraw.get(d).tallies[i];
                estimates[d] = (double) t.standingAfter(day) / t.trials;
                noise[d] = binomialNoise(estimates[d], t.trials);
            }
            double[] spread = InputSpread.interval(estimates, noise, 0, 1);
            byYear.add(new InputSpread.YearSpread(year, spread[0], spread[1]));
        }
        return new InputSpread(m, horizonSpread[0], horizonSpread[1], byYear, drivers);
    }

    private static InputSpread deltaSpread(int i, List<Simulator.Part> perDraw) {
        int m = perDraw.size();
        double[] estimates = new double[m];
        double[] noise = new double[m];
        for (int d = 0; d < m; d++) {
            PairTally p = perDraw.get(d).pairs[i];
            double n = p.trials;
            double b = p.onlyVariantSurvived;
            double c = p.onlyBaselineSurvived;
            estimates[d] = (b - c) / n;
            noise[d] = n < 2 ? 0 : ((b + c) - (b - c) * (b - c) / n) / (n * (n - 1));
        }
        double[] spread = InputSpread.interval(estimates, noise, -1, 1);
        return new InputSpread(m, spread[0], spread[1], List.of(), List.of());
    }

    /** The variance of one draw's survival estimate from its own trials (unbiased). */
    private static double binomialNoise(double p, long n) {
        return n < 2 ? 0 : p * (1 - p) / (n - 1);
    }
}
