package dev.hardground.model;

/** What became of an earlier deal between the same parties. */
public enum PrecedentOutcome implements Keyed {
    SURVIVED, REPUDIATED, HOLLOWED, COLLAPSED
}
