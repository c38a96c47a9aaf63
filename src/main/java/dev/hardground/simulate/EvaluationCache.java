package dev.hardground.simulate;

import dev.hardground.model.Evaluation;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Remembers rule evaluations by the world they judged. An evaluation is a pure function of the facts, and
 * trials keep meeting the same worlds (same day, same leaders, same commitments kept), so most steps are
 * answered without running the engine. Bounded: past {@code capacity} worlds it stops remembering.
 */
final class EvaluationCache {
    /**
     * A world is identified by its day and the transitions that led to it from the scenario. A class rather than a
     * record: under C1, the launcher's compiler, a record's equals and hashCode go through method handles, and a
     * step's look-up was a tenth of a simulation's time.
     */
    private static final class Key {
        private final LocalDate day;
        private final String signature;
        private final int hash;

        Key(LocalDate day, String signature) {
            this.day = day;
            this.signature = signature;
            this.hash = 31 * day.hashCode() + signature.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && day.equals(k.day) && signature.equals(k.signature);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final ConcurrentHashMap<Key, Evaluation> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongAdder lookups = new LongAdder();
    private final LongAdder engineRuns = new LongAdder();
    private final java.util.Set<String> rulesUsed = ConcurrentHashMap.newKeySet();

    EvaluationCache(int capacity) {
        this.capacity = capacity;
    }

    /** The remembered evaluation of this world, or null: then the caller judges it and {@link #remember}s it. */
    Evaluation known(LocalDate day, String signature) {
        lookups.increment();
        return entries.get(new Key(day, signature));
    }

    /** Keeps {@code fresh}, the engine's evaluation of a world {@link #known} did not have, and returns it. */
    Evaluation remember(LocalDate day, String signature, Evaluation fresh) {
        engineRuns.increment();
        fresh.contributions().forEach(x -> rulesUsed.add(x.rule()));
        fresh.collapses().forEach(x -> rulesUsed.add(x.rule()));
        fresh.changes().forEach(x -> rulesUsed.add(x.rule()));
        if (entries.size() < capacity) {
            entries.putIfAbsent(new Key(day, signature), fresh);
        }
        return fresh;
    }

    /** Steps evaluated, whether answered from memory or by the engine. */
    long lookups() {
        return lookups.sum();
    }

    /** Names of the rules that contributed, declared a collapse or changed the world in any step. */
    java.util.Set<String> rulesUsed() {
        return rulesUsed;
    }

    /** Steps that ran the rule engine. */
    long engineRuns() {
        return engineRuns.sum();
    }
}
