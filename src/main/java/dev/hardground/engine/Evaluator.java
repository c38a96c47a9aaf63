package dev.hardground.engine;

import dev.hardground.model.Collapse;
import dev.hardground.model.Contribution;
import dev.hardground.model.Diagnostic;
import dev.hardground.model.Evaluation;
import dev.hardground.model.InvalidInputException;
import dev.hardground.model.Ledger;
import dev.hardground.model.Scenario;
import dev.hardground.model.WorldChange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/** Runs the rules over one world's facts and turns the ledger into an explained {@link Evaluation}. */
final class Evaluator {
    /**
     * Firings after which an evaluation is taken to loop: the default rules fire a few dozen times. A rule
     * fires once per matching fact, so a large scenario gets {@link #FIRINGS_PER_FACT} per fact when that is more
     * ({@link #firingLimit(int)}): 10,000 parties are not a loop.
     */
    static final int FIRING_LIMIT = 10_000;
    /** Firings allowed per fact: the default rules fire well under once per fact. */
    static final int FIRINGS_PER_FACT = 100;
    static final String LEDGER = "ledger";
    /** A system property that turns slicing off (to compare, and to measure what it saves). */
    static final String WHOLE = "hardground.whole";
    /**
     * Agenda groups: rules that set the rule set's settings run once per build ({@link RuleBase}), rules that
     * change a simulated world only at a simulation's steps; scoring rules (the main group) run at every
     * evaluation. A rule with no group and no condition also runs at the build, so older rule sets still work.
     */
    static final String SETTINGS = "settings";
    static final String DYNAMICS = "dynamics";

    private final KieBase kieBase;
    private final RuleIndex index;
    private final boolean declaresLedger;
    private final KieSessionsPool pool;
    private final RuleFailures failures;
    /**
     * Each rule's key ({@code package:name}) and site, made once rather than at every firing: the same strings come
     * back, so the lookups by key hash and compare them for free.
     */
    private final Map<Rule, String> ruleKeys = new ConcurrentHashMap<>();
    private final Map<String, RuleSite> sites = new ConcurrentHashMap<>();

    /** What the slices are made of: the loaded rules and the rule files' text (null: always judged whole). */
    private final RuleCompiler.Loaded loaded;
    private final List<String> ruleTexts;
    private final RuleCache.SlicePlans plans;
    /**
     * The rules in slices for simulation steps ({@link RuleSlices}), or null when this rule set is judged whole.
     * Made on the first step ({@link #slices()}), so that a command that only scores never builds them.
     */
    private RuleSlices slices;
    private boolean slicesMade;
    /** Whether each sliced evaluation is checked against the whole rule set's (tests only: RuleSlicesTest). */
    private volatile boolean checking;

    Evaluator(KieBase kieBase, RuleIndex index) {
        this(new RuleCompiler.Loaded(kieBase, List.of(), Evaluator.class.getClassLoader(), null), index, null, null);
    }

