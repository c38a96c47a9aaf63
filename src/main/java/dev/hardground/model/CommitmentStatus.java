package dev.hardground.model;

/** How far a commitment has been carried out. */
public enum CommitmentStatus implements Keyed {
    ANNOUNCED, IN_PROGRESS, FULFILLED, BROKEN
}
