package dev.hardground.simulate;

import dev.hardground.model.Commitment;
import dev.hardground.model.Event;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import dev.hardground.model.SimulationSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The fixed days on which a trial stops to update the world and evaluate the rules: every dated event's day
 * (each day of a repeating one), every yearly checkpoint from asOf, each commitment's settling day, each
 * leader's scheduled term end, and the horizon. Sampled early exits and undated risks add days of their own
 * in each trial.
 */
final class Timeline {
    private Timeline() {
    }

    static List<LocalDate> days(Scenario scenario, LocalDate horizon, SimulationSettings settings) {
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate asOf = scenario.asOf();
        for (int k = 1; !asOf.plusYears(k).isAfter(horizon); k++) {
            days.add(asOf.plusYears(k));
        }
        for (Event e : scenario.events()) {
            days.addAll(occurrences(e, horizon));
        }
        for (Commitment c : scenario.commitments()) {
            days.add(dueDay(c, asOf, settings));
        }
        for (Party p : scenario.parties().values()) {
            if (p.leader().termEnds() != null) {
                days.add(p.leader().termEnds());
            }
        }
        days.add(horizon);
        return List.copyOf(days.subSet(asOf, false, horizon, true));
    }

    /** The days a dated event happens up to the horizon: its date, and every {@code every} days after for a repeating one. */
    static List<LocalDate> occurrences(Event e, LocalDate horizon) {
        if (!e.dated()) {
            return List.of();
        }
        if (e.every() == null) {
            return List.of(e.date());
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = e.date(); !d.isAfter(horizon); d = d.plusDays(e.every())) {
            out.add(d);
        }
        return out;
    }

    /**
     * When a pending commitment is settled: the end of its grace period, else its due date, else
     * {@link SimulationSettings#undueCommitmentYears()} after asOf.
     */
    static LocalDate dueDay(Commitment c, LocalDate asOf, SimulationSettings settings) {
        if (c.graceUntil() != null) {
            return c.graceUntil();
        }
        if (c.due() != null) {
            return c.due();
        }
        double years = settings.undueCommitmentYears();
        return years == Math.rint(years) ? asOf.plusYears((long) years) : asOf.plusDays(Math.round(years * 365.25));
    }
}
