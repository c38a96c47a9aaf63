package dev.hardground.model;

/** An earlier deal between the same parties, and what became of it ({@code cause} is free text such as leader-change). */
public record Precedent(String name, PrecedentOutcome outcome, String cause, Integer year) {
    public Precedent {
        outcome = outcome == null ? PrecedentOutcome.SURVIVED : outcome;
    }

    public boolean failed() {
        return outcome != PrecedentOutcome.SURVIVED;
    }
}
