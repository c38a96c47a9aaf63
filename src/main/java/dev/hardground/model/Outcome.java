package dev.hardground.model;

import java.time.LocalDate;

/**
 * What actually happened to a historical agreement by its horizon. {@code date} is the day it collapsed, or
 * for a censored outcome the last day it was known to be in force.
 */
public record Outcome(OutcomeStatus status, LocalDate date, String note) {
}
