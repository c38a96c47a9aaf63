package dev.hardground.model;

import java.time.LocalDate;

/**
 * A party's leader. {@code termEnds} is when the current term ends (null when no term is fixed);
 * {@code approval} is the share of the public approving of the leader.
 */
public record Leader(String name, LocalDate since, LocalDate termEnds, Boolean reelectable,
                     @Probability Double approval, Trend approvalTrend, Stance stance) {
    public Leader {
        reelectable = reelectable != null && reelectable;
        approval = approval == null ? 0.5 : approval;
        approvalTrend = approvalTrend == null ? Trend.FLAT : approvalTrend;
        stance = stance == null ? Stance.SUPPORTIVE : stance;
    }

    public Leader withName(String newName) {
        return new Leader(newName, since, termEnds, reelectable, approval, approvalTrend, stance);
    }
}
