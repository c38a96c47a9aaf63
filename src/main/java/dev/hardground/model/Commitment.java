package dev.hardground.model;

import java.time.LocalDate;

/**
 * A promise one party made as part of the deal.
 *
 * @param voluntary whether it rests on others' goodwill (companies, donors) rather than the state's own act
 * @param chance    the analyst's probability that it is kept by {@code due}
 * @param ratifies  whether keeping it is the party's legislative approval of the agreement: once every such
 *                  commitment is fulfilled, the agreement counts as ratified
 * @param graceUntil late but kept: the parties accept the commitment's keeping up to this day, so it is not broken
 *                  at {@code due} and the simulator settles it here instead (null: no grace)
 */
public record Commitment(String id, String by, String what, Boolean voluntary, CommitmentStatus status,
                         @Probability Double chance, LocalDate due, Boolean ratifies, LocalDate graceUntil) {
    public Commitment {
        voluntary = voluntary != null && voluntary;
        ratifies = ratifies != null && ratifies;
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
        return new Commitment(id, by, what, voluntary, newStatus, chance, due, ratifies, graceUntil);
    }
}
