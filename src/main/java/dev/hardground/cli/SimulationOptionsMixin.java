package dev.hardground.cli;

import dev.hardground.simulate.SimulationOptions;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --trials --seed --threads --horizon}: how to simulate, shared by every command that simulates. */
public final class SimulationOptionsMixin {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--trials", paramLabel = "N", description = "Sampled futures (default: 10000; 2000 per setting for sensitivity).")
    private Integer trials;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; same seed, same output (default: 20230306).")
    private long seed = SimulationOptions.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores); results do not depend on it.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--horizon", paramLabel = "DATE", description = "Simulate until this day instead of the scenario's horizon.")
    private String horizon;

    /** Whether the user chose a trial count; commands with another default pass it to {@link #options(int)}. */
    public boolean trialsGiven() {
        return trials != null;
    }

    /**
     * The options as parsed, with {@code defaultTrials} when the user chose no trial count. The parsed fields are
     * only read, never rewritten: the same command object parsed twice (tests, the workbench) gives the same options.
     */
    public SimulationOptions options(int defaultTrials) {
        int n = trials != null ? trials : defaultTrials;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trials must be at least 1, not " + n, null, String.valueOf(n));
        }
        if (n > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--trials is limited to 10,000,000, not " + n, null, String.valueOf(n));
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads, null, String.valueOf(threads));
        }
        LocalDate until = null;
        if (horizon != null) {
            try {
                until = LocalDate.parse(horizon);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--horizon expects a date YYYY-MM-DD, not '" + horizon + "'", null, horizon);
            }
        }
        return new SimulationOptions(n, seed, threads, until);
    }

    /** The options as parsed, with the default trial count when none was chosen. */
    public SimulationOptions options() {
        return options(SimulationOptions.DEFAULT_TRIALS);
    }
}
