package dev.hardground.analysis;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
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

    /**
     * The simulations of one file: its cases whose expectation names survival, run over the same sampled
     * futures. {@code labels} holds each one's variant name (null for the base scenario).
     */
    public record Request(String file, List<String> labels, List<Scenario> scenarios) {
        public Request {
            labels = java.util.Collections.unmodifiableList(new ArrayList<>(labels));
            scenarios = List.copyOf(scenarios);
        }
    }

    /** Runs a batch's simulations: here on the batch's threads, or elsewhere (the Spark job spreads them over a cluster). */
    public interface Simulations {
        /** One run per request, in request order. */
        List<SimulationRun> run(List<Request> requests, SimulationOptions options);
    }

    /** A file's scored cases, before their simulations: every row but those waiting for a survival figure. */
    private record Judged(ScenarioFile file, String id, String name, List<BatchRow> errors, List<Case> scored,
                          List<Evaluation> evaluations, List<Long> nanos, Request request) {
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
        java.util.Map<String, Path> byName = new java.util.LinkedHashMap<>();
        inputs.files().forEach(file -> byName.put(inputs.name(file), file));
        return run(List.copyOf(byName.keySet()), inputs.problems(), name -> loader.load(byName.get(name)), this::simulateHere);
    }

    /**
     * Judges the named files: {@code read} turns a name into its loaded file (throwing
     * {@link InvalidInputException} when it cannot), {@code simulations} runs every simulation the files need.
     * Files are read and scored first, all simulations run next, rows come back in file order.
     */
    public BatchResult run(List<String> names, List<Diagnostic> problems,
                           java.util.function.Function<String, ScenarioFile> read, Simulations simulations) {
        RuleCoverage coverage = new RuleCoverage(rules.rules());
        List<BatchRow> rows = new ArrayList<>();
        problems.forEach(p -> rows.add(BatchRow.error(p.path(), null, p.path(), List.of(p))));
        List<Judged> judged = onThreads(names, name -> judge(name, read, coverage));
        List<Request> requests = judged.stream().map(Judged::request).filter(java.util.Objects::nonNull).toList();
        List<SimulationRun> runs = new ArrayList<>();
        List<List<Diagnostic>> failures = new ArrayList<>();
        try {
            runs.addAll(simulations.run(requests, simulation()));
            requests.forEach(r -> failures.add(null));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            // Some file's simulation failed (a dynamics rule, say): run them one by one, so that only the cases
            // of the file that fails become error rows and every other row stands.
            runs.clear();
            for (Request r : requests) {
                try {
                    runs.add(simulations.run(List.of(r), simulation()).get(0));
                    failures.add(null);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError f) {
                    runs.add(null);
                    failures.add(diagnostics(r.file(), f));
                }
            }
        }
        int next = 0;
        for (Judged j : judged) {
            SimulationRun run = null;
            List<Diagnostic> failure = null;
            if (j.request() != null) {
                run = runs.get(next);
                failure = failures.get(next++);
            }
            if (run != null) {
                run.rulesUsed().forEach(coverage::usedInSimulation);
            }
            rows.addAll(rows(j, run, failure));
        }
        return new BatchResult(rows, coverage.summary());
    }

    /** What went wrong with one file, as its diagnostics: located where the input said, else named by the file. */
    private static List<Diagnostic> diagnostics(String name, Throwable failure) {
        Throwable e = failure instanceof IllegalStateException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof InvalidInputException invalid) {
            return invalid.diagnostics();
        }
        return List.of(Diagnostic.of(name, "failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }

    /** How each file's simulation runs: the batch's trials and seed, one thread (files run in parallel). */
    public SimulationOptions simulation() {
        return new SimulationOptions(options.trials(), options.seed(), 1, null);
    }

    private List<SimulationRun> simulateHere(List<Request> requests, SimulationOptions simulation) {
        Simulator simulator = new Simulator(rules);
        return onThreads(requests, r -> simulator.run(r.scenarios(), r.labels(), simulation, n -> { }));
    }

    /** {@code work} applied to each item on the batch's threads; results in item order. */
    private <T, R> List<R> onThreads(List<T> items, java.util.function.Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "hardground-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads one file, resolves its variants and scores them; what needs simulating becomes a request. Whatever
     * goes wrong in it (even an {@link Error} such as running out of memory) is an error row of this file, and
     * the other files' rows are kept.
     */
    private Judged judge(String name, java.util.function.Function<String, ScenarioFile> read, RuleCoverage coverage) {
        try {
            return judgeFile(name, read, coverage);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            return new Judged(null, null, name, List.of(BatchRow.error(BatchInputs.stem(name), null, name,
                    diagnostics(name, e))), List.of(), List.of(), List.of(), null);
        }
    }

    private Judged judgeFile(String name, java.util.function.Function<String, ScenarioFile> read, RuleCoverage coverage) {
        ScenarioFile scenarioFile;
        try {
            scenarioFile = read.apply(name);
        } catch (InvalidInputException e) {
            return new Judged(null, null, name, List.of(BatchRow.error(BatchInputs.stem(name), null, name,
                    e.diagnostics())), List.of(), List.of(), List.of(), null);
        }
        String id = scenarioFile.base().id();
        List<BatchRow> errors = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(null, scenarioFile.base(), scenarioFile.base().expect()));
        for (Variant v : scenarioFile.variants()) {
            try {
                cases.add(new Case(v.name(), scenarioFile.resolve(v.name(), List.of()), v.expect()));
            } catch (InvalidInputException e) {
                errors.add(BatchRow.error(id, v.name(), name, e.diagnostics()));
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
                errors.add(BatchRow.error(id, c.variant(), name, e.diagnostics()));
            }
        }
        List<String> labels = new ArrayList<>();
        List<Scenario> simulated = new ArrayList<>();
        for (Case c : scored) {
            if (needsSimulation(c)) {
                labels.add(c.variant());
                simulated.add(c.scenario());
            }
        }
        Request request = simulated.isEmpty() ? null : new Request(name, labels, simulated);
        return new Judged(scenarioFile, id, name, errors, scored, evaluations, nanos, request);
    }

    private static boolean needsSimulation(Case c) {
        return c.expect() != null && c.expect().needsSimulation();
    }

    /**
     * Every row of one file, base first and variants in file order, once its simulations are done; when they
     * failed, the cases that needed them are error rows and the others stand.
     */
    private static List<BatchRow> rows(Judged j, SimulationRun run, List<Diagnostic> failure) {
        List<BatchRow> rows = new ArrayList<>(j.errors());
        int next = 0;
        for (int i = 0; i < j.scored().size(); i++) {
            Case c = j.scored().get(i);
            if (failure != null && needsSimulation(c)) {
                rows.add(BatchRow.error(j.id(), c.variant(), j.name(), failure));
                continue;
            }
            SimulationResult simulation = needsSimulation(c) ? run.results().get(next++) : null;
            // one run serves all the file's simulated cases: each takes its share of the run's time
            long spent = j.nanos().get(i) + (simulation == null ? 0 : run.nanos() / run.results().size());
            rows.add(row(j.id(), j.name(), c, j.evaluations().get(i), simulation, j.file().expectLine(c.variant()),
                    spent / 1e9));
        }
        if (j.file() != null) {
            rows.sort(java.util.Comparator.comparingInt(r -> position(j.file(), r.variant())));
        }
        return rows;
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
                failures, evaluation.score(), evaluation.verdict(), survival, List.of(), line, seconds,
                simulation == null ? null : simulation.inputs());
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
