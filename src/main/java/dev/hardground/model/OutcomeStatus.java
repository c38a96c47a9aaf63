package dev.hardground.model;

/**
 * What actually happened to a historical agreement: it collapsed before its horizon, was still in force at
 * the horizon, or was last known in force on {@code outcome.date} when the record ends before the horizon
 * (censored: it counts as survived up to that date and unknown after).
 */
public enum OutcomeStatus implements Keyed {
    SURVIVED, COLLAPSED, CENSORED
}
