package dev.hardground.scenario;

import dev.hardground.model.Actor;
import dev.hardground.model.ActorKind;
import dev.hardground.model.Camp;
import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.EventKind;
import dev.hardground.model.Scenario;
import dev.hardground.model.Succession;
import dev.hardground.model.Suggestions;
import java.util.Set;

/**
 * The cross-field checks of the vocabulary hardground 0.2 added (non-signatory actors, commitments they owe, grace
 * periods, succession, repeating and undated events), apart from {@link Validator}'s core ones. Errors go to the validator, located at the path.
 */
final class VocabularyChecks {
    /** Where the checks report: an error at a scenario path, and a reference to a party that must exist. */
    interface Errors {
        void errorAt(String path, String suffix, String message);

        void reference(Set<String> parties, String code, String path);
    }

    private final Errors errors;

    VocabularyChecks(Errors errors) {
        this.errors = errors;
    }

    /** Non-signatories: a camp names a party, a force's size and mandate and a backer's payment fit its kind. */
    void actors(Scenario s, Set<String> parties) {
        for (Actor a : s.actors().values()) {
            String path = "actors." + a.code();
            if (a.campOf() != null) {
                errors.reference(parties, a.campOf(), path + ".campOf");
            }
            if (parties.contains(a.code())) {
                errors.errorAt(path, "#key", "actor '" + a.code() + "' has a party's code: a party signed the deal, an"
                        + " actor did not; give it another code");
            }
            if (a.kind() != ActorKind.PEACEKEEPING_FORCE && (a.troops() != null || a.mandate() != null)) {
                errors.errorAt(path + (a.troops() != null ? ".troops" : ".mandate"), "", "'troops' and 'mandate' describe"
                        + " a peacekeeping force; actor '" + a.code() + "' is a " + a.kind().key()
                        + " (write kind: peacekeeping-force)");
            }
            if (a.troops() != null && a.troops() < 0) {
                errors.errorAt(path + ".troops", "", "'" + path + ".troops' is " + a.troops()
                        + ": a force's size cannot be negative");
            }
            if (a.pays() && a.kind() != ActorKind.GUARANTOR && a.kind() != ActorKind.LENDER) {
                errors.errorAt(path + ".pays", "", "'pays' says a guarantor or lender backs the deal with its own money"
                        + " or forces; actor '" + a.code() + "' is a " + a.kind().key());
            }
        }
    }

    /** A commitment owed by an actor names no party and a declared actor; a grace period ends after the due day. */
    void commitment(Commitment c, String path, Scenario s) {
        if (c.owedBy() != null) {
            if (c.by() != null) {
                errors.errorAt(path + ".owedBy", "", "commitment '" + c.id() + "' names both 'by' (a party) and"
                        + " 'owedBy' (an actor that did not sign): a commitment is owed by one of them");
            } else if (!s.actors().containsKey(c.owedBy())) {
                errors.errorAt(path + ".owedBy", "", "unknown actor '" + c.owedBy() + "'"
                        + Suggestions.hint(c.owedBy(), s.actors().keySet()) + (s.actors().isEmpty()
                        ? " (declare it under 'actors:')" : " (actors: " + String.join(", ", s.actors().keySet()) + ")"));
            }
        }
        if (c.graceUntil() != null && c.due() != null && c.graceUntil().isBefore(c.due())) {
            errors.errorAt(path + ".graceUntil", "", "grace period ends " + c.graceUntil()
                    + ", before the commitment is due on " + c.due());
        }
    }

    /** An interim lasts at least a day and is of the outgoing leader's camp. */
    void succession(Succession succession, String path) {
        if (succession.interimDays() != null && succession.interimDays() < 1) {
            errors.errorAt(path + ".interimDays", "", "an interim of " + succession.interimDays()
                    + " days; it must last at least a day");
        }
        if (succession.interimDays() != null && succession.earlyExit() == Camp.OTHER_CAMP) {
            errors.errorAt(path + ".earlyExit", "", "an interim leader is of the outgoing leader's camp; "
                    + "earlyExit: other-camp and interimDays contradict each other");
        }
    }

    /** Shortest period of a repeating event, in days: a week. */
    static final int MIN_EVERY_DAYS = 7;

    /**
     * A repeating event's period is at least {@link #MIN_EVERY_DAYS}; a risk with no date has a yearly chance in
     * (0, 1] and neither a date nor a period, and is of a kind that can happen unannounced.
     */
    void timing(Event e, String path) {
        if (e.every() != null && e.every() < MIN_EVERY_DAYS) {
            errors.errorAt(path + ".every", "", "an event repeats every " + e.every() + " days; the shortest period is "
                    + MIN_EVERY_DAYS + " days (it keeps a trial's steps bounded)");
        }
        if (e.perYear() == null) {
            return;
        }
        if (!(e.perYear() > 0 && e.perYear() <= 1)) {
            errors.errorAt(path + ".perYear", "", "perYear " + e.perYear() + " is not a yearly chance in (0, 1]");
        }
        if (e.date() != null) {
            errors.errorAt(path + ".date", "", "an event with a yearly chance (perYear) has no date; give one or the other");
        }
        if (e.every() != null) {
            errors.errorAt(path + ".every", "", "an event with a yearly chance (perYear) does not repeat on a period");
        }
        if (e.kind() == EventKind.ELECTION || e.kind() == EventKind.RENEWAL || e.kind() == EventKind.EXPIRY) {
            errors.errorAt(path + ".perYear", "", "a " + e.kind().key() + " has a date; only shocks, provocations, rulings"
                    + " and leader exits can be undated");
        }
    }
}
