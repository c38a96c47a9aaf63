package dev.hardground.cli;

import dev.hardground.simulate.SimulationOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --samples --point-trials}: how {@code sensitivity --global} samples, on the CLI and on Spark. */
public final class GlobalSampling {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--samples", paramLabel = "N", description = "Base samples for --global (default: 1000).")
    private int samples = 1_000;

    @Option(names = "--point-trials", paramLabel = "N", description = "Trials per point for --global, the same futures at every point (default: 20).")
    private int pointTrials = 20;

    /** Base rows of the Sobol matrices, checked. */
    public int samples() {
        check();
        return samples;
    }

    /** How each point is simulated: {@code --point-trials} trials with the run's seed, threads and horizon. */
    public SimulationOptions perPoint(SimulationOptions run) {
        check();
        return new SimulationOptions(pointTrials, run.seed(), run.threads(), run.horizon());
    }

    private void check() {
        if (samples < 10 || pointTrials < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--samples must be at least 10 and --point-trials at least 1");
        }
    }
}
