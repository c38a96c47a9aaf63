package dev.hardground.model;

/** The kinds of future event a scenario can name. */
public enum EventKind implements Keyed {
    ELECTION, LEADER_EXIT, COURT_RULING, PROVOCATION, SHOCK;

    /** The outcome names this kind allows, in order; empty when outcome names are free (an outcome named collapse ends the deal). */
    public java.util.List<String> outcomeNames() {
        return switch (this) {
            case ELECTION -> java.util.List.of(Event.GOVERNMENT_WINS, Event.OPPOSITION_WINS);
            case LEADER_EXIT -> java.util.List.of(Event.SAME_CAMP, Event.OTHER_CAMP);
            default -> java.util.List.of();
        };
    }
}
