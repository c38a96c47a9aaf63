package dev.hardground.simulate;

import dev.hardground.model.Evaluation;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Remembers rule evaluations by the world they judged. An evaluation is a pure function of the facts, and
 * trials keep meeting the same worlds (same day, same leaders, same commitments kept), so most steps are
 * answered without running the engine. Bounded: past {@code capacity} worlds it stops remembering.
 */
final class EvaluationCache {
    /** A world is identified by its day and the transitions that led to it from the scenario. */
    private record Key(LocalDate day, String signature) {
    }

    private final ConcurrentHashMap<Key, Evaluation> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongAdder lookups = new LongAdder();
    private final LongAdder engineRuns = new LongAdder();
    private final java.util.Set<String> rulesUsed = ConcurrentHashMap.newKeySet();

    EvaluationCache(int capacity) {
        this.capacity = capacity;
    }

    Evaluation get(LocalDate day, String signature, Supplier<Evaluation> evaluate) {
        lookups.increment();
        Key key = new Key(day, signature);
        Evaluation known = entries.get(key);
        if (known != null) {
            return known;
        }
        engineRuns.increment();
        Evaluation fresh = evaluate.get();
        fresh.contributions().forEach(x -> rulesUsed.add(x.rule()));
        fresh.collapses().forEach(x -> rulesUsed.add(x.rule()));
        fresh.changes().forEach(x -> rulesUsed.add(x.rule()));
        if (entries.size() < capacity) {
            entries.putIfAbsent(key, fresh);
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
