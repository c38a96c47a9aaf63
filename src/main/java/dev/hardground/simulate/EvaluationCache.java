package dev.hardground.simulate;

import dev.hardground.model.Evaluation;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Remembers rule evaluations by the world they judged. An evaluation is a pure function of the facts, and
 * trials keep meeting the same worlds (same day, same leaders, same commitments kept), so most steps are
 * answered without running the engine. Bounded: past {@code capacity} worlds it stops remembering.
 *
 * <p>Most steps fall on a runner's fixed days (anniversaries, dated events, due days, terms' ends: {@link Timeline}),
 * and a trial keeps its history over several of them. So the evaluations of one history on those days are kept
 * in a row, by the day's place among them ({@link Rows}): a trial looks the row up when its history changes and
 * reads each fixed day's evaluation from it, where every step was a look-up by day and history before. Other days
 * (a sampled early exit, say) are looked up by day and history.
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
    /** Worlds remembered, in rows' places and by key: bounded by {@code capacity} together. */
    private final AtomicInteger stored = new AtomicInteger();
    /** The rows of each list of fixed days this cache serves (runners sharing it may have other days). */
    private final ConcurrentHashMap<List<LocalDate>, Rows> rows = new ConcurrentHashMap<>();

    EvaluationCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The evaluations of histories on {@code days}, a runner's fixed days in order: a history's row holds its
     * evaluation on {@code days.get(i)} at place {@code i}.
     */
    Rows rows(List<LocalDate> days) {
        return rows.computeIfAbsent(List.copyOf(days), d -> new Rows(d.size()));
    }

    /** The rows of one list of fixed days: per history (its signature), the evaluation on each day, once judged. */
    final class Rows {
        private final int days;
        private final ConcurrentHashMap<String, AtomicReferenceArray<Evaluation>> bySignature = new ConcurrentHashMap<>();

        private Rows(int days) {
            this.days = days;
        }

        /** The row of the history {@code signature}; null when the cache is full and keeps no new row. */
        AtomicReferenceArray<Evaluation> row(String signature) {
            AtomicReferenceArray<Evaluation> row = bySignature.get(signature);
            if (row != null || stored.get() + days > capacity) {
                return row;
            }
            row = new AtomicReferenceArray<>(days);
            AtomicReferenceArray<Evaluation> known = bySignature.putIfAbsent(signature, row);
            if (known != null) {
                return known;
            }
            stored.addAndGet(days);
            return row;
        }
    }

    /**
     * The evaluation at place {@code day} of {@code row}, or null: then the caller judges it and {@link #remember}s it.
     * Not counted here: the caller counts its look-ups and tells {@link #looked} them at once.
     */
    Evaluation known(AtomicReferenceArray<Evaluation> row, int day) {
        return row.get(day);
    }

    /** Keeps {@code fresh}, the engine's evaluation of the world at place {@code day} of {@code row}, and returns it. */
    Evaluation remember(AtomicReferenceArray<Evaluation> row, int day, Evaluation fresh) {
        used(fresh);
        row.compareAndSet(day, null, fresh);
        return fresh;
    }

    /** The remembered evaluation of this world, or null: then the caller judges it and {@link #remember}s it. Not counted. */
    Evaluation known(LocalDate day, String signature) {
        return entries.get(new Key(day, signature));
    }

    /**
     * Counts {@code count} look-ups made by {@link #known}: once per trial rather than at every step, whose shared
     * counter, updated by both cores at every step, cost a simulation several per cent of its time.
     */
    void looked(long count) {
        lookups.add(count);
    }

    /** Keeps {@code fresh}, the engine's evaluation of a world {@link #known} did not have, and returns it. */
    Evaluation remember(LocalDate day, String signature, Evaluation fresh) {
        used(fresh);
        if (stored.get() < capacity && entries.putIfAbsent(new Key(day, signature), fresh) == null) {
            stored.incrementAndGet();
        }
        return fresh;
    }

    /**
     * Counts an engine run and the rules it used (looked for before they are added: adding a name the set has takes
     * a lock, and nearly every name is there already).
     */
    private void used(Evaluation fresh) {
        engineRuns.increment();
        fresh.contributions().forEach(x -> use(x.rule()));
        fresh.collapses().forEach(x -> use(x.rule()));
        fresh.changes().forEach(x -> use(x.rule()));
    }

    private void use(String rule) {
        if (!rulesUsed.contains(rule)) {
            rulesUsed.add(rule);
        }
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
