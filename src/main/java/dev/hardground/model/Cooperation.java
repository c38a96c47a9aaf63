package dev.hardground.model;

/** Routine cooperation between the parties; institutionalized when it recurs on a fixed schedule. */
public record Cooperation(CooperationKind kind, String what, Boolean institutionalized) {
    public Cooperation {
        kind = kind == null ? CooperationKind.OTHER : kind;
        institutionalized = institutionalized != null && institutionalized;
    }
}
