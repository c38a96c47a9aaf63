package dev.hardground.simulate;

import dev.hardground.model.Evaluation;
import dev.hardground.model.Occurred;
import dev.hardground.model.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers rule evaluations by the world they judged. An evaluation is a pure function of the facts, and
 * trials keep meeting the same worlds (same day, same leaders, same commitments kept), so most steps are
 * answered without running the engine. Bounded: past {@code capacity} worlds it stops remembering.
 */
final class EvaluationCache {
    private record Key(LocalDate day, Object parties, Object commitments, List<Occurred> occurred) {
    }

    private final ConcurrentHashMap<Key, Evaluation> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final AtomicLong lookups = new AtomicLong();
    private final AtomicLong engineRuns = new AtomicLong();

    EvaluationCache(int capacity) {
        this.capacity = capacity;
    }

    Evaluation get(LocalDate day, Scenario world, List<Occurred> occurred, Supplier<Evaluation> evaluate) {
        lookups.incrementAndGet();
        Key key = new Key(day, world.parties(), world.commitments(), occurred);
        Evaluation known = entries.get(key);
        if (known != null) {
            return known;
        }
        engineRuns.incrementAndGet();
        Evaluation fresh = evaluate.get();
        if (entries.size() < capacity) {
            entries.putIfAbsent(key, fresh);
        }
        return fresh;
    }

    /** Steps evaluated, whether answered from memory or by the engine. */
    long lookups() {
        return lookups.get();
    }

    /** Steps that ran the rule engine. */
    long engineRuns() {
        return engineRuns.get();
    }
}
