package dev.hardground.model;

/** Which way a quantity is moving. */
public enum Trend implements Keyed {
    FALLING, FLAT, RISING
}
