package dev.hardground.model;

/** How grave a threat is. */
public enum Severity implements Keyed {
    LOW, MEDIUM, HIGH, CRITICAL
}
