package dev.hardground.simulate;

import java.time.LocalDate;

/**
 * How to simulate: {@code horizon} null means the scenario's own.
 *
 * @param threads worker threads; results do not depend on it
 */
public record SimulationOptions(int trials, long seed, int threads, LocalDate horizon) {
    /** The documented default seed: same seed, same output. */
    public static final long DEFAULT_SEED = 20230306L;
    public static final int DEFAULT_TRIALS = 10_000;

    public SimulationOptions {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
