package dev.hardground.model;

/** An earlier deal between the same parties, and what became of it ({@code cause} is free text; {@link #why()} is the cause rules match). */
public record Precedent(String name, PrecedentOutcome outcome, String cause, Integer year) {
    public Precedent {
        outcome = outcome == null ? PrecedentOutcome.SURVIVED : outcome;
    }

    /** The cause as rules match it: {@link PrecedentCause#of(String)} of the text. */
    @Reads("cause")
    public PrecedentCause why() {
        return PrecedentCause.of(cause);
    }

    @Reads("outcome")
    public boolean failed() {
        return outcome != PrecedentOutcome.SURVIVED;
    }
}
