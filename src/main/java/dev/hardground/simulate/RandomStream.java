package dev.hardground.simulate;

/**
 * Uniform random numbers addressed by (seed, trial, purpose, index) instead of drawn in sequence. Every
 * uncertain input of a trial reads its own number, so a variant that changes one probability sees the very
 * same futures as its baseline (common random numbers), and results do not depend on how trials are split
 * across threads.
 */
final class RandomStream {
    private final long seed;
    private final long trial;

    RandomStream(long seed, long trial) {
        this.seed = seed;
        this.trial = trial;
    }

    /** A uniform number in [0, 1) for {@code purpose} (e.g. an event id) and an index (e.g. a year). */
    double uniform(String purpose, int index) {
        return uniform(purpose.hashCode(), index);
    }

    /** As {@link #uniform(String, int)}, with the purpose's {@code hashCode()} computed once by the caller. */
    double uniform(int purpose, int index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L * (trial + 1));
        h = mix(h ^ purpose * 0xC2B2AE3D27D4EB4FL);
        h = mix(h ^ (index + 1) * 0x165667B19E3779F9L);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser: a strong 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Picks a key from a distribution with one uniform number (keys in their given order). */
    static <K> K pick(java.util.Map<K, Double> distribution, double u) {
        double cumulative = 0;
        K last = null;
        for (var entry : distribution.entrySet()) {
            cumulative += entry.getValue();
            last = entry.getKey();
            if (u < cumulative) {
                return last;
            }
        }
        return last;
    }
}
