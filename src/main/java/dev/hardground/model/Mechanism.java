package dev.hardground.model;

/** Institutional mechanisms that make agreements self-enforcing (Fortna 2003). */
public enum Mechanism implements Keyed {
    MONITORING, JOINT_COMMISSION, GUARANTEE, PEACEKEEPERS, DMZ, DISPUTE_RESOLUTION
}
