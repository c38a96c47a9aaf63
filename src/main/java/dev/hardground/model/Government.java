package dev.hardground.model;

/**
 * How a party's leader is chosen, which decides who takes over when the leader leaves early: in a
 * parliamentary system the governing party picks a new head, in a monarchy or a one-party state an heir
 * of the same camp follows, in a presidential system the scenario or {@code rules/settings.drl} says.
 */
public enum Government implements Keyed {
    PRESIDENTIAL, PARLIAMENTARY, MONARCHY, ONE_PARTY
}
