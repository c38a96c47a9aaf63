package dev.hardground.simulate;

import dev.hardground.engine.RuleBase;
import dev.hardground.model.Commitment;
import dev.hardground.model.Evaluation;
import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
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
    /** Chance that the government's camp keeps power at a term's end when no election is named for it. */
    private static final double IMPLICIT_GOVERNMENT_WINS = 0.5;
    /** Rounds of dynamics-rule changes judged again on one day; changes that keep changing the world stop here. */
    private static final int MAX_CHANGE_ROUNDS = 3;

    private final RuleBase rules;
    private final Scenario scenario;
    private final LocalDate horizon;
    private final long seed;
    private final EvaluationCache cache;
    private final List<LocalDate> fixedDays;
    /** Purposes of the random numbers, hashed once: the same numbers as hashing the names at every draw. */
    private final int[] commitmentPurpose;
    private final int[] eventPurpose;
    private final int[] stancePurpose;
    private final java.util.Map<String, Integer> termPurpose = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> exitPurpose = new java.util.HashMap<>();
    private final BackgroundHazard hazard;
    private final String referenceClass;

    TrialRunner(RuleBase rules, Scenario scenario, LocalDate horizon, long seed, EvaluationCache cache) {
        this.rules = rules;
        this.scenario = scenario;
        this.horizon = horizon;
        this.seed = seed;
        this.cache = cache;
        this.fixedDays = Timeline.days(scenario, horizon);
        this.commitmentPurpose = scenario.commitments().stream().mapToInt(c -> ("commitment:" + c.id()).hashCode()).toArray();
        this.eventPurpose = scenario.events().stream().mapToInt(e -> ("event:" + e.id()).hashCode()).toArray();
        this.stancePurpose = scenario.events().stream().mapToInt(e -> ("stance:" + e.id()).hashCode()).toArray();
        for (String code : scenario.parties().keySet()) {
            termPurpose.put(code, ("term:" + code).hashCode());
            exitPurpose.put(code, ("exit:" + code).hashCode());
        }
        this.referenceClass = evaluate(new WorldState(scenario), scenario.asOf()).referenceClass();
        this.hazard = BackgroundHazard.of(rules.settings(), referenceClass, scenario);
    }

    /** The reference class the rules put the scenario in on its asOf day (null: none). */
    String referenceClass() {
        return referenceClass;
    }

    /** The trial's outcome: the rules' path, cut short by the background hazard's exponential clock. */
    TrialOutcome run(long trial) {
        RandomStream random = new RandomStream(seed, trial);
        TrialPath path = path(trial);
        double clock = -Math.log(1 - random.uniform("hazard", 0));
        double cumulative = 0;
        for (TrialPath.Stretch s : path.stretches()) {
            for (BackgroundHazard.Piece piece : hazard.pieces(s.from(), s.to())) {
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

    /** Walks the trial's sampled future, judging the world at each step, until a rule declares a collapse. */
    TrialPath path(long trial) {
        RandomStream random = new RandomStream(seed, trial);
        WorldState world = new WorldState(scenario);
        Map<LocalDate, List<String>> exits = sampleExits(random);
        java.util.Collection<LocalDate> days = fixedDays;
        if (!exits.isEmpty()) {
            TreeSet<LocalDate> all = new TreeSet<>(fixedDays);
            all.addAll(exits.keySet());
            days = all;
        }
        List<TrialPath.Stretch> stretches = new ArrayList<>();
        LocalDate previous = scenario.asOf();
        Evaluation evaluation = evaluate(world, previous);
        if (evaluation.collapsed()) {
            return new TrialPath(stretches, previous, evaluation.collapses().get(0).rule(), world.story());
        }
        int termEnds = 0;
        for (LocalDate day : days) {
            stretches.add(new TrialPath.Stretch(previous, day, evaluation.score()));
            settleCommitments(world, random, day);
            applyEvents(world, random, day);
            for (String code : exits.getOrDefault(day, List.of())) {
                world.earlyExit(code, day);
            }
            for (Party party : List.copyOf(world.parties().values())) {
                LocalDate end = party.leader().termEnds();
                if (end != null && !end.isAfter(day)) {
                    boolean keeps = random.uniform(termPurpose.get(party.code()), termEnds++) < IMPLICIT_GOVERNMENT_WINS;
                    world.termEnds(party.code(), day, keeps);
                }
            }
            evaluation = evaluate(world, day);
            for (int round = 0; round < MAX_CHANGE_ROUNDS && !evaluation.collapsed()
                    && world.apply(evaluation.changes()); round++) {
                evaluation = evaluate(world, day);
            }
            if (evaluation.collapsed()) {
                return new TrialPath(stretches, day, evaluation.collapses().get(0).rule(), world.story());
            }
            previous = day;
        }
        return new TrialPath(stretches, null, null, world.story());
    }

    private Evaluation evaluate(WorldState world, LocalDate day) {
        return cache.get(day, world.signature(), () -> rules.evaluate(world.snapshot(), day, List.copyOf(world.occurred())));
    }

    private void settleCommitments(WorldState world, RandomStream random, LocalDate day) {
        List<Commitment> commitments = world.commitments();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (c.pending() && Timeline.dueDay(c, scenario.asOf()).equals(day)) {
                world.settle(i, random.uniform(commitmentPurpose[i], 0));
            }
        }
    }

    private void applyEvents(WorldState world, RandomStream random, LocalDate day) {
        List<Event> events = scenario.events();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (!event.date().equals(day)) {
                continue;
            }
            String outcome = event.outcomes().isEmpty()
                    ? (event.kind() == EventKind.LEADER_EXIT ? Event.OTHER_CAMP : "occurs")
                    : RandomStream.pick(event.outcomes(), random.uniform(eventPurpose[i], 0));
            world.apply(event, outcome, random.uniform(stancePurpose[i], 0));
        }
    }

    /**
     * Early exits of this trial: each year, each leader leaves with the party's earlyExitChance, on the first
     * day of a month within that year (a month's resolution keeps worlds comparable across trials).
     */
    private Map<LocalDate, List<String>> sampleExits(RandomStream random) {
        Map<LocalDate, List<String>> exits = new TreeMap<>();
        for (Party party : scenario.parties().values()) {
            double chance = party.earlyExitChance();
            if (chance <= 0) {
                continue;
            }
            for (int year = 0; scenario.asOf().plusYears(year).isBefore(horizon); year++) {
                double u = random.uniform(exitPurpose.get(party.code()), year);
                if (u < chance) {
                    LocalDate day = scenario.asOf().plusYears(year).plusMonths((long) (u / chance * 12)).withDayOfMonth(1)
                            .plusMonths(1);
                    if (day.isBefore(horizon)) {
                        exits.computeIfAbsent(day, d -> new ArrayList<>()).add(party.code());
                    }
                }
            }
        }
        return exits;
    }
}
