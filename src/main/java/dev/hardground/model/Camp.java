package dev.hardground.model;

/** Who takes power when a leader goes: someone of the government's own camp, or the other camp. */
public enum Camp implements Keyed {
    SAME_CAMP, OTHER_CAMP;

    /** The camp an outcome of a leader-exit event names ({@link Event#SAME_CAMP}, {@link Event#OTHER_CAMP}). */
    public static Camp ofOutcome(String outcome) {
        return Event.SAME_CAMP.equals(outcome) ? SAME_CAMP : OTHER_CAMP;
    }
}
