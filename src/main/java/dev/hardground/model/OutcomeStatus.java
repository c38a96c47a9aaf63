package dev.hardground.model;

/** What actually happened to a historical agreement by its horizon. */
public enum OutcomeStatus implements Keyed {
    SURVIVED, COLLAPSED
}
