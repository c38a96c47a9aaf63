package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Commitment;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import dev.hardground.model.SimulationSettings;
import dev.hardground.model.WorldChange;
import dev.hardground.model.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks one sampled future of one scenario from asOf to the horizon. Between steps the deal may fail for
 * reasons no rule names, at the annual hazard the previous step's score and the agreement's age imply
 * ({@link BackgroundHazard}; an exponential clock drawn once per trial, so lower hazard can only delay a
 * collapse); at each step the world changes as sampled and
 * the rules judge it anew, and a rule may declare a collapse outright.
 */
final class TrialRunner {
    static final String BACKGROUND = "background hazard";
    /** Rounds of dynamics-rule changes judged again on one day; changes that keep changing the world stop here. */
    private static final int MAX_CHANGE_ROUNDS = 3;

    private final RuleBase rules;
    private final Scenario scenario;
    private final LocalDate horizon;
    private final long seed;
    private final EvaluationCache cache;
    /** The cache's rows for this runner's fixed days ({@link EvaluationCache.Rows}). */
    private final EvaluationCache.Rows rows;
    private final List<LocalDate> fixedDays;
    /** Purposes of the random numbers, hashed once: the same numbers as hashing the names at every draw. */
    private final int[] commitmentPurpose;
    /** Per commitment id: the purpose of the number that decides whether its breach ends the deal. */
    private final Map<String, Integer> breachPurpose = new java.util.HashMap<>();
    private final int[] eventPurpose;
    private final int[] stancePurpose;
    private final java.util.Map<String, Integer> termPurpose = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> exitStancePurpose = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> interimPurpose = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> repudiationPurpose = new java.util.HashMap<>();
    /** The parties' codes in the scenario's order: a trial replaces a party's value, never its key. */
    private final String[] partyCodes;
    private final SimulationSettings settings;
    private final SampledDays sampled;
    private final BackgroundHazard hazard;
    private final String referenceClass;

    TrialRunner(RuleBase rules, Scenario scenario, LocalDate horizon, long seed, EvaluationCache cache) {
        this.rules = rules;
        this.scenario = scenario;
        this.horizon = horizon;
        this.seed = seed;
        this.cache = cache;
        this.settings = rules.settings().simulation();
        this.fixedDays = Timeline.days(scenario, horizon, settings);
        this.rows = cache.rows(fixedDays);
        this.commitmentPurpose = scenario.commitments().stream().mapToInt(c -> ("commitment:" + c.id()).hashCode()).toArray();
        scenario.commitments().forEach(c -> breachPurpose.put(c.id(), ("breach:" + c.id()).hashCode()));
        this.eventPurpose = scenario.events().stream().mapToInt(e -> ("event:" + e.id()).hashCode()).toArray();
        this.stancePurpose = scenario.events().stream().mapToInt(e -> ("stance:" + e.id()).hashCode()).toArray();
        this.partyCodes = scenario.parties().keySet().toArray(new String[0]);
        for (String code : scenario.parties().keySet()) {
            termPurpose.put(code, ("term:" + code).hashCode());
            exitStancePurpose.put(code, ("exit-stance:" + code).hashCode());
            interimPurpose.put(code, ("interim:" + code).hashCode());
            repudiationPurpose.put(code, ("repudiation:" + code).hashCode());
        }
        this.sampled = new SampledDays(scenario, horizon);
        Cursor cursor = new Cursor();
        this.referenceClass = evaluate(new WorldState(scenario, settings), scenario.asOf(), -1, cursor).referenceClass();
        cache.looked(cursor.lookups);
        this.hazard = BackgroundHazard.of(rules.settings(), referenceClass, scenario);
    }

    /** The reference class the rules put the scenario in on its asOf day (null: none). */
    String referenceClass() {
        return referenceClass;
    }

    /** The trial's outcome: the rules' path, cut short by the background hazard's exponential clock. */
    TrialOutcome run(long trial) {
        return outcome(trial, path(trial, false)); // the outcome does not read the story: not told
    }

