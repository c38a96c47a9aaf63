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
 * @param importance how much of the bargain it carries: core, supporting (the default) or aspirational
 * @param owedBy    the non-signatory actor (a key of {@code actors}) that owes it instead of a party: a UN force, a
 *                  lender, a guarantor; null when a party ({@code by}) owes it
 * @param breachCollapse the chance that the deal ends when this commitment is broken (1: its breach ends the deal;
 *                  0, the default: the breach only costs points). A breach drawn in a simulation ends the deal
 *                  with this chance ({@code rules/dynamics/breaches.drl}); one already broken on asOf does not.
 * @param conditionalOn another dispute the commitment is conditional on (linkage), in words; null when none
 */
public record Commitment(String id, String by, String what, Boolean voluntary, CommitmentStatus status,
                         @Probability Double chance, LocalDate due, Boolean ratifies, LocalDate graceUntil,
                         Importance importance, String owedBy, @Probability Double breachCollapse,
                         String conditionalOn) {
    public Commitment {
        voluntary = voluntary != null && voluntary;
        ratifies = ratifies != null && ratifies;
        status = status == null ? CommitmentStatus.ANNOUNCED : status;
        chance = chance == null ? defaultChance(status) : chance;
        importance = importance == null ? Importance.SUPPORTING : importance;
        breachCollapse = breachCollapse == null ? 0.0 : breachCollapse;
    }

    private static double defaultChance(CommitmentStatus status) {
        return switch (status) {
            case FULFILLED -> 1.0;
            case BROKEN -> 0.0;
            default -> 0.5;
        };
    }

    @Reads("status")
    public boolean pending() {
        return status == CommitmentStatus.ANNOUNCED || status == CommitmentStatus.IN_PROGRESS;
    }

    /** Whether someone other than a party owes it (a force, lender or guarantor): not a party's own act. */
    @Reads("owedBy")
    public boolean thirdParty() {
        return owedBy != null;
    }

    /** Whether the parties still accept its keeping on {@code day}: not yet due, or due but within its grace. */
    @Reads("graceUntil")
    public boolean inGrace(LocalDate day) {
        return graceUntil != null && !graceUntil.isBefore(day);
    }

    public Commitment withStatus(CommitmentStatus newStatus) {
        return new Commitment(id, by, what, voluntary, newStatus, chance, due, ratifies, graceUntil, importance,
                owedBy, breachCollapse, conditionalOn);
    }

    public Commitment withBreachCollapse(double chanceOfCollapse) {
        return new Commitment(id, by, what, voluntary, status, chance, due, ratifies, graceUntil, importance,
                owedBy, chanceOfCollapse, conditionalOn);
    }
}
