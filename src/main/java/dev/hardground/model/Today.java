package dev.hardground.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The evaluation's clock: the day the rules judge the world on. {@code asOf} is the scenario's
 * "what was known on this day", so {@code date.equals(asOf)} in a plain score and later in a simulation.
 */
public record Today(LocalDate date, LocalDate asOf, LocalDate horizon) {

    /** Years from today until {@code day} (negative when it has passed). */
    @Reads("date")
    public double yearsUntil(LocalDate day) {
        return years(date, day);
    }

    public static double years(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 365.25;
    }
}