    /**
     * With {@code ruleTexts} (the rule files' text), simulation steps are judged in slices where that is faithful;
     * {@code plans} (null: none) keeps the slices with the cached rule set.
     */
    Evaluator(RuleCompiler.Loaded loaded, RuleIndex index, List<String> ruleTexts, RuleCache.SlicePlans plans) {
        KieBase kieBase = loaded.kieBase();
        this.loaded = loaded;
        this.ruleTexts = ruleTexts;
        this.plans = plans;
        this.kieBase = kieBase;
        this.index = index;
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.failures = new RuleFailures(this::site, index::byName);
        this.declaresLedger = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(LEDGER)));
    }

    /**
     * Judges a world on a day; {@code simulating} also runs the {@value #DYNAMICS} group, whose rules change the
     * simulated world.
     */
    Evaluation evaluate(Scenario world, LocalDate day, List<?> happened, RuleBase.Settings settings,
                        boolean simulating) {
        return evaluate(world, day, happened, settings, simulating, null);
    }

    /**
     * As {@link #evaluate(Scenario, LocalDate, List, RuleBase.Settings, boolean)}, telling {@code fired} (when not
     * null) each firing rule's site.
     */
    Evaluation evaluate(Scenario world, LocalDate day, List<?> happened, RuleBase.Settings settings,
                        boolean simulating, Consumer<RuleSite> fired) {
        List<Object> facts = FactBuilder.facts(world, day);
        facts.addAll(happened);
        RuleSlices sliced = simulating && fired == null ? slices() : null;
        RuleSlices.Merged merged = sliced == null ? null : sliced(sliced, facts);
        if (merged == null || checking) {
            RuleSlices.Output whole = RuleSlices.Output.of(run(pool, facts,
                    fired == null ? null : key -> fired.accept(site(key)), simulating ? DYNAMICS : null,
                    firingLimit(facts.size())));
            if (merged != null && !merged.output().equals(whole)) {
                throw new AssertionError("sliced evaluation differs from the whole rule set's: " + merged.output()
                        + " vs " + whole);
            }
            return evaluation(world, settings, whole);
        }
        return evaluation(world, settings, merged);
    }

    /**
     * What the rules' settings make of a merge of slices' outputs. A merge met before under the same settings gives
     * the evaluation made then, once this world passes the checks that made it (the targets of its changes; its
     * reference class passed under these settings), so that it fails where a new one would fail.
     */
    private Evaluation evaluation(Scenario world, RuleBase.Settings settings, RuleSlices.Merged merged) {
        Made made = merged.made();
        if (made != null && made.settings() == settings) {
            List<WorldChange> changes = merged.output().changes();
            for (int i = 0; i < changes.size(); i++) {
                checkTarget(world, changes.get(i));
            }
            return made.evaluation();
        }
        Evaluation evaluation = evaluation(world, settings, merged.output());
        merged.keep(new Made(settings, evaluation));
        return evaluation;
    }

    /** An evaluation made of a merge under these settings ({@link RuleSlices.Merged#keep}). */
    record Made(RuleBase.Settings settings, Evaluation evaluation) {
    }

    /**
     * The firings of the rule set's slices over {@code facts}, or null when the whole rule set must run instead:
     * a slice failed (the whole run reports the failure where it would have happened) or together they reached the
     * firing limit.
     */
    private RuleSlices.Merged sliced(RuleSlices slices, List<Object> facts) {
        int limit = firingLimit(facts.size());
        try {
            RuleSlices.Merged merged = slices.evaluate(facts, (slicePool, sliceFacts, focus) ->
                    run(slicePool, sliceFacts, null, focus, limit));
            return merged.output().firings() >= limit ? null : merged;
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    private Evaluation evaluation(Scenario world, RuleBase.Settings settings, RuleSlices.Output ledger) {
        List<Contribution> contributions = new ArrayList<>();
        List<Collapse> collapses = new ArrayList<>();
        double sum = 0;
        for (Ledger.Entry entry : ledger.entries()) { // in firing order
            RuleSite site = site(entry.rule());
            if (entry.collapse()) {
                collapses.add(new Collapse(site.name(), site.file(), site.line(), entry.reason()));
            } else {
                contributions.add(new Contribution(site.name(), site.file(), site.line(), site.factor(),
                        entry.points(), entry.reason()));
                sum += entry.points();
            }
        }
        List<WorldChange> changes = new ArrayList<>();
        for (WorldChange c : ledger.changes()) {
            checkTarget(world, c);
            RuleSite site = site(c.rule());
            changes.add(c.at(site.name(), site.file(), site.line()));
        }
        double score = Math.max(0, Math.min(100, 50 + sum));
        String referenceClass = ledger.referenceClass();
        if (referenceClass != null && !settings.baselines().containsKey(referenceClass)) {
            RuleSite site = site(ledger.referenceClassRule());
            throw new InvalidInputException(new Diagnostic(site.file(), site.line(), 1, "rule '" + site.name()
                    + "' puts the agreement in reference class '" + referenceClass + "', which no rule gives a baseline "
                    + "(ledger.baseline(\"" + referenceClass + "\", …)); known: " + new java.util.TreeSet<>(settings.baselines().keySet()), null));
        }
        return new Evaluation(score, settings.verdict(score), contributions, collapses, changes, referenceClass);
    }

    /** Fires the settings rules (and any rule without a group that matches no facts) once, for a build. */
    Ledger settings() {
        return run(pool, List.of(), null, SETTINGS, FIRING_LIMIT);
    }

    /** Turns on checking every sliced evaluation against the whole rule set's (tests). */
    void checkSlices() {
        checking = true;
    }

    /** How many times a slice's rules have run rather than been remembered (0 when judged whole). */
    long sliceRuns() {
        RuleSlices made = slices();
        return made == null ? 0 : made.runs();
    }

    /** Whether simulation steps are judged in slices (else the rule set is judged whole). */
    boolean sliced() {
        return slices() != null;
    }

    private synchronized RuleSlices slices() {
        if (!slicesMade) {
            slices = ruleTexts == null || Boolean.getBoolean(WHOLE) ? null : planned();
            slicesMade = true;
        }
        return slices;
    }

    /** The slices as the rule cache kept them, else worked out from the rules (and kept for the next run). */
    private RuleSlices planned() {
        String kept = plans == null ? null : plans.load();
        if (kept != null) {
            try {
                return RuleSlices.fromPlan(kept, loaded, DYNAMICS, LEDGER);
            } catch (RuleSlices.StalePlan | RuntimeException e) {
                // Kept by another build of the slicing code, or damaged: worked out again and replaced below (the
                // cache only ever saves time).
            }
        }
        RuleSlices made = RuleSlices.of(loaded, ruleTexts, DYNAMICS, LEDGER);
        if (plans != null && RuleSlices.plansKept()) {
            plans.store(RuleSlices.plan(made, DYNAMICS, LEDGER));
        }
        return made;
    }

    /** The firing limit for an evaluation over {@code facts} facts. */
    static int firingLimit(int facts) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(FIRING_LIMIT, (long) FIRINGS_PER_FACT * facts));
    }

    /**
     * Fires the rules of {@code pool} over {@code facts}, the {@code group} first when not null, and returns what they
     * wrote; at {@code limit} firings the rules are taken to loop.
     */
    private Ledger run(KieSessionsPool pool, List<Object> facts, Consumer<String> onFire, String group, int limit) {
        Ledger ledger = new Ledger();
        KieSession session = pool.newKieSession();
        FiringListener listener = new FiringListener(ledger, onFire, ruleKeys);
        try {
            session.addEventListener(listener); // a pooled session drops listeners when returned
            if (declaresLedger) {
                session.setGlobal(LEDGER, ledger);
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            var agendaGroup = group == null ? null : session.getAgenda().getAgendaGroup(group);
            if (agendaGroup != null) { // null when no rule of the set is in the group
                agendaGroup.setFocus();
            }
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new InvalidInputException(loop(ledger.firings(), limit));
            }
        } catch (ConsequenceException e) {
            throw new InvalidInputException(failure(e));
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Drools passes on an Error from a consequence unwrapped, and reports a condition that threw with its
            // own exception: both are the rule's fault, located at the rule.
            if (e instanceof RuntimeException && RuleFailures.isConstraintFailure(e)) {
                throw new InvalidInputException(failures.inCondition(e));
            }
            if (listener.current == null && e instanceof RuntimeException) {
                throw e;
            }
            throw new InvalidInputException(failures.inConsequence(listener.current, e));
        } finally {
            session.dispose();
        }
        return ledger;
    }

    /** A dynamics rule's change must name a commitment or party of this world. */
    private void checkTarget(Scenario world, WorldChange c) {
        if (c instanceof WorldChange.Completion) {
            return;
        }
        boolean commitment = c instanceof WorldChange.Settle || c instanceof WorldChange.BreachCollapse;
        boolean known = commitment
                ? world.commitments().stream().anyMatch(k -> k.id().equals(c.target()))
                : world.parties().containsKey(c.target());
        if (!known) {
            List<String> names = commitment
                    ? world.commitments().stream().map(k -> k.id()).toList()
                    : List.copyOf(world.parties().keySet());
            String what = commitment ? "commitment" : "party";
            String call = c instanceof WorldChange.BreachCollapse ? "breachCollapse" : commitment ? "settle" : c instanceof WorldChange.StanceShift ? "stance" : "repudiation";
            throw new InvalidInputException(failures.at(c.rule(), "names the unknown " + what + " '" + c.target()
                    + "' in ledger." + call + " ("
                    + (names.isEmpty() ? "the scenario has none" : what + " ids: " + String.join(", ", names)) + ")"));
        }
    }

    /**
     * Tells the evaluation's ledger which rule is about to fire (and {@code onFire}, when not null), and remembers
     * whose consequence is running.
     */
    private static final class FiringListener extends DefaultAgendaEventListener {
        private final Ledger ledger;
        private final Consumer<String> onFire;
        private final Map<Rule, String> keys;
        private String current;

        FiringListener(Ledger ledger, Consumer<String> onFire, Map<Rule, String> keys) {
            this.ledger = ledger;
            this.onFire = onFire;
            this.keys = keys;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String key = keys.computeIfAbsent(event.getMatch().getRule(), r -> r.getPackageName() + ":" + r.getName());
            current = key;
            ledger.begin(key);
            if (onFire != null) {
                onFire.accept(key);
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
        }
    }

    private RuleSite site(String key) {
        return sites.computeIfAbsent(key, k -> {
            int colon = k.indexOf(':');
            RuleSite site = index.site(k.substring(0, colon), k.substring(colon + 1));
            return site != null ? site
                    : new RuleSite(k.substring(0, colon), k.substring(colon + 1), "?", 0, RuleSite.UNCLASSIFIED, "");
        });
    }

    private Diagnostic loop(Map<String, Integer> firings, int limit) {
        List<Map.Entry<String, Integer>> top = firings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(5).toList();
        StringBuilder names = new StringBuilder();
        for (Map.Entry<String, Integer> e : top) {
            RuleSite site = site(e.getKey());
            names.append(names.length() == 0 ? "" : ", ").append('\'').append(site.name()).append("' (")
                    .append(site.location()).append(", ").append(e.getValue()).append(" firings)");
        }
        RuleSite first = site(top.get(0).getKey());
        return new Diagnostic(first.file(), first.line(), 1, "rules did not settle after " + limit
                + " firings, the firing limit; a rule probably re-triggers itself: " + names, null);
    }

    private Diagnostic failure(ConsequenceException e) {
        Rule rule = e.getMatch() != null ? e.getMatch().getRule() : null;
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (rule == null) {
            return Diagnostic.of("rules", "a rule's consequence failed: " + RuleFailures.describe(cause));
        }
        return failures.inConsequence(rule.getPackageName() + ":" + rule.getName(), cause);
    }
}
