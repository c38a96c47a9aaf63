package dev.hardground.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A future event the simulator samples.
 *
 * @param decidesLeader   for an election: whether it chooses the party's leader
 * @param outcomes        outcome name → probability, summing to 1 (for elections: government-wins, opposition-wins)
 * @param successorStance stance → probability of the new leader's stance when the other camp takes over
 * @param successor       the new leader's name, when known (a scheduled handover, a hindsight replay)
 * @param governmentSuccessorStance stance → probability of the new leader's stance when the government's camp
 *                  keeps power under a new leader (the incumbent cannot or does not stay); without it the new
 *                  leader keeps the old one's stance
 * @param every     days between one occurrence and the next, from {@code date} to the horizon (a renewal every
 *                  120 days); null: the event happens once
 * @param perYear   for a risk with no known date (a missile test, a clash on a line of control): the yearly
 *                  chance that it happens, sampled like early exits; such an event has no {@code date}
 */
public record Event(String id, LocalDate date, EventKind kind, String party, Boolean decidesLeader, String what,
                    @Probability Map<String, Double> outcomes, @Probability Map<Stance, Double> successorStance,
                    String successor, @Probability Map<Stance, Double> governmentSuccessorStance, Integer every,
                    Double perYear) {
    /** Election outcomes. */
    public static final String GOVERNMENT_WINS = "government-wins";
    public static final String OPPOSITION_WINS = "opposition-wins";
    /** Leader-exit outcomes: who takes over. Without outcomes, a leader exit hands power to the other camp. */
    public static final String SAME_CAMP = "same-camp";
    public static final String OTHER_CAMP = "other-camp";
    /** An outcome of any shock, ruling or provocation that ends the agreement outright. */
    public static final String COLLAPSE = "collapse";
    /** An outcome of any event that ends the agreement by its being carried out (a withdrawal completed). */
    public static final String COMPLETED = "completed";
    /** Renewal outcomes: the parties renew the deal for another period, or one of them refuses. */
    public static final String RENEWED = "renewed";
    public static final String NOT_RENEWED = "not-renewed";
    /** The outcome of an event that names none (a planned expiry, a shock that simply happens). */
    public static final String OCCURS = "occurs";

    /** Whether the event has a date, rather than a yearly chance of happening at an unknown one. */
    public boolean dated() {
        return perYear == null;
    }

    public Event {
        decidesLeader = decidesLeader != null && decidesLeader;
        outcomes = outcomes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        successorStance = successorStance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(successorStance));
        governmentSuccessorStance = governmentSuccessorStance == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(governmentSuccessorStance));
    }
}
