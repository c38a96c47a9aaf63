package dev.hardground.model;

/** What a scenario (or one of its variants) is expected to yield; every part is optional. */
public record Expectation(Verdict verdict, Range score, @Probability Range survival) {
    /** Whether anything at all is expected: an {@code expect:} block with no entry checks nothing. */
    public boolean checksAnything() {
        return verdict != null || score != null || survival != null;
    }

    public boolean needsSimulation() {
        return survival != null;
    }
}
