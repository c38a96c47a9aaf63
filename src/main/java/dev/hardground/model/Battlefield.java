package dev.hardground.model;

/**
 * How the fighting stood when the agreement was signed: one side had won decisively, neither could win, one
 * signatory had just been defeated on the battlefield, or not known.
 */
public enum Battlefield implements Keyed {
    DECISIVE_VICTORY, STALEMATE, RECENT_DEFEAT, UNKNOWN
}
