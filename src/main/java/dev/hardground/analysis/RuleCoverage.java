package dev.hardground.analysis;

import dev.hardground.engine.RuleSite;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which rules fired across a batch: every rule that fired while scoring a scenario or variant, and every rule
 * that contributed, declared a collapse or changed the world in a simulated step. Safe to feed from several
 * threads.
 */
public final class RuleCoverage {
    private final List<RuleSite> rules;
    private final Set<String> fired = ConcurrentHashMap.newKeySet();

    public RuleCoverage(List<RuleSite> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Records that a rule fired. */
    public void fired(RuleSite site) {
        fired.add(site.key());
    }

    /** Records that a rule of this name acted in a simulated step (simulations carry rule names only). */
    void usedInSimulation(String ruleName) {
        rules.stream().filter(r -> r.name().equals(ruleName)).forEach(this::fired);
    }

    public Summary summary() {
        List<RuleSite> firedSites = rules.stream().filter(r -> fired.contains(r.key())).toList();
        List<RuleSite> never = rules.stream().filter(r -> !fired.contains(r.key())).toList();
        return new Summary(rules.size(), firedSites, never);
    }

    /** Rules in file order: how many there are, which fired, which never did. */
    public record Summary(int rules, List<RuleSite> fired, List<RuleSite> neverFired) {
        public Summary {
            fired = List.copyOf(fired);
            neverFired = List.copyOf(neverFired);
        }
    }
}