    /** The outcome of trial {@code trial} whose path ({@link #path}) is already walked: {@link #run} without the walk. */
    TrialOutcome outcome(long trial, TrialPath path) {
        RandomStream random = new RandomStream(seed, trial);
        double clock = -Math.log(1 - random.uniform("hazard", 0));
        double cumulative = 0;
        List<TrialPath.Stretch> stretches = path.stretches();
        for (int i = 0; i < stretches.size(); i++) { // indexed: no iterators for C1, which cannot elide them
            TrialPath.Stretch s = stretches.get(i);
            List<BackgroundHazard.Piece> pieces = hazard.pieces(s.from(), s.to());
            for (int j = 0; j < pieces.size(); j++) {
                BackgroundHazard.Piece piece = pieces.get(j);
                double years = Today.years(piece.from(), piece.to());
                double rate = hazard.rate(s.score(), piece.band());
                if (cumulative + rate * years >= clock) {
                    long offset = (long) Math.floor((clock - cumulative) / rate * 365.25);
                    return new TrialOutcome.Collapsed(piece.from().plusDays(Math.max(1, offset)), BACKGROUND);
                }
                cumulative += rate * years;
            }
        }
        return path.ruleCollapse() == null ? new TrialOutcome.Survived()
                : new TrialOutcome.Collapsed(path.ruleCollapse(), path.ruleCause());
    }

    /**
     * Walks the trial's sampled future, judging the world at each step, until a rule declares a collapse (or a
     * drawn repudiation ends the deal) or the deal is completed; the stretches end there.
     */
    TrialPath path(long trial) {
        return path(trial, true);
    }

    /**
     * {@link #path(long)}, with its story told only when {@code withStory} (an empty one otherwise); the cache is
     * told the trial's look-ups once it is walked.
     */
    private TrialPath path(long trial, boolean withStory) {
        Cursor cursor = new Cursor();
        try {
            return walk(trial, withStory, cursor);
        } finally {
            cache.looked(cursor.lookups);
        }
    }

    private TrialPath walk(long trial, boolean withStory, Cursor cursor) {
        RandomStream random = new RandomStream(seed, trial);
        WorldState world = new WorldState(scenario, settings);
        Map<LocalDate, List<String>> exits = sampled.exits(random);
        Map<LocalDate, List<String>> interims = sampled.interims(exits);
        Map<LocalDate, List<int[]>> undated = sampled.undated(random);
        java.util.Collection<LocalDate> days = fixedDays;
        if (!exits.isEmpty() || !undated.isEmpty()) {
            TreeSet<LocalDate> all = new TreeSet<>(fixedDays);
            all.addAll(exits.keySet());
            all.addAll(interims.keySet().stream().filter(d -> d.isBefore(horizon)).toList());
            all.addAll(undated.keySet());
            days = all;
        }
        List<TrialPath.Stretch> stretches = new ArrayList<>();
        LocalDate previous = scenario.asOf();
        Evaluation evaluation = evaluate(world, previous, -1, cursor);
        String ended = ending(evaluation, evaluation.changes(), world, random, previous);
        if (ended != null) {
            return new TrialPath(stretches, previous, ended, story(world, withStory));
        }
        if (completed(evaluation, world, previous)) {
            return new TrialPath(stretches, null, null, story(world, withStory));
        }
        int termEnds = 0;
        Map<String, Integer> exitCount = new java.util.HashMap<>();
        int fixed = 0; // the place of the first fixed day not before this one
        for (LocalDate day : days) {
            while (fixed < fixedDays.size() && fixedDays.get(fixed).isBefore(day)) {
                fixed++;
            }
            int slot = fixed < fixedDays.size() && fixedDays.get(fixed).equals(day) ? fixed : -1;
            stretches.add(new TrialPath.Stretch(previous, day, evaluation.score()));
            settleCommitments(world, random, day);
            applyEvents(world, random, day);
            // Looked up rather than iterated with a default: most days have none, and C1 makes an iterator even
            // for an empty list.
            List<int[]> risks = undated.get(day);
            for (int r = 0; risks != null && r < risks.size(); r++) {
                int[] risk = risks.get(r);
                int i = risk[0];
                int year = risk[1];
                Event event = scenario.events().get(i);
                world.apply(event, day, outcome(event, random.uniform(eventPurpose[i], year)),
                        random.uniform(stancePurpose[i], year));
            }
            List<String> exiting = exits.get(day);
            for (int x = 0; exiting != null && x < exiting.size(); x++) {
                String code = exiting.get(x);
                int k = exitCount.merge(code, 1, Integer::sum) - 1;
                world.earlyExit(code, day, random.uniform(exitStancePurpose.get(code), k));
            }
            List<String> interim = interims.get(day);
            for (int x = 0; interim != null && x < interim.size(); x++) {
                String code = interim.get(x);
                int k = exitCount.getOrDefault(code, 1) - 1;
                world.interimElection(code, day, random.uniform(interimPurpose.get(code), k),
                        random.uniform(exitStancePurpose.get(code), 1000 + k));
            }
            for (String code : partyCodes) { // a term's end changes that party alone, so none is read after a change
                Party party = world.parties().get(code);
                LocalDate end = party.leader().termEnds();
                if (end != null && !end.isAfter(day)) {
                    world.termEnds(party.code(), day, random.uniform(termPurpose.get(party.code()), termEnds++));
                }
            }
            evaluation = evaluate(world, day, slot, cursor);
            List<WorldChange> asked = new ArrayList<>(evaluation.changes());
            for (int round = 0; round < MAX_CHANGE_ROUNDS && !evaluation.collapsed()
                    && world.apply(evaluation.changes(), day); round++) {
                evaluation = evaluate(world, day, slot, cursor);
                asked.addAll(evaluation.changes());
            }
            ended = ending(evaluation, asked, world, random, day);
            if (ended != null) {
                return new TrialPath(stretches, day, ended, story(world, withStory));
            }
            if (completed(evaluation, world, day)) {
                return new TrialPath(stretches, null, null, story(world, withStory));
            }
            previous = day;
        }
        return new TrialPath(stretches, null, null, story(world, withStory));
    }

