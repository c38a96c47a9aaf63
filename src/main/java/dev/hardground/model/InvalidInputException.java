package dev.hardground.model;

import java.util.List;

/** Thrown when user input (scenario, rules, arguments) is invalid; carries every diagnostic found. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InvalidInputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).headline());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InvalidInputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
