package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Expectation;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.model.Variant;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationResult;
import dev.hardground.simulate.SimulationRun;
import dev.hardground.simulate.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores every scenario and every variant of a set of files against one rule base, simulates those whose
 * expectation names survival, and checks the expectations (DESIGN.md §3). A file that cannot be read, a
 * variant whose overrides fail, a rule that fails on a scenario: each becomes an {@code error} row and the
 * batch goes on. Files are judged in parallel; rows come back in file order whatever the thread count.
 */
public final class Batch {
    /** Default sampled futures per simulated scenario in a batch: enough to check a survival bound in CI. */
    public static final int DEFAULT_TRIALS = 2_000;

    /** How to simulate: trials and seed as in {@code simulate}; {@code threads} files are judged at once. */
    public record Options(int trials, long seed, int threads) {
        public Options {
            if (trials < 1 || threads < 1) {
                throw new IllegalArgumentException("trials and threads must be at least 1");
            }
        }
    }

    /** One side of a file: the base scenario (variant null) or a variant, with the expectation that applies. */
    private record Case(String variant, Scenario scenario, Expectation expect) {
    }

    private final RuleBase rules;
    private final Options options;
    private final ScenarioLoader loader;

    public Batch(RuleBase rules, Options options, ScenarioLoader loader) {
        this.rules = rules;
        this.options = options;
        this.loader = loader;
    }

    public BatchResult run(BatchInputs inputs) {
        RuleCoverage coverage = new RuleCoverage(rules.rules());
        List<BatchRow> rows = new ArrayList<>();
        inputs.problems().forEach(p -> rows.add(BatchRow.error(p.path(), null, p.path(), List.of(p))));
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "hardground-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<BatchRow>>> futures = new ArrayList<>();
            for (Path file : inputs.files()) {
                futures.add(pool.submit(() -> judge(file, inputs.name(file), coverage)));
            }
            for (Future<List<BatchRow>> f : futures) {
                rows.addAll(f.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new BatchResult(rows, coverage.summary());
    }

    /** Every row of one file. */
    List<BatchRow> judge(Path file, String name, RuleCoverage coverage) {
        ScenarioFile scenarioFile;
        try {
            scenarioFile = loader.load(file);
        } catch (InvalidInputException e) {
            return List.of(BatchRow.error(BatchInputs.stem(name), null, name, e.diagnostics()));
        }
        String id = scenarioFile.base().id();
        List<BatchRow> rows = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(null, scenarioFile.base(), scenarioFile.base().expect()));
        for (Variant v : scenarioFile.variants()) {
            try {
                cases.add(new Case(v.name(), scenarioFile.resolve(v.name(), List.of()), v.expect()));
            } catch (InvalidInputException e) {
                rows.add(BatchRow.error(id, v.name(), name, e.diagnostics()));
            }
        }
        List<Evaluation> evaluations = new ArrayList<>();
        List<Case> scored = new ArrayList<>();
        List<Long> nanos = new ArrayList<>();
        for (Case c : cases) {
            long start = System.nanoTime();
            try {
                evaluations.add(rules.score(c.scenario(), coverage::fired));
                scored.add(c);
                nanos.add(System.nanoTime() - start);
            } catch (InvalidInputException e) {
                rows.add(BatchRow.error(id, c.variant(), name, e.diagnostics()));
            }
        }
        long start = System.nanoTime();
        List<SimulationResult> simulations = simulate(scored, coverage);
        long simulated = simulations.stream().filter(java.util.Objects::nonNull).count();
        long simulationShare = simulated == 0 ? 0 : (System.nanoTime() - start) / simulated; // one run serves them all
        for (int i = 0; i < scored.size(); i++) {
            long spent = nanos.get(i) + (simulations.get(i) == null ? 0 : simulationShare);
            rows.add(row(id, name, scored.get(i), evaluations.get(i), simulations.get(i),
                    scenarioFile.expectLine(scored.get(i).variant()), spent / 1e9));
        }
        rows.sort(java.util.Comparator.comparingInt(r -> position(scenarioFile, r.variant())));
        return rows;
    }

    /** Simulates, over the same sampled futures, the cases whose expectation names survival; null for the rest. */
    private List<SimulationResult> simulate(List<Case> cases, RuleCoverage coverage) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Case c : cases) {
            if (c.expect() != null && c.expect().needsSimulation()) {
                scenarios.add(c.scenario());
                labels.add(c.variant());
            }
        }
        List<SimulationResult> out = new ArrayList<>();
        if (scenarios.isEmpty()) {
            cases.forEach(c -> out.add(null));
            return out;
        }
        SimulationOptions simulation = new SimulationOptions(options.trials(), options.seed(), 1, null);
        SimulationRun run = new Simulator(rules).run(scenarios, labels, simulation, n -> { });
        List<SimulationResult> results = run.results();
        run.rulesUsed().forEach(coverage::usedInSimulation);
        int next = 0;
        for (Case c : cases) {
            out.add(c.expect() != null && c.expect().needsSimulation() ? results.get(next++) : null);
        }
        return out;
    }

    /** What a skipped row says: scored, but nothing was checked. */
    public static final String NOTHING_EXPECTED = "no expectations: nothing to check (add an expect: block)";

    private static BatchRow row(String id, String file, Case c, Evaluation evaluation, SimulationResult simulation,
                                int line, double seconds) {
        var survival = simulation == null ? null : simulation.survival();
        if (c.expect() == null || !c.expect().checksAnything()) {
            return new BatchRow(id, c.variant(), file, BatchStatus.SKIPPED, List.of(NOTHING_EXPECTED),
                    evaluation.score(), evaluation.verdict(), null, List.of(), line, seconds);
        }
        List<String> failures = ExpectationCheck.failures(c.expect(), evaluation, survival);
        return new BatchRow(id, c.variant(), file, failures.isEmpty() ? BatchStatus.PASSED : BatchStatus.FAILED,
                failures, evaluation.score(), evaluation.verdict(), survival, List.of(), line, seconds);
    }

    /** Base first, then variants in file order. */
    private static int position(ScenarioFile file, String variant) {
        if (variant == null) {
            return -1;
        }
        List<Variant> variants = file.variants();
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).name().equals(variant)) {
                return i;
            }
        }
        return variants.size();
    }
}
