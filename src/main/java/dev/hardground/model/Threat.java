package dev.hardground.model;

import java.util.List;

/** A threat the parties face; {@code sharedBy} lists the parties that feel it. */
public record Threat(String source, Severity severity, Trend trend, List<String> sharedBy) {
    public Threat {
        severity = severity == null ? Severity.MEDIUM : severity;
        trend = trend == null ? Trend.FLAT : trend;
        sharedBy = sharedBy == null ? List.of() : List.copyOf(sharedBy);
    }

    /** Whether more than one party feels this threat: only a shared threat pushes them together. */
    public boolean shared() {
        return sharedBy.size() >= 2;
    }
}
