package dev.hardground.model;

/** How far an actor outside the signatories can act on its stance: its arms, votes, money or reach. */
public enum Capacity implements Keyed {
    LOW, MEDIUM, HIGH
}