    /**
     * The rule that ends the deal on this step, or null: a declared collapse, or a repudiation whose chance the
     * trial's number for the party's current leader falls under. {@code asked} holds the changes of every round
     * of the day (a rule that softens a leader does not hide the chance asked before it): per party, each rule's
     * largest chance counts, and different rules combine as independent reasons; the rule with the largest chance
     * is named the cause.
     */
    private String ending(Evaluation evaluation, List<WorldChange> asked, WorldState world, RandomStream random,
                          LocalDate day) {
        if (evaluation.collapsed()) {
            return evaluation.collapses().get(0).rule();
        }
        String breach = breachEnding(asked, world, random, day);
        if (breach != null || !any(asked, WorldChange.Repudiation.class)) {
            return breach;
        }
        Map<String, Map<String, WorldChange.Repudiation>> byParty = new TreeMap<>();
        for (WorldChange c : asked) {
            if (c instanceof WorldChange.Repudiation r) {
                byParty.computeIfAbsent(r.target(), k -> new TreeMap<>())
                        .merge(r.rule(), r, (a, b) -> b.chance() > a.chance() ? b : a);
            }
        }
        Map<String, WorldChange.Repudiation> strongest = new TreeMap<>();
        Map<String, Double> chance = new TreeMap<>();
        byParty.forEach((party, rules) -> {
            double keeps = 1;
            for (WorldChange.Repudiation r : rules.values()) {
                keeps *= 1 - r.chance();
                strongest.merge(party, r, (a, b) -> b.chance() > a.chance() ? b : a);
            }
            chance.put(party, 1 - keeps);
        });
        for (Map.Entry<String, Double> e : chance.entrySet()) {
            double u = random.uniform(repudiationPurpose.get(e.getKey()), world.succession(e.getKey()));
            if (u < e.getValue()) {
                world.note(strongest.get(e.getKey()).reason(), day);
                return strongest.get(e.getKey()).rule();
            }
        }
        return null;
    }

    /**
     * The rule by which a breach ends the deal on this step, or null: per broken commitment, each rule's largest
     * chance counts and different rules combine as independent reasons, against one number per commitment (a
     * commitment breaks once in a trial, so the same number answers at every later step).
     */
    private String breachEnding(List<WorldChange> asked, WorldState world, RandomStream random, LocalDate day) {
        if (!any(asked, WorldChange.BreachCollapse.class)) {
            return null;
        }
        Map<String, Map<String, WorldChange.BreachCollapse>> byCommitment = new TreeMap<>();
        for (WorldChange c : asked) {
            if (c instanceof WorldChange.BreachCollapse b) {
                byCommitment.computeIfAbsent(b.target(), k -> new TreeMap<>())
                        .merge(b.rule(), b, (x, y) -> y.chance() > x.chance() ? y : x);
            }
        }
        for (Map.Entry<String, Map<String, WorldChange.BreachCollapse>> e : byCommitment.entrySet()) {
            double keeps = 1;
            WorldChange.BreachCollapse strongest = null;
            for (WorldChange.BreachCollapse b : e.getValue().values()) {
                keeps *= 1 - b.chance();
                strongest = strongest == null || b.chance() > strongest.chance() ? b : strongest;
            }
            if (random.uniform(breachPurpose.get(e.getKey()), 0) < 1 - keeps) {
                world.note(strongest.reason(), day);
                return strongest.rule();
            }
        }
        return null;
    }

