package dev.hardground.model;

import java.time.LocalDate;

/**
 * A party's leader. {@code termEnds} is when the current term ends (null when no term is fixed);
 * {@code approval} is the share of the public approving of the leader. A party whose leader the scenario does
 * not name (an armed group, an imported dataset row) holds {@link #unknown()}: no name, no term, neutral.
 * {@code pledgedToScrap}: the leader campaigned on scrapping the deal (a successor's election pledge).
 */
public record Leader(String name, LocalDate since, LocalDate termEnds, Boolean reelectable,
                     @Probability Double approval, Trend approvalTrend, Stance stance, Boolean pledgedToScrap) {
    public Leader {
        reelectable = reelectable != null && reelectable;
        approval = approval == null ? 0.5 : approval;
        approvalTrend = approvalTrend == null ? Trend.FLAT : approvalTrend;
        stance = stance == null ? Stance.SUPPORTIVE : stance;
        pledgedToScrap = pledgedToScrap != null && pledgedToScrap;
    }

    /** The leader of a party whose leader is not known. */
    public static Leader unknown() {
        return new Leader(null, null, null, false, 0.5, Trend.FLAT, Stance.NEUTRAL, false);
    }

    /** Whether the scenario names this leader; rules and the simulator judge only known leaders. */
    public boolean known() {
        return name != null;
    }

    public Leader withName(String newName) {
        return new Leader(newName, since, termEnds, reelectable, approval, approvalTrend, stance, pledgedToScrap);
    }
}
