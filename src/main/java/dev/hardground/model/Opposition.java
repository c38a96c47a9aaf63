package dev.hardground.model;

/**
 * A party's main opposition: its stance toward the agreement, whether it holds the legislature, and whether it
 * campaigns on scrapping the deal ({@code pledgedToScrap}: a leader it brings to power starts with that pledge).
 */
public record Opposition(Stance stance, Boolean controlsLegislature, Boolean pledgedToScrap) {
    public Opposition {
        stance = stance == null ? Stance.NEUTRAL : stance;
        controlsLegislature = controlsLegislature != null && controlsLegislature;
        pledgedToScrap = pledgedToScrap != null && pledgedToScrap;
    }

    public static Opposition none() {
        return new Opposition(Stance.NEUTRAL, false, false);
    }
}
