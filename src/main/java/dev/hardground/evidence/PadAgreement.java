package dev.hardground.evidence;

import dev.hardground.model.Contested;
import dev.hardground.model.Mechanism;
import dev.hardground.model.PartyKind;
import dev.hardground.model.Provision;
import dev.hardground.model.Scope;
import java.time.LocalDate;
import java.util.List;

/**
 * One UCDP PAD row, read and checked: what was known on the signing day, plus the record's end date (null
 * while in force) and the day the data end. Blank optional cells are null.
 */
record PadAgreement(int line, String paid, String name, LocalDate signed, Scope scope, Boolean inclusive,
                    Contested contested, Double polyarchy, List<Provision> provisions, List<Mechanism> mechanisms,
                    List<Actor> parties, LocalDate ended, LocalDate censor, String conflict) {

    /** A warring party: its name as UCDP writes it, its kind, and whether it signed. */
    record Actor(String name, PartyKind kind, boolean signed) {
    }

    /**
     * Whether this agreement, signed earlier in the same conflict, had ended by {@code day} (the signing day of a
     * later one): what anyone could know of it that day. An agreement that ended on that very day counts as ended.
     */
    boolean endedBy(LocalDate day) {
        return ended != null && !ended.isAfter(day);
    }

    /** Follow-up ends five years after signing, or when the data end if that comes first. */
    LocalDate horizon() {
        LocalDate five = signed.plusYears(5);
        return censor.isBefore(five) ? censor : five;
    }
}
