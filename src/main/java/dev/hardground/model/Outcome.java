package dev.hardground.model;

import java.time.LocalDate;

/** What actually happened to a historical agreement by its horizon. */
public record Outcome(OutcomeStatus status, LocalDate date, String note) {
}
