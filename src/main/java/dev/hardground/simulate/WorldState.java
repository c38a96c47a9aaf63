package dev.hardground.simulate;

import dev.hardground.model.Breach;
import dev.hardground.model.Camp;
import dev.hardground.model.Commitment;
import dev.hardground.model.CommitmentStatus;
import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Leader;
import dev.hardground.model.Occurred;
import dev.hardground.model.Opposition;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import dev.hardground.model.SimulationSettings;
import dev.hardground.model.Stance;
import dev.hardground.model.Succession;
import dev.hardground.model.WorldChange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The world of one trial as it moves forward: who leads each party, which commitments were kept or broken,
 * which events happened with which outcome. Each change is one of the transitions the simulator samples;
 * what a change means for the deal is left to the rules.
 */
final class WorldState {
    private final Scenario base;
    private final Map<String, Party> parties;
    private final List<Commitment> commitments;
    private final List<Occurred> occurred = new ArrayList<>();
    /** Commitments broken in this trial, in order: with {@link #occurred} what the dynamics rules see happened. */
    private final List<Breach> breaches = new ArrayList<>();
    /**
     * Every transition applied so far, in order, as short tokens: with the base scenario it determines the
     * world exactly, so it identifies the world for the evaluation cache at the cost of one string per change.
     */
    private String signature = "";
    /** Each party's term length in days, from its leader's term in the scenario: new terms run as long. */
    private final Map<String, Long> termDays = new LinkedHashMap<>();
    /** How many leaders each party has had in this trial after the one in office on asOf. */
    private final Map<String, Integer> successions = new LinkedHashMap<>();
    /** What happened that is neither an event nor a commitment (a completion), for the story. */
    private final List<TrialPath.Happening> notes = new ArrayList<>();
    private final SimulationSettings settings;
    /** A term's length for a leader whose start is unknown (rules/settings.drl). */
    private final long defaultTermDays;

    WorldState(Scenario base, SimulationSettings settings) {
        this.base = base;
        this.settings = settings;
        this.defaultTermDays = Math.round(settings.defaultTermYears() * 365);
        this.parties = new LinkedHashMap<>(base.parties());
        this.commitments = new ArrayList<>(base.commitments());
        long shortest = Math.round(settings.shortestTermYears() * 365);
        for (Party p : base.parties().values()) {
            Leader l = p.leader();
            if (l.termEnds() != null) {
                long days = l.since() == null ? defaultTermDays : ChronoUnit.DAYS.between(l.since(), l.termEnds());
                termDays.put(p.code(), Math.max(shortest, days));
            }
        }
    }

    /** How many leaders the party has had since asOf in this trial: 0 for the leader in office on asOf. */
    int succession(String code) {
        return successions.getOrDefault(code, 0);
    }

    /** Adds something that happened to the story. */
    void note(String fact, LocalDate day) {
        notes.add(new TrialPath.Happening(fact, day));
    }

    Scenario snapshot() {
        return base.withWorld(parties, commitments);
    }

    String signature() {
        return signature;
    }

    private void record(String token) {
        signature = signature + token + ';';
    }

    /** The tokens of the first commitments settled by draw ({@code c}) or by a rule ({@code r}), made once. */
    private static final String[][][] SETTLED = new String[2][64][2];

    static {
        for (int i = 0; i < 64; i++) {
            for (int k = 0; k < 2; k++) {
                SETTLED[0][i][k] = "c" + i + (k == 1 ? "+" : "-");
                SETTLED[1][i][k] = "r" + i + (k == 1 ? "+" : "-");
            }
        }
    }

    /**
     * The token of commitment {@code index} settled ({@code kept} or broken) by draw ({@code by} 'c') or by a rule
     * ('r'): every trial settles the scenario's pending commitments, and making the same short strings each time
     * was a fiftieth of a warm what-if's CPU (async-profiler).
     */
    private static String settled(char by, int index, boolean kept) {
        return index < 64 ? SETTLED[by == 'c' ? 0 : 1][index][kept ? 1 : 0] : by + "" + index + (kept ? "+" : "-");
    }

    List<Occurred> occurred() {
        return occurred;
    }

    /** What the trial drew so far, as facts for the rules: each event that occurred, each commitment broken. */
    List<Object> happened() {
        List<Object> out = new ArrayList<>(occurred.size() + breaches.size());
        out.addAll(occurred);
        out.addAll(breaches);
        return out;
    }

    private void broken(Commitment c, LocalDate day) {
        breaches.add(new Breach(c.id(), c.by() != null ? c.by() : c.owedBy(), c.importance(), c.breachCollapse(), day));
    }

