package dev.hardground.cli;

import dev.hardground.analysis.Backtest;
import dev.hardground.analysis.BatchInputs;
import dev.hardground.analysis.HazardModel;
import dev.hardground.engine.RuleBase;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Scenario;
import dev.hardground.scenario.ScenarioLoader;
import dev.hardground.simulate.SimulationOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench --backtest PATH}: wall time of a whole back-test of the cases under PATH — compiling the rules,
 * loading the files, sampling every case and computing every score — run several times in one JVM. The first
 * run is cold (rules compiled, classes loaded, nothing compiled by the JIT); the median is over all runs.
 */
final class BacktestBench {
    private BacktestBench() {
    }

    static int run(PrintWriter out, RuleSource source, String path, int trials, int runs) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Double> seconds = new ArrayList<>();
        int cases = 0;
        for (int r = 0; r < Math.max(1, runs); r++) {
            long t0 = System.nanoTime();
            RuleBase rules = source.compile();
            ScenarioLoader loader = new ScenarioLoader();
            List<Scenario> scenarios = new ArrayList<>();
            List<String> files = new ArrayList<>();
            BatchInputs inputs = BatchInputs.expand(List.of(path), Path.of(""));
            if (!inputs.problems().isEmpty()) {
                throw new InvalidInputException(inputs.problems());
            }
            for (Path file : inputs.files()) {
                Scenario s = loader.load(file).base();
                if (s.outcome() != null && s.outcome().status() != null) {
                    scenarios.add(s);
                    files.add(file.toString());
                }
            }
            if (scenarios.isEmpty()) {
                throw new InvalidInputException(Diagnostic.of(path, "no historical cases here to back-test"));
            }
            List<Backtest.Case> sampled = Backtest.cases(rules, scenarios, files,
                    new SimulationOptions(trials, SimulationOptions.DEFAULT_SEED, cores, null), n -> { });
            Backtest.score(sampled, HazardModel.of(rules.settings()));
            seconds.add((System.nanoTime() - t0) / 1e9);
            cases = sampled.size();
        }
        List<Double> sorted = new ArrayList<>(seconds);
        sorted.sort(null);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s%n", cores, System.getProperty("os.arch"),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "backtest of %d cases × %,d trials: first run %.2f s, median of %d runs %.2f s%n", cases,
                trials, seconds.get(0), seconds.size(), median);
        out.flush();
        return ExitCode.OK.code();
    }
}
