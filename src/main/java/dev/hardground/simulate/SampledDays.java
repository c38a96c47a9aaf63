package dev.hardground.simulate;

import dev.hardground.model.Event;
import dev.hardground.model.Party;
import dev.hardground.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days a trial samples for itself, on top of the fixed {@link Timeline}: early exits, the early elections
 * that end interims, and undated risks, each from the trial's addressed random numbers.
 */
final class SampledDays {
    private final Scenario scenario;
    private final LocalDate horizon;
    private final Map<String, Integer> exitPurpose = new HashMap<>();
    /** Purposes of the numbers that decide whether an undated risk happens in a year. */
    private final int[] undatedPurpose;

    SampledDays(Scenario scenario, LocalDate horizon) {
        this.scenario = scenario;
        this.horizon = horizon;
        for (String code : scenario.parties().keySet()) {
            exitPurpose.put(code, ("exit:" + code).hashCode());
        }
        this.undatedPurpose = scenario.events().stream().mapToInt(e -> ("undated:" + e.id()).hashCode()).toArray();
    }

    /** The early elections that end interims: the exit's day plus the party's interim, for parties that have one. */
    Map<LocalDate, List<String>> interims(Map<LocalDate, List<String>> exits) {
        Map<LocalDate, List<String>> out = new TreeMap<>();
        exits.forEach((day, codes) -> {
            for (String code : codes) {
                Integer days = scenario.parties().get(code).succession().interimDays();
                if (days != null) {
                    out.computeIfAbsent(day.plusDays(days), d -> new ArrayList<>()).add(code);
                }
            }
        });
        return out;
    }

    /**
     * Undated risks of this trial (event index and year, by day): each year, each event with a yearly chance happens with that chance, on the
     * first day of a month within that year (as early exits).
     */
    Map<LocalDate, List<int[]>> undated(RandomStream random) {
        Map<LocalDate, List<int[]>> out = new TreeMap<>();
        List<Event> events = scenario.events();
        for (int i = 0; i < events.size(); i++) {
            Double chance = events.get(i).perYear();
            if (chance == null || chance <= 0) {
                continue;
            }
            for (int year = 0; scenario.asOf().plusYears(year).isBefore(horizon); year++) {
                double u = random.uniform(undatedPurpose[i], year);
                if (u < chance) {
                    LocalDate day = monthIn(year, u / chance);
                    if (day.isBefore(horizon)) {
                        out.computeIfAbsent(day, d -> new ArrayList<>()).add(new int[] {i, year});
                    }
                }
            }
        }
        return out;
    }

    /** The first day of the month after the month a fraction {@code f} of the way through year {@code year} from asOf. */
    private LocalDate monthIn(int year, double f) {
        return scenario.asOf().plusYears(year).plusMonths((long) (f * 12)).withDayOfMonth(1).plusMonths(1);
    }

    /**
     * Early exits of this trial: each year, each leader leaves with the party's earlyExitChance, on the first
     * day of a month within that year (a month's resolution keeps worlds comparable across trials).
     */
    Map<LocalDate, List<String>> exits(RandomStream random) {
        Map<LocalDate, List<String>> exits = new TreeMap<>();
        for (Party party : scenario.parties().values()) {
            double chance = party.earlyExitChance();
            if (chance <= 0) {
                continue;
            }
            for (int year = 0; scenario.asOf().plusYears(year).isBefore(horizon); year++) {
                double u = random.uniform(exitPurpose.get(party.code()), year);
                if (u < chance) {
                    LocalDate day = monthIn(year, u / chance);
                    if (day.isBefore(horizon)) {
                        exits.computeIfAbsent(day, d -> new ArrayList<>()).add(party.code());
                    }
                }
            }
        }
        return exits;
    }
}
