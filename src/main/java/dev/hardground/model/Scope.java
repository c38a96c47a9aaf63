package dev.hardground.model;

/**
 * How much of a conflict an agreement settles (UCDP PAD's {@code pa_type}): a comprehensive settlement of the
 * incompatibility, a partial one that leaves issues open, or a peace-process agreement that only sets out how
 * talks will go on. Five-year survival in PAD 1975-2021: 0.77, 0.69, 0.56 (data/README.md).
 */
public enum Scope implements Keyed {
    COMPREHENSIVE, PARTIAL, PEACE_PROCESS
}
