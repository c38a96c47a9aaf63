package dev.hardground.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How {@link Simulator#inChunks} shares a run's chunks out: in order, on the caller too, failures as they were. */
class ChunksTest {
    private static final int TRIALS = 10 * Simulator.CHUNK + 7; // eleven chunks, the last one short

    @Test
    void resultsComeBackInChunkOrderCoveringEveryTrialOnce() {
        List<long[]> spans = Simulator.inChunks(new SimulationOptions(TRIALS, 1, 3, null), (from, to) -> new long[] {from, to});

        assertThat(spans).hasSize(11);
        for (int c = 0; c < spans.size(); c++) {
            assertThat(spans.get(c)).containsExactly((long) c * Simulator.CHUNK, Math.min(TRIALS, (c + 1L) * Simulator.CHUNK));
        }
    }

    @Test
    void theCallingThreadRunsChunksAndOneThreadMeansNoOther() {
        Set<Thread> two = ConcurrentHashMap.newKeySet();
        Simulator.inChunks(new SimulationOptions(TRIALS, 1, 2, null), (from, to) -> {
            two.add(Thread.currentThread());
            sleep(); // long enough that the helper takes some chunks too
            return from;
        });
        Set<Thread> one = ConcurrentHashMap.newKeySet();
        Simulator.inChunks(new SimulationOptions(TRIALS, 1, 1, null), (from, to) -> one.add(Thread.currentThread()));

        assertThat(two).hasSize(2).contains(Thread.currentThread());
        assertThat(one).containsExactly(Thread.currentThread());
    }

    @Test
    void theFirstFailingChunkInOrderIsRethrownAsItWasAndNoLaterChunkStarts() {
        AtomicInteger started = new AtomicInteger();
        IllegalArgumentException third = new IllegalArgumentException("chunk 3");
        assertThatThrownBy(() -> Simulator.inChunks(new SimulationOptions(TRIALS, 1, 1, null), (from, to) -> {
            started.incrementAndGet();
            if (from >= 3L * Simulator.CHUNK) {
                throw from == 3L * Simulator.CHUNK ? third : new IllegalStateException("later");
            }
            return from;
        })).isSameAs(third);
        assertThat(started).hasValue(4);

        StackOverflowError error = new StackOverflowError("deep");
        assertThatThrownBy(() -> Simulator.inChunks(new SimulationOptions(TRIALS, 1, 2, null), (from, to) -> {
            if (from == 0) {
                sleep();
                throw error;
            }
            return from;
        })).isSameAs(error);
    }

    @Test
    void anInterruptedCallerStopsTakingChunks() {
        AtomicInteger started = new AtomicInteger();
        try {
            assertThatThrownBy(() -> Simulator.inChunks(new SimulationOptions(TRIALS, 1, 1, null), (from, to) -> {
                if (started.incrementAndGet() == 2) {
                    Thread.currentThread().interrupt();
                }
                return from;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("interrupted");
            assertThat(started).hasValue(2);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
