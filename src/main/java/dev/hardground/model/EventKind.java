package dev.hardground.model;

/** The kinds of future event a scenario can name. */
public enum EventKind implements Keyed {
    ELECTION, LEADER_EXIT, COURT_RULING, PROVOCATION, SHOCK,
    /** A renewal decision (a 120-day waiver, a yearly extension unless a party gives notice): refused, the deal ends. */
    RENEWAL,
    /** The deal's planned end: reaching it is a completion, not a collapse. */
    EXPIRY;

    /** The outcome names this kind allows, in order; empty when outcome names are free (an outcome named collapse ends the deal). */
    public java.util.List<String> outcomeNames() {
        return switch (this) {
            case ELECTION -> java.util.List.of(Event.GOVERNMENT_WINS, Event.OPPOSITION_WINS);
            case LEADER_EXIT -> java.util.List.of(Event.SAME_CAMP, Event.OTHER_CAMP);
            case RENEWAL -> java.util.List.of(Event.RENEWED, Event.NOT_RENEWED);
            default -> java.util.List.of();
        };
    }
}
