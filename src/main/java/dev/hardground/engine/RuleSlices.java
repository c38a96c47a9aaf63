package dev.hardground.engine;

import dev.hardground.model.Ledger;
import dev.hardground.model.WorldChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.EnabledBoolean;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.ConditionalBranch;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.NamedConsequence;
import org.drools.base.rule.QueryElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AbstractTerminalNode;
import org.drools.core.reteoo.TerminalNode;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A simulation step's rules, judged in slices: the rules that match the same kinds of fact form a slice, and a
 * slice's firings are remembered by the facts of those kinds that can reach its rules ({@link AlphaFilter}). Worlds of one simulation differ in a few facts (the
 * day, a leader, a settled commitment), so most slices meet facts they have judged before and only the slices that
 * read a changed fact run. The firings of all slices are put back in the order one session over every fact fires
 * them, so an evaluation is the same, reasons and order included (RuleSlicesTest compares every step of every
 * shipped scenario's simulation with the whole rule set's).
 *
 * <p>That order is Drools' own: the focused group's rules before the main group's, then higher salience, then
 * the rule's load order within its package, then its terminal node's id (RuleAgendaConflictResolver), each rule's
 * matches together and in the order the one session makes them, which only the facts of the rule's kinds decide.
 * It holds only for rules that change no fact and read nothing but facts and the ledger they write, so a rule set
 * is sliced only when every rule is of that kind (see {@link #of}); any other rule set is judged whole.
 */
final class RuleSlices {
    /** A rule file that can change the facts or reach the session: slicing would not be faithful. */
    private static final Pattern CHANGES_FACTS = Pattern.compile(
            "\\b(insert|insertLogical|update|modify|delete|retract)\\s*\\(|\\bdrools\\s*\\.|\\bkcontext\\b");
    /**
     * A forall: the executable model builds it by negating its patterns' constraints in place, so a KieBase built
     * again from the same model (a slice's, after the whole one) gets them negated twice and judges it otherwise
     * (Drools 10.2; the whole KieBase, built first, is right).
     */
    private static final Pattern FORALL = Pattern.compile("\\bforall\\s*\\(");
    /** Remembered slice results before the memory is emptied (results are pure: emptying changes no output). */
    static final int MEMORY = 100_000;

    /**
     * A slice: its rules (engine keys), the classes of fact they match, and the group to focus before firing them
     * (null for the main group); its KieBase is built on first use.
     */
    private record Slice(String focus, List<Class<?>> kinds, List<String> rules, Map<Class<?>, Set<String>> read) {
    }

    /** What one slice's rules wrote, in their firing order. */
    record Output(List<Ledger.Entry> entries, List<WorldChange> changes, String referenceClass,
                  String referenceClassRule, int firings) {
        static Output of(Ledger ledger) {
            int firings = 0;
            for (int n : ledger.firings().values()) {
                firings += n;
            }
            return new Output(ledger.entries(), ledger.changes(), ledger.referenceClass(), ledger.referenceClassRule(),
                    firings);
        }
    }

    /**
     * A slice's output with the rank of each item's rule in the whole rule set's order (a rule not in it ranks after
     * all), worked out once when the slice runs, so that merging sorts numbers rather than looking rule names up.
     * Equal outputs share one (see {@link #interned}), whose {@code serial} stands for its value.
     */
    private record Ranked(Output output, int[] entryRanks, int[] changeRanks, int referenceClassRank, int serial) {
    }

    /**
     * The slices' outputs of a step merged in the whole rule set's order, and what the evaluator last made of it
     * ({@link Evaluator}: an evaluation depends on the merged output, the rules' settings and, for its checks alone,
     * the world). Steps whose slices gave equal outputs share one, so it is merged and made into an evaluation once.
     */
    static final class Merged {
        private final Output output;
        private volatile Evaluator.Made made;

        private Merged(Output output) {
            this.output = output;
        }

        Output output() {
            return output;
        }

        /** What {@link #keep} was last given, or null. */
        Evaluator.Made made() {
            return made;
        }

        void keep(Evaluator.Made made) {
            this.made = made;
        }
    }

    /** The serials of each slice's output in a step, which decide its merge. */
    private static final class Combination {
        private final int[] serials;
        private final int hash;

        Combination(int[] serials) {
            this.serials = serials;
            this.hash = Arrays.hashCode(serials);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Combination c && c.hash == hash && Arrays.equals(c.serials, serials);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A slice and the numbers of the facts it read, in order. */
    private record Key(int slice, int[] facts) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.slice == slice && Arrays.equals(k.facts, facts);
        }

        @Override
        public int hashCode() {
            return 31 * slice + Arrays.hashCode(facts);
        }

        @Override
        public String toString() {
            return slice + Arrays.toString(facts);
        }
    }

    /** Fires a slice's rules over its facts, {@code focus} focused first when not null. */
    @FunctionalInterface
    interface Runner {
        Ledger run(KieSessionsPool pool, List<Object> facts, String focus);
    }

    private final List<Slice> slices;
    private final Map<String, Integer> order;
    private final RuleCompiler.Loaded loaded;
    private final KieSessionsPool[] pools;
    private final Map<Key, Ranked> memory = new ConcurrentHashMap<>();
    /**
     * One {@link Ranked} per value of output, whatever facts gave it (a day's later tenure, another trial's leader):
     * the steps of a simulation meet far fewer merges than combinations of facts (2,741 merges in 10,768 fresh steps
     * of the reference scenario's 10,000 trials), so merges are remembered by the serials of their outputs. Bounded;
     * serials are never reused, so a forgotten output only makes later merges miss.
     */
    private final Map<Output, Ranked> interned = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextSerial = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<Combination, Merged> merges = new ConcurrentHashMap<>();
    /** Slices run rather than remembered. */
    private final java.util.concurrent.atomic.LongAdder runs = new java.util.concurrent.atomic.LongAdder();
    private final ThreadLocal<Last> last;
    private final Map<Object, Integer> ids = new ConcurrentHashMap<>();
    /**
     * The same fact object meets many worlds of a simulation (a threat, the agreement, a party no event changed):
     * its number by identity, per thread, saves comparing it by value again. Bounded; the same numbers as by value.
     */
    private static final int KNOWN = 4_096;
    /** The number of a fact that cannot reach a slice's rules ({@link AlphaFilter}): left out of the slice. */
    private static final int LEFT_OUT = -1;
    private final ThreadLocal<IdentityHashMap<Object, int[]>> known = ThreadLocal.withInitial(IdentityHashMap::new);
    /**
     * A fact's numbers by its value, for classes whose equal facts every view sees alike: a fact met again as a new
     * object (a successor's {@code Party} in another trial, the same day's {@code Tenure}) is looked up once, not
     * once per view (a {@code Party} has eight). Bounded; the same numbers as by view.
     */
    private final Map<Object, int[]> byValue = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextId = new java.util.concurrent.atomic.AtomicInteger();
    /** The slices that read a class of fact, by class, and what of it each reads. */
    private final ClassValue<Readers> readers = new ClassValue<>() {
        @Override
        protected Readers computeValue(Class<?> type) {
            int[] of = java.util.stream.IntStream.range(0, slices.size())
                    .filter(i -> slices.get(i).kinds().stream().anyMatch(k -> k.isAssignableFrom(type))).toArray();
            List<FactReads.Projection> views = new ArrayList<>();
            List<AlphaFilter> filters = new ArrayList<>();
            int[] view = new int[of.length];
            for (int i = 0; i < of.length; i++) {
                Slice slice = slices.get(of[i]);
                // A pattern on a supertype (an interface) is not read by component: the fact is seen whole.
                Set<String> read = slice.kinds().stream().allMatch(k -> k == type || !k.isAssignableFrom(type))
                        ? slice.read().get(type) : FactReads.ALL;
                FactReads.Projection p = FactReads.Projection.of(type, read, nextView::getAndIncrement);
                AlphaFilter filter = AlphaFilter.of(rules(slice), type);
                int at = -1;
                for (int v = 0; v < views.size() && at < 0; v++) {
                    at = views.get(v).equals(p) && filters.get(v) == filter ? v : -1;
                }
                if (at < 0) {
                    at = views.size();
                    views.add(p);
                    filters.add(filter);
                }
                view[i] = at;
            }
            return new Readers(of, view, List.copyOf(views), java.util.Collections.unmodifiableList(filters),
                    FactReads.equalMeansAlike(type, views));
        }
    };
    private final java.util.concurrent.atomic.AtomicInteger nextView = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The slices that read a class of fact ({@code slices}), each through one of the class's {@code views} and the
     * view's filter ({@code filters}, null where every fact of the class can reach the slice's rules);
     * {@code byValue} when equal facts of the class are seen alike by every view ({@link FactReads#equalMeansAlike}).
     */
    private record Readers(int[] slices, int[] view, List<FactReads.Projection> views, List<AlphaFilter> filters,
                           boolean byValue) {
    }

    /** The loaded rules of {@code slice}. */
    private List<RuleImpl> rules(Slice slice) {
        List<RuleImpl> rules = new ArrayList<>();
        for (String key : slice.rules()) {
            int colon = key.indexOf(':');
            rules.add((RuleImpl) loaded.kieBase().getRule(key.substring(0, colon), key.substring(colon + 1)));
        }
        return rules;
    }

    private RuleSlices(List<Slice> slices, Map<String, Integer> order, RuleCompiler.Loaded loaded) {
        this.slices = slices;
        this.order = order;
        this.loaded = loaded;
        this.pools = new KieSessionsPool[slices.size()];
        this.last = ThreadLocal.withInitial(() -> new Last(slices.size()));
    }

    /**
     * The slices of a rule set, or null when it must be judged whole: a rule file that can change facts or reach
     * the session, a global other than the ledger, the ledger used otherwise than through the calls rules may make
     * ({@link RuleVocabulary#ledgerMethods}), a rule with dynamic salience or enabling, an activation or
     * rule-flow group, auto-focus, a timer, effective or expiry dates or calendars, several terminal nodes (an
     * {@code or} of conditions), a pattern on something other than a class or over a declared window, a query
     * called, a consequence of a rule's own ({@code do[...]}) or a forall.
     */
    static RuleSlices of(RuleCompiler.Loaded loaded, List<String> ruleTexts, String focused, String ledger) {
        KieBase kieBase = loaded.kieBase();
        if (ruleTexts.stream().anyMatch(t -> CHANGES_FACTS.matcher(t).find() || FORALL.matcher(t).find())) {
            return null;
        }
        boolean otherGlobals = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> !g.getName().equals(ledger)));
        if (otherGlobals) {
            return null;
        }
        Set<String> writes = RuleVocabulary.ledgerMethodNames();
        if (ruleTexts.stream().anyMatch(t -> FactReads.usesOtherwise(t, ledger, writes))) {
            return null; // a rule that reads the ledger reads what the rules of other slices wrote to it
        }
        Map<RuleImpl, List<TerminalNode>> terminals = new HashMap<>();
        for (TerminalNode[] nodes : ((InternalRuleBase) kieBase).getReteooBuilder().getTerminalNodes().values()) {
            for (TerminalNode node : nodes) {
                terminals.computeIfAbsent(((AbstractTerminalNode) node).getRule(), r -> new ArrayList<>()).add(node);
            }
        }
        record Ranked(String key, RuleImpl rule, int group, int salience, int loadOrder, int node) {
        }
        List<Ranked> ranked = new ArrayList<>();
        Map<String, Set<Class<?>>> kinds = new LinkedHashMap<>();
        Map<String, Map<Class<?>, Set<String>>> reads = new HashMap<>();
        FactReads texts = FactReads.of(ruleTexts, ruleKeys(kieBase));
        for (var pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                RuleImpl rule = (RuleImpl) r;
                if (!faithful(rule) || terminals.getOrDefault(rule, List.of()).size() != 1) {
                    return null;
                }
                boolean main = rule.isMainAgendaGroup();
                if (!main && !rule.getAgendaGroup().equals(focused)) {
                    continue; // never fires at a simulation step
                }
                Map<Class<?>, String> read = new HashMap<>();
                if (!collect(rule.getLhs(), read)) {
                    return null;
                }
                String key = rule.getPackageName() + ":" + rule.getName();
                kinds.put(key, read.keySet());
                reads.put(key, texts.of(key, read));
                ranked.add(new Ranked(key, rule, main ? 1 : 0, -rule.getSalienceValue(), rule.getLoadOrder(),
                        terminals.get(rule).get(0).getId()));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::group).thenComparingInt(Ranked::salience)
                .thenComparingInt(Ranked::loadOrder).thenComparingInt(Ranked::node));
        Map<String, Integer> order = new HashMap<>();
        Map<String, Slice> byKinds = new LinkedHashMap<>();
        for (Ranked r : ranked) {
            order.put(r.key(), order.size());
            List<Class<?>> read = kinds.get(r.key()).stream().sorted(Comparator.comparing(Class::getName)).toList();
            String focus = r.group() == 0 ? focused : null;
            Slice slice = byKinds.computeIfAbsent(focus + " " + read,
                    k -> new Slice(focus, read, new ArrayList<>(), new HashMap<>()));
            slice.rules().add(r.key());
            FactReads.join(slice.read(), reads.get(r.key()));
        }
        return new RuleSlices(List.copyOf(byKinds.values()), Map.copyOf(order), loaded);
    }

    /**
     * The CRC-32 of the classes that work slices out, as a plan's first line carries it (null when one cannot be read:
     * then no plan is kept or read). The rule cache's key covers the rule files, the fact model and Drools, not them.
     */
    private static final String CODE = codeChecksum();

    private static String codeChecksum() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        for (Class<?> c : List.of(RuleSlices.class, FactReads.class, FactReads.Projection.class, RuleVocabulary.class,
                RuleCompiler.class)) {
            try (java.io.InputStream in = c.getResourceAsStream("/" + c.getName().replace('.', '/') + ".class")) {
                if (in == null) {
                    return null;
                }
                crc.update(in.readAllBytes());
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
        return Long.toHexString(crc.getValue());
    }

    /** Whether plans can be kept: the classes that work slices out could be read for their checksum. */
    static boolean plansKept() {
        return CODE != null;
    }

    /**
     * The first line of a plan: its format, the group focused and the ledger's name it was made for, and {@link
     * #CODE}, so that a plan kept by another build of the slicing code is made again rather than read.
     */
    private static String planHeader(String focused, String ledger) {
        return String.join("\t", "hardground-slices 1", RuleCache.escape(String.valueOf(focused)),
                RuleCache.escape(ledger), String.valueOf(CODE));
    }

    /** The last line of a plan: the CRC-32 of the lines before it, so that a plan damaged in any way is made again. */
    private static String planEnd(CharSequence before) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(before.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "end\t" + Long.toHexString(crc.getValue());
    }

    /**
     * {@code slices} (null: the rule set is judged whole) as text to keep with the cached rule set, for {@link
     * #fromPlan}: working them out again reads every rule file with regular expressions, a twentieth of a cold
     * {@code simulate} (docs/performance.md).
     */
    static String plan(RuleSlices slices, String focused, String ledger) {
        StringBuilder out = new StringBuilder(planHeader(focused, ledger)).append('\n');
        if (slices == null) {
            out.append("whole\n");
            return out.append(planEnd(out)).append('\n').toString();
        }
        slices.order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.append("order\t").append(RuleCache.escape(e.getKey())).append('\n'));
        for (Slice slice : slices.slices) {
            out.append(slice.focus() == null ? "slice" : "slice\t" + RuleCache.escape(slice.focus())).append('\n');
            slice.kinds().forEach(k -> out.append("kind\t").append(k.getName()).append('\n'));
            slice.rules().forEach(r -> out.append("rule\t").append(RuleCache.escape(r)).append('\n'));
            slice.read().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(Class::getName)))
                    .forEach(e -> {
                        // A fact read whole is told from a set of names, whatever the names: FactReads.ALL by identity.
                        out.append(e.getValue() == FactReads.ALL ? "read-whole\t" : "read\t").append(e.getKey().getName());
                        if (e.getValue() != FactReads.ALL) {
                            e.getValue().stream().sorted().forEach(n -> out.append('\t').append(RuleCache.escape(n)));
                        }
                        out.append('\n');
                    });
        }
        return out.append(planEnd(out)).append('\n').toString();
    }

    /** A plan ({@link #plan}) that does not fit the rule set: made by another build, or damaged. */
    static final class StalePlan extends Exception {
        StalePlan(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The slices {@code plan} describes over {@code loaded}'s rules: null when it says the rule set is judged whole.
     * Throws {@link StalePlan} when the plan was made for other code, another focus or ledger, is cut short, or
     * names a rule the rule set does not have or a class that cannot be loaded.
     */
    static RuleSlices fromPlan(String plan, RuleCompiler.Loaded loaded, String focused, String ledger) throws StalePlan {
        List<String> lines = List.of(plan.split("\n", -1));
        int last = plan.lastIndexOf('\n', plan.length() - 2) + 1;
        if (CODE == null || lines.size() < 3 || !lines.get(0).equals(planHeader(focused, ledger))
                || !lines.get(lines.size() - 2).equals(planEnd(plan.substring(0, last)))
                || !lines.get(lines.size() - 1).isEmpty()) {
            throw new StalePlan("not a plan of this build, cut short or damaged");
        }
        List<String> body = lines.subList(1, lines.size() - 2);
        if (body.equals(List.of("whole"))) {
            return null;
        }
        Set<String> known = ruleKeys(loaded.kieBase());
        Map<String, Integer> order = new HashMap<>();
        List<Slice> slices = new ArrayList<>();
        Slice slice = null;
        for (String line : body) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "order" -> {
                    if (order.putIfAbsent(rule(f, known), order.size()) != null) {
                        throw new StalePlan("a rule ordered twice: " + line);
                    }
                }
                case "slice" -> {
                    if (f.length > 2) {
                        throw new StalePlan("bad line: " + line);
                    }
                    slice = new Slice(f.length == 2 ? RuleCache.unescape(f[1]) : null, new ArrayList<>(),
                            new ArrayList<>(), new HashMap<>());
                    slices.add(slice);
                }
                case "kind" -> in(slice, line).kinds().add(type(f, loaded));
                case "rule" -> in(slice, line).rules().add(rule(f, known));
                case "read" -> {
                    Set<String> names = new java.util.TreeSet<>();
                    List.of(f).subList(Math.min(2, f.length), f.length).forEach(n -> names.add(RuleCache.unescape(n)));
                    in(slice, line).read().put(type(f, loaded), names);
                }
                case "read-whole" -> {
                    if (f.length != 2) {
                        throw new StalePlan("bad line: " + line);
                    }
                    in(slice, line).read().put(type(f, loaded), FactReads.ALL);
                }
                default -> throw new StalePlan("bad line: " + line);
            }
        }
        Set<String> sliced = new java.util.HashSet<>();
        for (Slice s : slices) {
            for (String rule : s.rules()) {
                if (!order.containsKey(rule) || !sliced.add(rule)) {
                    throw new StalePlan("a slice's rule has no place in the order, or is in two slices: " + rule);
                }
            }
        }
        return new RuleSlices(slices.stream().map(s -> new Slice(s.focus(), List.copyOf(s.kinds()),
                List.copyOf(s.rules()), s.read())).toList(), Map.copyOf(order), loaded);
    }

    /** The engine keys ({@code package:name}) of every rule of {@code kieBase}. */
    private static Set<String> ruleKeys(KieBase kieBase) {
        Set<String> keys = new java.util.HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> keys.add(p.getName() + ":" + r.getName())));
        return keys;
    }

    private static Slice in(Slice slice, String line) throws StalePlan {
        if (slice == null) {
            throw new StalePlan("a line before any slice: " + line);
        }
        return slice;
    }

    private static String rule(String[] f, Set<String> known) throws StalePlan {
        String rule = f.length == 2 ? RuleCache.unescape(f[1]) : null;
        if (rule == null || !known.contains(rule)) {
            throw new StalePlan("no such rule: " + String.join(" ", f));
        }
        return rule;
    }

    private static Class<?> type(String[] f, RuleCompiler.Loaded loaded) throws StalePlan {
        try {
            if (f.length < 2) {
                throw new ClassNotFoundException(String.join(" ", f));
            }
            return Class.forName(f[1], false, loaded.loader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StalePlan("no such class: " + e.getMessage());
        }
    }

    /**
     * A rule whose firing order and effect do not depend on anything but its own matches (not on the clock either:
     * a rule with effective or expiry dates or calendars fires by the day it runs, which a remembered slice's
     * firings would not follow).
     */
    private static boolean faithful(RuleImpl rule) {
        return !rule.isSalienceDynamic() && rule.getEnabled() instanceof EnabledBoolean e && e == EnabledBoolean.ENABLED_TRUE
                && rule.getActivationGroup() == null && rule.getRuleFlowGroup() == null && !rule.getAutoFocus()
                && rule.getTimer() == null && rule.getDateEffective() == null && rule.getDateExpires() == null
                && (rule.getCalendars() == null || rule.getCalendars().length == 0);
    }

    /**
     * Adds the classes of fact a condition matches, each with the names its patterns bind; false when one is not a
     * class, the condition calls a query or has consequences of its own, or a pattern takes its facts from somewhere
     * this cannot follow (a window declared apart from the rule, whose pattern is not among the rule's).
     */
    private static boolean collect(RuleConditionElement element, Map<Class<?>, String> read) {
        if (element instanceof QueryElement || element instanceof NamedConsequence
                || element instanceof ConditionalBranch) {
            return false; // a query's conditions are not the rule's; a consequence of its own fires in its own order
        }
        if (element instanceof org.drools.base.rule.Pattern p && !(p.getSource() == null
                || p.getSource() instanceof EntryPointId || p.getSource() instanceof org.drools.base.rule.From
                || p.getSource() instanceof org.drools.base.rule.Accumulate
                || p.getSource() instanceof org.drools.base.rule.Collect)) {
            return false; // a window, say: the facts it holds reach the rule by no pattern of the rule's own
        }
        if (element instanceof org.drools.base.rule.Pattern p
                && (p.getSource() == null || p.getSource() instanceof EntryPointId)) {
            if (!(p.getObjectType() instanceof ClassObjectType type)) {
                return false;
            }
            if (!type.getClassType().getName().startsWith("org.drools.")) { // the initial fact of a rule without one
                String name = p.getDeclaration() == null ? "" : p.getDeclaration().getIdentifier();
                read.merge(type.getClassType(), name, (a, b) -> a + " " + b);
            }
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            if (!collect(nested, read)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The firings over {@code facts}, in the whole rule set's order: each slice's from memory or from a run of its
     * rules. Each fact is looked up once, by equality, for a number that stands for it (equal facts, equal number),
     * and a slice is remembered by the numbers of its facts; the merge of the slices' outputs, by their serials.
     */
    Merged evaluate(List<Object> facts, Runner runner) {
        int n = slices.size();
        Last last = this.last.get();
        // The thread's scratch space, grown to the step's facts: numbers are copied into a key before they are kept.
        if (n > 0 && last.ids[0].length < facts.size()) {
            for (int s = 0; s < n; s++) {
                last.ids[s] = new int[facts.size()];
                last.at[s] = new int[facts.size()];
            }
        }
        int[][] ids = last.ids;
        int[][] at = last.at;
        int[] sizes = last.sizes;
        Arrays.fill(sizes, 0);
        for (int f = 0; f < facts.size(); f++) {
            Object fact = facts.get(f);
            Readers r = readers.get(fact.getClass());
            int[] numbers = ids(fact, r);
            for (int i = 0; i < r.slices().length; i++) {
                int s = r.slices()[i];
                int number = numbers[r.view()[i]];
                if (number != LEFT_OUT) {
                    ids[s][sizes[s]] = number;
                    at[s][sizes[s]++] = f;
                }
            }
        }
        List<Ranked> outputs = new ArrayList<>(n);
        Merged merged = last.merged;
        // Forgotten until this step is through: a slice that throws below has already replaced the keys and outputs
        // of the slices before it, so the merge of the step before no longer goes with them.
        last.merged = null;
        boolean same = merged != null;
        for (int s = 0; s < n; s++) {
            Ranked out;
            if (last.keys[s] != null
                    && Arrays.equals(last.keys[s].facts(), 0, last.keys[s].facts().length, ids[s], 0, sizes[s])) {
                out = last.outputs[s]; // the thread's previous step met the same facts: the usual case within a trial
            } else {
                Key key = new Key(s, Arrays.copyOf(ids[s], sizes[s]));
                out = memory.get(key);
                if (out == null) {
                    List<Object> those = new ArrayList<>(sizes[s]);
                    for (int i = 0; i < sizes[s]; i++) {
                        those.add(facts.get(at[s][i]));
                    }
                    runs.increment();
                    out = interned(Output.of(runner.run(pool(s), those, slices.get(s).focus())));
                    makeRoom(memory);
                    memory.put(key, out);
                }
                same &= out == last.outputs[s];
                last.keys[s] = key;
                last.outputs[s] = out;
            }
            outputs.add(out);
        }
        last.merged = same ? merged : merged(outputs, last);
        return last.merged;
    }

    /** The merge of these outputs, remembered by their serials. */
    private Merged merged(List<Ranked> outputs, Last last) {
        int[] serials = new int[outputs.size()];
        for (int i = 0; i < serials.length; i++) {
            serials[i] = outputs.get(i).serial();
        }
        Combination combination = new Combination(serials);
        Merged known = merges.get(combination);
        if (known == null) {
            known = new Merged(merge(outputs, last));
            makeRoom(merges);
            merges.put(combination, known);
        }
        return known;
    }

    /** The one {@link Ranked} of outputs equal to {@code output}. */
    private Ranked interned(Output output) {
        Ranked known = interned.get(output);
        if (known == null) {
            makeRoom(interned);
            known = interned.computeIfAbsent(output, this::ranked);
        }
        return known;
    }

    /** How many times a slice's rules have run rather than been remembered. */
    long runs() {
        return runs.sum();
    }

    /** A thread's previous evaluation: each slice's key and output, and what they merged into. */
    private static final class Last {
        final Key[] keys;
        final Ranked[] outputs;
        Merged merged;
        /** Scratch for one step: per slice, the numbers of the facts it reads, their places, and how many. */
        final int[][] ids;
        final int[][] at;
        final int[] sizes;
        /** Scratch for a merge: one sort key per item. */
        long[] sort = new long[64];

        Last(int slices) {
            keys = new Key[slices];
            outputs = new Ranked[slices];
            ids = new int[slices][32];
            at = new int[slices][32];
            sizes = new int[slices];
        }
    }

    /**
     * The numbers standing for {@code fact} as each of its class's views sees it (facts that look the same, the same
     * number): a new one for a fact not met before.
     */
    private int[] ids(Object fact, Readers readers) {
        IdentityHashMap<Object, int[]> seen = known.get();
        int[] id = seen.get(fact);
        if (id == null) {
            id = readers.byValue() ? byValue.get(fact) : null;
            if (id == null) {
                id = new int[readers.views().size()];
                for (int v = 0; v < id.length; v++) {
                    AlphaFilter filter = readers.filters().get(v);
                    id[v] = filter == null || filter.admits(fact) ? equalId(readers.views().get(v).of(fact)) : LEFT_OUT;
                }
                if (readers.byValue()) {
                    makeRoom(byValue);
                    byValue.put(fact, id);
                }
            }
            if (seen.size() >= KNOWN) {
                seen.clear();
            }
            seen.put(fact, id);
        }
        return id;
    }

    private int equalId(Object fact) {
        Integer id = ids.get(fact);
        if (id == null) {
            makeRoom(ids); // numbers are never reused, so a remembered slice can only miss, never match wrongly
            id = ids.computeIfAbsent(fact, f -> nextId.getAndIncrement());
        }
        return id;
    }

    /** Empties a memory that has reached {@link #MEMORY} entries: what it holds is pure, so forgetting changes no output. */
    private static void makeRoom(Map<?, ?> memory) {
        if (memory.size() >= MEMORY) {
            memory.clear();
        }
    }

    private Ranked ranked(Output output) {
        int[] entries = new int[output.entries().size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = rank(output.entries().get(i).rule());
        }
        int[] changes = new int[output.changes().size()];
        for (int i = 0; i < changes.length; i++) {
            changes[i] = rank(output.changes().get(i).rule());
        }
        return new Ranked(output, entries, changes,
                output.referenceClassRule() == null ? -1 : rank(output.referenceClassRule()), nextSerial.getAndIncrement());
    }

    private Output merge(List<Ranked> outputs, Last last) {
        String referenceClass = null;
        String referenceClassRule = null;
        int referenceClassRank = -1;
        int firings = 0;
        for (int i = 0; i < outputs.size(); i++) {
            Ranked r = outputs.get(i);
            firings += r.output().firings();
            if (r.output().referenceClassRule() != null && (referenceClassRule == null || r.referenceClassRank() > referenceClassRank)) {
                referenceClass = r.output().referenceClass();
                referenceClassRule = r.output().referenceClassRule();
                referenceClassRank = r.referenceClassRank();
            }
        }
        return new Output(inOrder(outputs, true, last), inOrder(outputs, false, last), referenceClass, referenceClassRule,
                firings);
    }

    /**
     * The slices' entries (or changes) in rule order. A rule belongs to one slice, whose items keep its firings'
     * order, so sorting the items by (rule's rank, slice, place in the slice) gives each rule's items together, in
     * rule order, each rule's in the order it fired them; rules not in the order come last, slice by slice.
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> inOrder(List<Ranked> outputs, boolean entries, Last last) {
        int count = 0;
        for (int o = 0; o < outputs.size(); o++) {
            count += (entries ? outputs.get(o).entryRanks() : outputs.get(o).changeRanks()).length;
        }
        if (count == 0) {
            return List.of();
        }
        if (last.sort.length < count) {
            last.sort = new long[Math.max(count, 2 * last.sort.length)];
        }
        long[] sort = last.sort;
        int k = 0;
        for (int o = 0; o < outputs.size(); o++) {
            int[] ranks = entries ? outputs.get(o).entryRanks() : outputs.get(o).changeRanks();
            for (int i = 0; i < ranks.length; i++) {
                sort[k++] = ((long) ranks[i] << 42) | ((long) o << 21) | i;
            }
        }
        Arrays.sort(sort, 0, count);
        List<T> out = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            Output from = outputs.get((int) (sort[j] >>> 21) & 0x1F_FFFF).output();
            List<?> items = entries ? from.entries() : from.changes();
            out.add((T) items.get((int) (sort[j] & 0x1F_FFFF)));
        }
        return out;
    }

    /** The rule's place in the whole rule set's order; every rule not in it ranks after all, alike. */
    private int rank(String rule) {
        return order.getOrDefault(rule, order.size());
    }

    private synchronized KieSessionsPool pool(int i) {
        if (pools[i] == null) {
            Set<String> rules = Set.copyOf(slices.get(i).rules());
            pools[i] = loaded.part(r -> rules.contains(r.getPackage() + ":" + r.getName()))
                    .newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        }
        return pools[i];
    }
}
