package dev.hardground.model;

import java.time.LocalDate;

/**
 * A sampled event that has happened by the evaluation day, with the outcome drawn for it: what
 * {@code rules/dynamics} reacts to during a simulation.
 */
public record Occurred(String event, EventKind kind, String party, String outcome, LocalDate date) {
}
