package dev.hardground.model;

/**
 * What kind of actor a party is: a state (with a government, terms and elections) or a non-state armed group
 * (a rebel movement: no term, no elections, a leader that may be unknown).
 */
public enum PartyKind implements Keyed {
    STATE, ARMED_GROUP
}
