package dev.hardground.model;

/** Routine cooperation that gives both sides a stake. */
public enum CooperationKind implements Keyed {
    MILITARY_EXERCISE, DIALOGUE, JOINT_STATEMENT, SUMMIT, TRADE, INTELLIGENCE_SHARING, EXCHANGE, OTHER
}
