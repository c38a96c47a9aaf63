package dev.hardground.analysis;

import dev.hardground.engine.RuleSite;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Which rules fired across a batch, and how often: each firing while scoring a scenario or variant counts
 * once, and so does each simulation (one per file) in which a rule contributed, declared a collapse or
 * changed the world in a step. Safe to feed from several threads; the counts are sums, so they do not depend
 * on the thread count, and the coverage of several shards is the sum of theirs ({@link #merge}).
 */
public final class RuleCoverage {
    private final List<RuleSite> rules;
    private final Map<String, LongAdder> fires = new ConcurrentHashMap<>();

    public RuleCoverage(List<RuleSite> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Records that a rule fired. */
    public void fired(RuleSite site) {
        fires.computeIfAbsent(site.key(), k -> new LongAdder()).increment();
    }

    /** Records that a rule of this name acted in a simulated step (simulations carry rule names only). */
    void usedInSimulation(String ruleName) {
        rules.stream().filter(r -> r.name().equals(ruleName)).forEach(this::fired);
    }

    public Summary summary() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RuleSite r : rules) {
            LongAdder n = fires.get(r.key());
            counts.put(r.key(), n == null ? 0 : n.sum());
        }
        return new Summary(rules, counts);
    }

    /** The coverage of shards judged under one rule set: every rule's fire counts added up. */
    public static Summary merge(List<Summary> shards) {
        List<RuleSite> rules = shards.get(0).all();
        Map<String, Long> counts = new LinkedHashMap<>();
        rules.forEach(r -> counts.put(r.key(), 0L));
        for (Summary s : shards) {
            s.fires().forEach((k, n) -> counts.merge(k, n, Long::sum));
        }
        return new Summary(rules, counts);
    }

    /** Every rule in file order with how often it fired. */
    public record Summary(List<RuleSite> all, Map<String, Long> fires) {
        public Summary {
            all = List.copyOf(all);
            fires = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fires));
        }

        public int rules() {
            return all.size();
        }

        public long fires(RuleSite rule) {
            return fires.getOrDefault(rule.key(), 0L);
        }

        public List<RuleSite> fired() {
            return all.stream().filter(r -> fires(r) > 0).toList();
        }

        public List<RuleSite> neverFired() {
            return all.stream().filter(r -> fires(r) == 0).toList();
        }
    }
}
