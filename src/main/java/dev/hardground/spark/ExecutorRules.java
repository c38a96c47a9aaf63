package dev.hardground.spark;

import dev.hardground.engine.RuleBase;
import dev.hardground.simulate.Simulator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule set on each executor. The driver reads the rule files and broadcasts their text; each executor JVM
 * compiles them once, on its first task, and keeps the result here, keyed by the rules' hash (a Drools KieBase
 * is thread-safe, so every task slot of the executor shares it). An executor with a writable cache directory
 * loads an executable-model kjar it built before instead of compiling again. In local mode the driver's own
 * rule base is registered first, so nothing is compiled twice. Each executor also remembers the evaluations
 * of the files it simulates, so that chunks of one file's trials do not each learn the same worlds again.
 */
final class ExecutorRules {
    private static final ConcurrentHashMap<String, RuleBase> COMPILED = new ConcurrentHashMap<>();
    /**
     * Scenario files whose evaluations an executor keeps for its later tasks of the same file; past it, it forgets
     * them all. A file's chunks sit next to each other in a partition, so a few per task slot suffice; the bound
     * keeps an executor's memory near 16 files x 4 cases x the reference's 4,000 remembered worlds.
     */
    private static final int REMEMBERED_FILES = 16;
    private static final ConcurrentHashMap<List<Object>, Simulator.Memory> MEMORY = new ConcurrentHashMap<>();

    private ExecutorRules() {
    }

    /** What travels to the executors: the rules directory's name, the hash and every file's text, in order. */
    record Shipped(String dir, String hash, ArrayList<String[]> files, boolean useCache) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The broadcast form of a compiled rule set; registers it for tasks that run in this JVM. */
    static Shipped ship(RuleBase rules, boolean useCache) {
        COMPILED.putIfAbsent(rules.hash(), rules);
        ArrayList<String[]> files = new ArrayList<>();
        for (RuleBase.Text t : rules.texts()) {
            files.add(new String[] {t.display(), t.relative(), t.text()});
        }
        String dir = rules.directory() == null ? "rules" : rules.directory().toString();
        return new Shipped(dir, rules.hash(), files, useCache);
    }

    /**
     * The worlds this executor has judged for one file's simulated cases under one rule set, shared by every task
     * of that file that lands here: tasks of 250 trials with a fresh memory each ran the engine 7 times as often
     * as one task of 10,000 (docs/scale.md).
     */
    static Simulator.Memory memory(String rulesHash, String file, String text, List<String> labels) {
        List<Object> key = java.util.Arrays.asList(rulesHash, file, text, List.copyOf(labels.stream()
                .map(l -> l == null ? "\0" : l).toList()));
        if (MEMORY.size() >= REMEMBERED_FILES && !MEMORY.containsKey(key)) {
            MEMORY.clear();
        }
        return MEMORY.computeIfAbsent(key, k -> new Simulator.Memory(labels.size()));
    }

    /** This JVM's rule base for the shipped rules, compiled on first use. */
    static RuleBase get(Shipped shipped) {
        return COMPILED.computeIfAbsent(shipped.hash(), hash -> {
            List<RuleBase.Text> texts = shipped.files().stream().map(f -> new RuleBase.Text(f[0], f[1], f[2])).toList();
            RuleBase rules = RuleBase.compile(shipped.dir(), texts, shipped.useCache() ? RuleBase.defaultCacheDir() : null);
            if (!rules.hash().equals(hash)) {
                throw new IllegalStateException("rules compiled on an executor hash to " + rules.hash() + ", not " + hash);
            }
            return rules;
        });
    }
}
