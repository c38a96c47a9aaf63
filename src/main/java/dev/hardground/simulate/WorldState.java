package dev.hardground.simulate;

import dev.hardground.model.Commitment;
import dev.hardground.model.CommitmentStatus;
import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Leader;
import dev.hardground.model.Occurred;
import dev.hardground.model.Opposition;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import dev.hardground.model.Stance;
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
    /**
     * Every transition applied so far, in order, as short tokens: with the base scenario it determines the
     * world exactly, so it identifies the world for the evaluation cache at the cost of one string per change.
     */
    private String signature = "";
    /** Each party's term length in days, from its leader's term in the scenario: new terms run as long. */
    private final Map<String, Long> termDays = new LinkedHashMap<>();

    WorldState(Scenario base) {
        this.base = base;
        this.parties = new LinkedHashMap<>(base.parties());
        this.commitments = new ArrayList<>(base.commitments());
        for (Party p : base.parties().values()) {
            Leader l = p.leader();
            if (l.termEnds() != null) {
                long days = l.since() == null ? DEFAULT_TERM_DAYS : ChronoUnit.DAYS.between(l.since(), l.termEnds());
                termDays.put(p.code(), Math.max(365, days));
            }
        }
    }

    /** A term of four years, for a leader whose start is unknown. */
    private static final long DEFAULT_TERM_DAYS = 4 * 365;

    Scenario snapshot() {
        return base.withWorld(parties, commitments);
    }

    String signature() {
        return signature;
    }

    private void record(String token) {
        signature = signature + token + ';';
    }

    List<Occurred> occurred() {
        return occurred;
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
                        ? " broken" : " kept"), Timeline.dueDay(base.commitments().get(i), base.asOf())));
            }
        }
        return out;
    }

    Map<String, Party> parties() {
        return parties;
    }

    List<Commitment> commitments() {
        return commitments;
    }

    /** Kept with probability {@code chance}: the same uniform number decides it in every variant. */
    void settle(int index, double u) {
        Commitment c = commitments.get(index);
        if (c.pending()) {
            boolean kept = u < c.chance();
            commitments.set(index, c.withStatus(kept ? CommitmentStatus.FULFILLED : CommitmentStatus.BROKEN));
            record("c" + index + (kept ? "+" : "-"));
        }
    }

    /** Applies an event's drawn outcome; {@code stanceU} draws the successor's stance when the other camp wins. */
    void apply(Event event, String outcome, double stanceU) {
        occurred.add(new Occurred(event.id(), event.kind(), event.party(), outcome, event.date()));
        record("e" + event.id() + "=" + outcome);
        Party party = event.party() == null ? null : parties.get(event.party());
        if (party == null) {
            return;
        }
        if (event.kind() == EventKind.ELECTION) {
            boolean opposition = Event.OPPOSITION_WINS.equals(outcome);
            if (!event.decidesLeader()) {
                parties.put(party.code(), party.withOpposition(new Opposition(party.opposition().stance(), opposition)));
            } else if (opposition) {
                otherCamp(party, event.date(), successorStance(event, party, stanceU), event.successor(), true);
            } else {
                sameCamp(party, event.date(), event.successor(), true, event, stanceU);
            }
        } else if (event.kind() == EventKind.LEADER_EXIT) {
            if (Event.SAME_CAMP.equals(outcome)) {
                sameCamp(party, event.date(), event.successor(), false, event, stanceU);
            } else {
                otherCamp(party, event.date(), successorStance(event, party, stanceU), event.successor(), false);
            }
        }
    }

    /**
     * Applies the changes dynamics rules asked for; returns whether the world changed. A change that is
     * already true (a commitment already settled, a stance already held) changes nothing.
     */
    boolean apply(List<dev.hardground.model.WorldChange> changes) {
        boolean changed = false;
        for (dev.hardground.model.WorldChange c : changes) {
            if (c.kind() == dev.hardground.model.WorldChange.Kind.COMMITMENT) {
                for (int i = 0; i < commitments.size(); i++) {
                    Commitment commitment = commitments.get(i);
                    if (commitment.id().equals(c.target()) && commitment.pending()) {
                        boolean kept = c.value().equals(CommitmentStatus.FULFILLED.key());
                        commitments.set(i, commitment.withStatus(kept ? CommitmentStatus.FULFILLED : CommitmentStatus.BROKEN));
                        record("r" + i + (kept ? "+" : "-"));
                        changed = true;
                    }
                }
            } else {
                Party party = parties.get(c.target());
                if (party != null && !party.leader().stance().key().equals(c.value())) {
                    Stance stance = java.util.Arrays.stream(Stance.values()).filter(s -> s.key().equals(c.value()))
                            .findFirst().orElseThrow();
                    Leader l = party.leader();
                    parties.put(party.code(), party.withLeader(new Leader(l.name(), l.since(), l.termEnds(),
                            l.reelectable(), l.approval(), l.approvalTrend(), stance)));
                    record("r" + party.code() + stance.ordinal());
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** A term that ended with no election named for it: the government's camp keeps power or loses it. */
    void termEnds(String code, LocalDate day, boolean governmentKeeps) {
        Party party = parties.get(code);
        occurred.add(new Occurred("term-end:" + code, EventKind.ELECTION, code,
                governmentKeeps ? Event.GOVERNMENT_WINS : Event.OPPOSITION_WINS, day));
        record("t" + code + day + (governmentKeeps ? "+" : "-"));
        if (governmentKeeps) {
            sameCamp(party, day, null, true, null, 0);
        } else {
            otherCamp(party, day, party.opposition().stance(), null, true);
        }
    }

    /** The leader leaves early (death, impeachment, resignation); the other camp takes over. */
    void earlyExit(String code, LocalDate day) {
        Party party = parties.get(code);
        occurred.add(new Occurred("early-exit:" + code, EventKind.LEADER_EXIT, code, Event.OTHER_CAMP, day));
        record("x" + code + day);
        otherCamp(party, day, party.opposition().stance(), null, false);
    }

    private Stance successorStance(Event event, Party party, double u) {
        Stance stance = event.successorStance().isEmpty() ? party.opposition().stance()
                : RandomStream.pick(event.successorStance(), u);
        record("s" + stance.ordinal());
        return stance;
    }

    /** The government's camp keeps power: a re-electable leader stays for a new term, otherwise a successor of the same stance. */
    private void sameCamp(Party party, LocalDate day, String successorName, boolean newTerm, Event event, double stanceU) {
        Leader old = party.leader();
        boolean stays = newTerm && old.reelectable() && successorName == null;
        String name = stays ? old.name() : successorName != null ? successorName : "successor to " + old.name();
        LocalDate since = stays ? old.since() : day;
        Stance stance = old.stance();
        if (!stays && event != null && !event.governmentSuccessorStance().isEmpty()) {
            stance = RandomStream.pick(event.governmentSuccessorStance(), stanceU);
            record("g" + stance.ordinal());
        }
        Leader leader = new Leader(name, since, termAfter(party.code(), old, day, newTerm), old.reelectable(),
                old.approval(), old.approvalTrend(), stance);
        parties.put(party.code(), party.withLeader(leader));
    }

    /** The other camp takes power: a new leader of the drawn stance; the old government becomes the opposition. */
    private void otherCamp(Party party, LocalDate day, Stance stance, String successorName, boolean newTerm) {
        Leader old = party.leader();
        String name = successorName != null ? successorName : party.code() + " opposition leader";
        Leader leader = new Leader(name, day, termAfter(party.code(), old, day, newTerm), old.reelectable(), 0.5,
                dev.hardground.model.Trend.FLAT, stance);
        Opposition opposition = new Opposition(old.stance(), party.opposition().controlsLegislature());
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
        return day.plusDays(termDays.getOrDefault(code, DEFAULT_TERM_DAYS));
    }
}
