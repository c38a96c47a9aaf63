package dev.hardground.simulate;

import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The fixed days on which a trial stops to update the world and evaluate the rules: every event date, every
 * yearly checkpoint from asOf, each commitment's due date, each leader's scheduled term end, and the horizon.
 * Sampled early exits add days of their own in each trial.
 */
final class Timeline {
    private Timeline() {
    }

    static List<LocalDate> days(Scenario scenario, LocalDate horizon) {
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate asOf = scenario.asOf();
        for (int k = 1; !asOf.plusYears(k).isAfter(horizon); k++) {
            days.add(asOf.plusYears(k));
        }
        for (Event e : scenario.events()) {
            days.add(e.date());
        }
        for (Commitment c : scenario.commitments()) {
            days.add(dueDay(c, asOf));
        }
        for (Party p : scenario.parties().values()) {
            if (p.leader().termEnds() != null) {
                days.add(p.leader().termEnds());
            }
        }
        days.add(horizon);
        return List.copyOf(days.subSet(asOf, false, horizon, true));
    }

    /** When a pending commitment is settled: its due date, or a year after asOf when it has none. */
    static LocalDate dueDay(Commitment c, LocalDate asOf) {
        return c.due() != null ? c.due() : asOf.plusYears(1);
    }
}
