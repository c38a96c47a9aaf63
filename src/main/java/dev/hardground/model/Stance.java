package dev.hardground.model;

/** An actor's stance toward the agreement, from its champion to its enemy. */
public enum Stance implements Keyed {
    CHAMPION, SUPPORTIVE, NEUTRAL, SKEPTICAL, HOSTILE
}
