package dev.hardground.model;

import java.time.LocalDate;

/**
 * A promise one party made as part of the deal.
 *
 * @param voluntary whether it rests on others' goodwill (companies, donors) rather than the state's own act
 * @param chance    the analyst's probability that it is kept by {@code due}
 */
public record Commitment(String id, String by, String what, Boolean voluntary, CommitmentStatus status,
                         Double chance, LocalDate due) {
    public Commitment {
        voluntary = voluntary != null && voluntary;
        status = status == null ? CommitmentStatus.ANNOUNCED : status;
        chance = chance == null ? defaultChance(status) : chance;
    }

    private static double defaultChance(CommitmentStatus status) {
        return switch (status) {
            case FULFILLED -> 1.0;
            case BROKEN -> 0.0;
            default -> 0.5;
        };
    }

    public boolean pending() {
        return status == CommitmentStatus.ANNOUNCED || status == CommitmentStatus.IN_PROGRESS;
    }

    public Commitment withStatus(CommitmentStatus newStatus) {
        return new Commitment(id, by, what, voluntary, newStatus, chance, due);
    }
}
