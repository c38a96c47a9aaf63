package dev.hardground.simulate;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over trials, kept as integers so that merging partial tallies from any number of threads, in any
 * order, gives the same totals. Memory grows with distinct collapse days and causes, never with trials.
 */
final class Tally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    long trials;
    long survived;
    final TreeMap<String, Long> causes = new TreeMap<>();
    final TreeMap<LocalDate, Long> collapseDays = new TreeMap<>();

    void add(TrialOutcome outcome) {
        trials++;
        if (outcome instanceof TrialOutcome.Collapsed c) {
            causes.merge(c.cause(), 1L, Long::sum);
            collapseDays.merge(c.date(), 1L, Long::sum);
        } else {
            survived++;
        }
    }

    void merge(Tally other) {
        trials += other.trials;
        survived += other.survived;
        other.causes.forEach((k, v) -> causes.merge(k, v, Long::sum));
        other.collapseDays.forEach((k, v) -> collapseDays.merge(k, v, Long::sum));
    }

    /** Trials still standing at the end of {@code day}. */
    long standingAfter(LocalDate day) {
        long collapsed = 0;
        for (Map.Entry<LocalDate, Long> e : collapseDays.headMap(day, true).entrySet()) {
            collapsed += e.getValue();
        }
        return trials - collapsed;
    }
}
