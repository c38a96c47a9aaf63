package dev.hardground.model;

/** The kinds of future event a scenario can name. */
public enum EventKind implements Keyed {
    ELECTION, LEADER_EXIT, COURT_RULING, PROVOCATION, SHOCK
}
