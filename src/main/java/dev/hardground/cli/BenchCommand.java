package dev.hardground.cli;

import dev.hardground.analysis.Sensitivity;
import dev.hardground.analysis.Swing;
import dev.hardground.analysis.UncertainInput;
import dev.hardground.analysis.WhatIf;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Scenario;
import dev.hardground.report.chart.Charts;
import dev.hardground.report.html.HtmlReport;
import dev.hardground.report.html.HtmlWorkbench;
import dev.hardground.scenario.ScenarioFile;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import dev.hardground.simulate.SimulationRun;
import dev.hardground.simulate.Simulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench FILE}: in-process throughput figures for docs/performance.md — raw rule evaluations per second
 * on one thread and on all, a simulation, and a sensitivity run, each after a warm-up. Cold start-up times
 * are measured by bench/cold.sh in fresh JVMs.
 */
@Command(name = "bench",
        description = "Measure rule-engine, simulation and sensitivity throughput on this machine.")
final class BenchCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", defaultValue = "scenarios/japan-korea-2023.yaml", description = "Scenario (default: ${DEFAULT-VALUE}).")
    Path file;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--seconds", defaultValue = "3", description = "Measuring time per engine figure (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--backtest", paramLabel = "PATH", description = "Instead: time a back-test of the cases under PATH "
            + "(loading, sampling at --trials each, scoring), --runs times in this JVM; the first run is cold.")
    String backtest;

    @Option(names = "--trials", defaultValue = "1000", description = "With --backtest: trials per case (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--runs", defaultValue = "3", description = "With --backtest: how many runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        RuleSource source = ruleOptions.resolve();
        if (backtest != null) {
            return BacktestBench.run(out, source, backtest, trials, runs);
        }
        RuleBase rules = source.compile();
        ScenarioFile scenario = new ScenarioLoader().load(file);
        Scenario s = scenario.base();
        int cores = Runtime.getRuntime().availableProcessors();
        // First, in a JVM that has done nothing else yet, as a server has not: measured after the engine figures, the
        // what-if ran a quarter faster than the server answers it (docs/performance.md). Printed last.
        String workbench = workbench(rules, scenario, cores);
        engine(rules, s, 1, seconds);
        out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s; %s%n", cores, System.getProperty("os.arch"),
                System.getProperty("java.version"), jvm());
        out.printf(Locale.ROOT, "rule evaluations, 1 thread:  %,10.0f /s%n", engine(rules, s, 1, seconds));
        out.printf(Locale.ROOT, "rule evaluations, %d threads: %,10.0f /s%n", cores, engine(rules, s, cores, seconds));
        Simulator simulator = new Simulator(rules);
        simulator.run(List.of(s), java.util.Arrays.asList((String) null), new SimulationOptions(2_000, 1, cores, null), n -> { });
        SimulationRun run = simulator.run(List.of(s), java.util.Arrays.asList((String) null),
                new SimulationOptions(SimulationOptions.DEFAULT_TRIALS, SimulationOptions.DEFAULT_SEED, cores, null), n -> { });
        out.printf(Locale.ROOT, "simulate 10,000 trials (warm): %.2f s; %,.0f steps judged/s, %,d engine runs%n",
                run.nanos() / 1e9, run.steps() / (run.nanos() / 1e9), run.engineRuns());
        long t0 = System.nanoTime();
        var tornado = Sensitivity.tornado(rules, new Sensitivity.Base(scenario, null, List.of()),
                new SimulationOptions(2_000, SimulationOptions.DEFAULT_SEED, cores, null), n -> { });
        out.printf(Locale.ROOT, "sensitivity, %d inputs × 2 settings × 2,000 trials (warm): %.2f s%n",
                tornado.rows().size(), (System.nanoTime() - t0) / 1e9);
        if (workbench != null) {
            out.println(workbench);
        }
        return ExitCode.OK.code();
    }

    /** What-ifs run before the workbench's are measured. */
    static final int WARM_UP = 30;

    /**
     * What one move of a workbench slider costs on a warm server, as {@code POST /api/whatif} runs it: the user's
     * setting simulated over the same 10,000 futures as the baseline, whose outcomes the server kept when the page
     * was opened ({@link Simulator#keep}, timed once here), and the redrawn live sections; for five settings of
     * the scenario's first probability, medians. Beside it, the same what-if simulating the baseline again with
     * the setting ({@link WhatIf#of} over both), as the server did before it kept baselines. A server is warm when
     * its compiler has caught up with the what-if code: the five are measured after {@link #WARM_UP} what-ifs at
     * other settings (after two, the answers were still getting faster by a quarter, docs/performance.md).
     */
    private static String workbench(RuleBase rules, ScenarioFile scenario, int cores) {
        Charts.headless();
        var input = Swing.inputs(scenario.base()).stream().filter(UncertainInput::numeric).findFirst().orElse(null);
        if (input == null) {
            return null;
        }
        SimulationOptions options = new SimulationOptions(SimulationOptions.DEFAULT_TRIALS, SimulationOptions.DEFAULT_SEED,
                cores, null);
        long k0 = System.nanoTime();
        Simulator.Kept kept = new Simulator(rules).keep(scenario.base(), options);
        long keep = System.nanoTime() - k0;
        List<Long> simulate = new ArrayList<>();
        List<Long> both = new ArrayList<>();
        List<Long> render = new ArrayList<>();
        for (int j = 0; j < WARM_UP; j++) { // settings between those measured below: new worlds, as a user's would be
            var current = scenario.resolve(null, input.at(0.0125 + 0.025 * j));
            WhatIf.Result r = WhatIf.of(rules, kept, List.of(current), List.of("bench"), options, n -> { });
            draw(rules, r);
        }
        for (int i = 0; i < 7; i++) {
            var current = scenario.resolve(null, input.at(Math.min(1, 0.05 + 0.1 * i)));
            long t0 = System.nanoTime();
            WhatIf.Result r = WhatIf.of(rules, kept, List.of(current), List.of("bench"), options, n -> { });
            long t1 = System.nanoTime();
            draw(rules, r);
            long t2 = System.nanoTime();
            WhatIf.of(rules, List.of(scenario.base(), current), java.util.Arrays.asList(null, "bench"), options, n -> { });
            long t3 = System.nanoTime();
            if (i >= 2) { // the first two warm the re-simulation of the baseline up
                simulate.add(t1 - t0);
                render.add(t2 - t1);
                both.add(t3 - t2);
            }
        }
        return String.format(Locale.ROOT, "workbench what-if (%s) over the same 10,000 trials (warm, after " + WARM_UP + " others): simulate %.0f ms, draw %.0f ms, "
                + "answer %.0f ms (medians of 5); baseline kept once in %.0f ms; re-simulating the baseline too: %.0f ms",
                input.path(), median(simulate) / 1e6, median(render) / 1e6,
                (median(simulate) + median(render)) / 1e6, keep / 1e6, median(both) / 1e6);
    }

    /** The workbench's live sections for a what-if's answer, as the server redraws them. */
    private static void draw(RuleBase rules, WhatIf.Result r) {
        HtmlWorkbench.live(new HtmlReport(r, rules.hash(), rules.settings().durableAt(), rules.settings().fragileAt(),
                List.of(), "bench"), r.variants().get(0).variant());
    }

    /**
     * The compilers and the collector this JVM runs with, which the figures depend on: {@code serve} runs with C2 and
     * the parallel collector, the launcher's other commands with C1 alone and the serial one.
     */
    static String jvm() {
        List<String> arguments = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        String level = null;
        for (String a : arguments) {
            if (a.startsWith("-XX:TieredStopAtLevel=")) {
                level = a.substring(a.indexOf('=') + 1);
            }
        }
        String compilers = arguments.contains("-XX:-TieredCompilation") ? "C2 only"
                : level == null || level.equals("4") ? "C1 and C2" : level.equals("0") ? "interpreter only" : "C1 only";
        List<String> collectors = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList();
        return compilers + ", collectors " + String.join(" + ", collectors);
    }

    private static double median(List<Long> xs) {
        List<Long> sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Evaluations per second of the scenario on {@code threads} threads, with no memory of earlier results. */
    private static double engine(RuleBase rules, Scenario s, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                counts.add(pool.submit(() -> {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        rules.score(s);
                        n++;
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> f : counts) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
