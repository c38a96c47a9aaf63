package dev.hardground.analysis;

import dev.hardground.model.Keyed;

/** The outcome of one scenario-variant in a batch: {@code passed}, {@code failed} or {@code error}. */
public enum BatchStatus implements Keyed {
    /** Scored (and simulated where asked) and every expectation held. */
    PASSED,
    /** Scored, but an expectation did not hold. */
    FAILED,
    /** Could not be scored: the file, the variant's overrides or the rules are invalid. */
    ERROR,
    /** Scored, but the file states no expectation for it, so nothing was checked. */
    SKIPPED
}
