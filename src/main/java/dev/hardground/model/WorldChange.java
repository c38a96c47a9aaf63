package dev.hardground.model;

/**
 * A change a {@code rules/dynamics} rule makes to the world during a simulation, traced to the rule: a
 * pending commitment kept or broken, or a leader's stance changed. The simulator applies it and judges the
 * world again, so later steps see it.
 *
 * @param kind   what changes
 * @param target the commitment id or the party code
 * @param value  the new status or stance, as written in scenario files
 */
public record WorldChange(String rule, String file, int line, Kind kind, String target, String value, String reason) {

    public enum Kind implements Keyed {
        COMMITMENT, STANCE
    }
}
