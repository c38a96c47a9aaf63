package dev.hardground.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One run's fixed chunks of trials, taken in order by every thread that works on them, the calling thread
 * included ({@link Simulator#inChunks}). Each chunk's result is kept at its place, so the results come back in
 * chunk order whoever ran them.
 *
 * <p>Why the caller works too: a caller that only waited was woken as each chunk finished, and on two cores
 * each wake-up took a core from a trial thread; and its pool's second thread often started late, behind the
 * first. With the caller working too, a warm workbench what-if of 10,000 trials answers a few milliseconds
 * sooner (docs/performance.md).
 */
final class Chunks<T> {
    private final long trials;
    private final Simulator.ChunkWork<T> work;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReferenceArray<T> results;
    /** Per chunk, what it threw: no chunk is started after one has thrown. */
    private final AtomicReferenceArray<Throwable> failures;
    private volatile boolean stopped;

    Chunks(long trials, Simulator.ChunkWork<T> work) {
        this.trials = trials;
        this.work = work;
        int chunks = (int) ((trials + Simulator.CHUNK - 1) / Simulator.CHUNK);
        this.results = new AtomicReferenceArray<>(chunks);
        this.failures = new AtomicReferenceArray<>(chunks);
    }

    int count() {
        return results.length();
    }

    /** Runs chunks not yet taken until none is left, one has thrown, or this thread is interrupted. */
    void work() {
        while (!stopped) {
            if (Thread.currentThread().isInterrupted()) {
                stopped = true;
                return;
            }
            int c = next.getAndIncrement();
            if (c >= results.length()) {
                return;
            }
            long from = (long) c * Simulator.CHUNK;
            try {
                results.set(c, work.run(from, Math.min(trials, from + Simulator.CHUNK)));
            } catch (RuntimeException | Error e) {
                failures.set(c, e);
                stopped = true;
            }
        }
    }

    /**
     * The results in chunk order, once every thread's {@link #work} has returned; the first chunk's failure in
     * that order is rethrown as it was (chunks are taken in order, so every chunk before it ran).
     */
    List<T> results() {
        List<T> out = new ArrayList<>(results.length());
        for (int c = 0; c < results.length(); c++) {
            Throwable failed = failures.get(c);
            if (failed instanceof RuntimeException r) {
                throw r;
            }
            if (failed instanceof Error e) {
                throw e;
            }
            if (results.get(c) == null && stopped) {
                throw new IllegalStateException("simulation interrupted");
            }
            out.add(results.get(c));
        }
        return out;
    }
}