    /** Whether a change of this kind was asked: most steps ask none, and need no maps to weigh them. */
    private static boolean any(List<WorldChange> asked, Class<? extends WorldChange> kind) {
        for (int i = 0; i < asked.size(); i++) {
            if (kind.isInstance(asked.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a rule says the deal was carried out on this step: it then counts as survived, with no more hazard. */
    private static boolean completed(Evaluation evaluation, WorldState world, LocalDate day) {
        List<WorldChange> changes = evaluation.changes();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) instanceof WorldChange.Completion done) {
                world.note(done.reason(), day);
                return true;
            }
        }
        return false;
    }

    /**
     * The rules' evaluation of the world on {@code day}, from the cache when it has judged the same history on the same
     * day: on a fixed day (its place {@code slot} among them, else -1) from the row of the world's history, which
     * {@code cursor} holds while the history stays the same, and which counts the look-up.
     */
    private Evaluation evaluate(WorldState world, LocalDate day, int slot, Cursor cursor) {
        cursor.lookups++;
        String signature = world.signature();
        if (slot >= 0) {
            if (signature != cursor.signature) { // a new string whenever the history changes: identity is enough
                cursor.signature = signature;
                cursor.row = rows.row(signature);
            }
            if (cursor.row != null) {
                Evaluation known = cache.known(cursor.row, slot);
                return known != null ? known : cache.remember(cursor.row, slot, judge(world, day));
            }
        }
        Evaluation known = cache.known(day, signature);
        return known != null ? known : cache.remember(day, signature, judge(world, day));
    }

    private Evaluation judge(WorldState world, LocalDate day) {
        return rules.evaluate(world.snapshot(), day, world.happened());
    }

    /** A trial's hold on the cache's row of its current history, and its look-ups so far. */
    private static final class Cursor {
        String signature;
        java.util.concurrent.atomic.AtomicReferenceArray<Evaluation> row;
        long lookups;
    }

    private static List<TrialPath.Happening> story(WorldState world, boolean told) {
        return told ? world.story() : List.of();
    }

    private void settleCommitments(WorldState world, RandomStream random, LocalDate day) {
        List<Commitment> commitments = world.commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.pending() && Timeline.dueDay(c, scenario.asOf(), settings).equals(day)) {
                world.settle(i, random.uniform(commitmentPurpose[i], 0), day);
            }
        }
    }

    private void applyEvents(WorldState world, RandomStream random, LocalDate day) {
        List<Event> events = scenario.events();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            int k = occurrence(event, day);
            if (k < 0) {
                continue;
            }
            world.apply(event, day, outcome(event, random.uniform(eventPurpose[i], k)), random.uniform(stancePurpose[i], k));
        }
    }

    /** Which occurrence of a dated event falls on {@code day} (0 for the first), or -1 when none does. */
    private static int occurrence(Event event, LocalDate day) {
        if (!event.dated() || day.isBefore(event.date())) {
            return -1;
        }
        if (event.every() == null) {
            return event.date().equals(day) ? 0 : -1;
        }
        long since = java.time.temporal.ChronoUnit.DAYS.between(event.date(), day);
        return since % event.every() == 0 ? (int) (since / event.every()) : -1;
    }

    /** The outcome drawn with {@code u}; without outcomes, a leader exit hands power to the other camp. */
    private static String outcome(Event event, double u) {
        return event.outcomes().isEmpty()
                ? (event.kind() == EventKind.LEADER_EXIT ? Event.OTHER_CAMP : Event.OCCURS)
                : RandomStream.pick(event.outcomes(), u);
    }
}
