package dev.hardground.model;

/** A party's regime type, which shapes how much a change of leader matters (Leeds, Mattes and Vogel 2009). */
public enum Regime implements Keyed {
    DEMOCRACY, HYBRID, AUTOCRACY
}
