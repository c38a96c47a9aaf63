package dev.hardground.model;

import java.util.List;

/**
 * A threat the parties face; {@code sharedBy} lists the parties that feel it. {@code mutual} marks the danger the
 * parties pose to each other (their own war or rivalry), which is what the deal is about, not a third party's
 * threat that pushes them together.
 */
public record Threat(String source, Severity severity, Trend trend, List<String> sharedBy, Boolean mutual) {
    public Threat {
        severity = severity == null ? Severity.MEDIUM : severity;
        trend = trend == null ? Trend.FLAT : trend;
        sharedBy = sharedBy == null ? List.of() : List.copyOf(sharedBy);
        mutual = mutual != null && mutual;
    }

    /** Whether more than one party feels this threat: only a shared threat pushes them together. */
    @Reads("sharedBy")
    public boolean shared() {
        return sharedBy.size() >= 2;
    }
}
