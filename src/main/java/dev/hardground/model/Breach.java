package dev.hardground.model;

import java.time.LocalDate;

/**
 * A commitment broken during a simulation (drawn at its due day, or settled broken by a dynamics rule), with the
 * chance the scenario gives that its breach ends the deal ({@link Commitment#breachCollapse()}): what
 * {@code rules/dynamics} decides a breach's collapse from. A commitment the scenario already calls broken on asOf
 * has none: the deal stood that breach.
 */
public record Breach(String commitment, String by, Importance importance, double collapseChance, LocalDate date) {
}