    /**
     * What happened in this world so far, in words a reader can match against the scenario: each event with
     * its drawn outcome ({@code kr-2027-presidential: opposition-wins}), each commitment settled
     * ({@code jp-firms-contribute broken}).
     */
    List<TrialPath.Happening> story() {
        List<TrialPath.Happening> out = new ArrayList<>();
        for (Occurred o : occurred) {
            out.add(new TrialPath.Happening(o.event() + ": " + o.outcome(), o.date()));
        }
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            if (base.commitments().get(i).pending() && !c.pending()) {
                out.add(new TrialPath.Happening(c.id() + (c.status() == dev.hardground.model.CommitmentStatus.BROKEN
                        ? " broken" : " kept"), Timeline.dueDay(base.commitments().get(i), base.asOf(), settings)));
            }
        }
        out.addAll(notes);
        return out;
    }

    Map<String, Party> parties() {
        return parties;
    }

    List<Commitment> commitments() {
        return commitments;
    }

    /** Kept with probability {@code chance} on {@code day}: the same uniform number decides it in every variant. */
    void settle(int index, double u, LocalDate day) {
        Commitment c = commitments.get(index);
        if (c.pending()) {
            boolean kept = u < c.chance();
            commitments.set(index, c.withStatus(kept ? CommitmentStatus.FULFILLED : CommitmentStatus.BROKEN));
            record(settled('c', index, kept));
            if (!kept) {
                broken(c, day);
            }
        }
    }

    /**
     * Applies an event's drawn outcome on {@code day} (its date, or a sampled day for a repeating or undated
     * event); {@code stanceU} draws the successor's stance when the other camp wins.
     */
    void apply(Event event, LocalDate day, String outcome, double stanceU) {
        occurred.add(new Occurred(event.id(), event.kind(), event.party(), outcome, day));
        record("e" + event.id() + (event.dated() && event.every() == null ? "" : "@" + day) + "=" + outcome);
        Party party = event.party() == null ? null : parties.get(event.party());
        if (party == null) {
            return;
        }
        if (event.kind() == EventKind.ELECTION) {
            boolean opposition = Event.OPPOSITION_WINS.equals(outcome);
            if (!event.decidesLeader()) {
                parties.put(party.code(), party.withOpposition(new Opposition(party.opposition().stance(), opposition,
                        party.opposition().pledgedToScrap())));
            } else if (opposition) {
                otherCamp(party, day, successorStance(event, party, stanceU), event.successor(), true);
            } else {
                sameCamp(party, day, event.successor(), true, event.governmentSuccessorStance(), stanceU);
            }
        } else if (event.kind() == EventKind.LEADER_EXIT) {
            if (Event.SAME_CAMP.equals(outcome)) {
                sameCamp(party, day, event.successor(), false, event.governmentSuccessorStance(), stanceU);
            } else {
                otherCamp(party, day, successorStance(event, party, stanceU), event.successor(), false);
            }
        }
    }

    /**
     * Applies the changes dynamics rules asked for; returns whether the world changed. A change that is
     * already true (a commitment already settled, a stance already held) changes nothing.
     */
    boolean apply(List<WorldChange> changes, LocalDate day) {
        boolean changed = false;
        for (int n = 0; n < changes.size(); n++) { // indexed: no iterator for C1, which cannot elide one
            WorldChange c = changes.get(n);
            if (c instanceof WorldChange.Settle settle) {
                for (int i = 0; i < commitments.size(); i++) {
                    Commitment commitment = commitments.get(i);
                    if (commitment.id().equals(c.target()) && commitment.pending()) {
                        boolean kept = settle.kept();
                        commitments.set(i, commitment.withStatus(kept ? CommitmentStatus.FULFILLED : CommitmentStatus.BROKEN));
                        record(settled('r', i, kept));
                        if (!kept) {
                            broken(commitment, day);
                        }
                        changed = true;
                    }
                }
            } else if (c instanceof WorldChange.StanceShift shift) {
                Party party = parties.get(c.target());
                Stance stance = shift.stance();
                if (party != null && party.leader().stance() != stance) {
                    Leader l = party.leader();
                    parties.put(party.code(), party.withLeader(new Leader(l.name(), l.since(), l.termEnds(),
                            l.reelectable(), l.approval(), l.approvalTrend(), stance, l.pledgedToScrap())));
                    record("r" + party.code() + stance.ordinal());
                    changed = true;
                }
            }
        }
        return changed;
    }

    /**
     * A term that ended with no election named for it: the government's camp keeps power or loses it (a
     * {@code u} below {@link SimulationSettings#governmentKeepsAtTermEnd()}).
     */
    void termEnds(String code, LocalDate day, double u) {
        boolean governmentKeeps = u < settings.governmentKeepsAtTermEnd();
        Party party = parties.get(code);
        occurred.add(new Occurred("term-end:" + code, EventKind.ELECTION, code,
                governmentKeeps ? Event.GOVERNMENT_WINS : Event.OPPOSITION_WINS, day));
        record("t" + code + day + (governmentKeeps ? "+" : "-"));
        if (governmentKeeps) {
            sameCamp(party, day, null, true, Map.of(), 0);
        } else {
            otherCamp(party, day, party.opposition().stance(), null, true);
        }
    }

    /**
     * The leader leaves early (death, impeachment, resignation). Who takes over is the party's
     * {@link Succession}'s, else what {@code rules/settings.drl} says for the party's system of government; with an
     * interim, an acting leader of the same camp holds office until {@link #interimElection}. {@code stanceU} draws
     * the successor's stance from the succession's distribution.
     */
    void earlyExit(String code, LocalDate day, double stanceU) {
        Party party = parties.get(code);
        Succession succession = party.succession();
        Camp camp = succession.interimDays() != null ? Camp.SAME_CAMP
                : succession.earlyExit() != null ? succession.earlyExit() : settings.earlyExitCamp(succession.government());
        occurred.add(new Occurred("early-exit:" + code, EventKind.LEADER_EXIT, code, camp.key(), day));
        record("x" + code + day + (camp == Camp.SAME_CAMP ? "+" : ""));
        if (succession.interimDays() != null) {
            String name = "acting leader after " + party.leader().name();
            sameCamp(party, day, name, false, Map.of(), 0);
        } else if (camp == Camp.SAME_CAMP) {
            sameCamp(party, day, succession.heir(), false, succession.heirStance(), stanceU);
        } else {
            otherCamp(party, day, drawn(succession.successorStance(), party.opposition().stance(), stanceU), null, false);
        }
    }

    /**
     * The early election that ends an interim: the interim's camp wins with
     * {@link SimulationSettings#interimElectionWins()} (a {@code u} below it), and the winner starts a new term.
     */
    void interimElection(String code, LocalDate day, double u, double stanceU) {
        Party party = parties.get(code);
        Succession succession = party.succession();
        boolean keeps = u < settings.interimElectionWins();
        occurred.add(new Occurred("interim-election:" + code, EventKind.ELECTION, code,
                keeps ? Event.GOVERNMENT_WINS : Event.OPPOSITION_WINS, day));
        record("i" + code + day + (keeps ? "+" : "-"));
        if (keeps) {
            sameCamp(party, day, succession.heir(), true, succession.heirStance(), stanceU);
        } else {
            otherCamp(party, day, drawn(succession.successorStance(), party.opposition().stance(), stanceU), null, true);
        }
    }

    /** A stance drawn from {@code distribution}, or {@code otherwise} when it is empty. */
    private Stance drawn(Map<Stance, Double> distribution, Stance otherwise, double u) {
        if (distribution.isEmpty()) {
            return otherwise;
        }
        Stance stance = RandomStream.pick(distribution, u);
        record("s" + stance.ordinal());
        return stance;
    }

    private Stance successorStance(Event event, Party party, double u) {
        Stance stance = event.successorStance().isEmpty() ? party.opposition().stance()
                : RandomStream.pick(event.successorStance(), u);
        record("s" + stance.ordinal());
        return stance;
    }

    /** The government's camp keeps power: a re-electable leader stays for a new term, otherwise a successor of the same stance. */
    private void sameCamp(Party party, LocalDate day, String successorName, boolean newTerm,
                          Map<Stance, Double> successorStance, double stanceU) {
        Leader old = party.leader();
        boolean stays = newTerm && old.reelectable() && successorName == null;
        String name = stays ? old.name() : successorName != null ? successorName : "successor to " + old.name();
        LocalDate since = stays ? old.since() : day;
        Stance stance = old.stance();
        if (!stays) {
            successions.merge(party.code(), 1, Integer::sum);
        }
        if (!stays && !successorStance.isEmpty()) {
            stance = RandomStream.pick(successorStance, stanceU);
            record("g" + stance.ordinal());
        }
        Leader leader = new Leader(name, since, termAfter(party.code(), old, day, newTerm), old.reelectable(),
                old.approval(), old.approvalTrend(), stance, stays && old.pledgedToScrap());
        parties.put(party.code(), party.withLeader(leader));
    }

    /** The other camp takes power: a new leader of the drawn stance; the old government becomes the opposition. */
    private void otherCamp(Party party, LocalDate day, Stance stance, String successorName, boolean newTerm) {
        Leader old = party.leader();
        String name = successorName != null ? successorName : party.code() + " opposition leader";
        successions.merge(party.code(), 1, Integer::sum);
        Leader leader = new Leader(name, day, termAfter(party.code(), old, day, newTerm), old.reelectable(),
                settings.newLeaderApproval(), settings.newLeaderTrend(), stance, party.opposition().pledgedToScrap());
        Opposition opposition = new Opposition(old.stance(), party.opposition().controlsLegislature(), false);
        parties.put(party.code(), party.withLeader(leader).withOpposition(opposition));
    }

    /** A new term runs as long as the party's term in the scenario; a leader who only finishes a term keeps its end. */
    private LocalDate termAfter(String code, Leader old, LocalDate day, boolean newTerm) {
        if (old.termEnds() == null) {
            return null;
        }
        if (!newTerm && old.termEnds().isAfter(day)) {
            return old.termEnds();
        }
        return day.plusDays(termDays.getOrDefault(code, defaultTermDays));
    }
}
