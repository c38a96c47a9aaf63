package dev.hardground.model;

/** An inclusive range with optional ends, as in {@code score: { min: 60 }}. */
public record Range(Double min, Double max) {
    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    @Override
    public String toString() {
        if (min != null && max != null) {
            return "between " + min + " and " + max;
        }
        return min != null ? "at least " + min : max != null ? "at most " + max : "anything";
    }
}
