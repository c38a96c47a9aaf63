package dev.hardground.model;

/** What a scenario (or one of its variants) is expected to yield; every part is optional. */
public record Expectation(Verdict verdict, Range score, Range survival) {
    public boolean needsSimulation() {
        return survival != null;
    }
}
