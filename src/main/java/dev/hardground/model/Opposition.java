package dev.hardground.model;

/** A party's main opposition: its stance toward the agreement and whether it holds the legislature. */
public record Opposition(Stance stance, Boolean controlsLegislature) {
    public Opposition {
        stance = stance == null ? Stance.NEUTRAL : stance;
        controlsLegislature = controlsLegislature != null && controlsLegislature;
    }

    public static Opposition none() {
        return new Opposition(Stance.NEUTRAL, false);
    }
}
