package dev.hardground.model;

/**
 * A peacekeeping force's mandate, in Fortna's (2004, 2008) and Doyle &amp; Sambanis's (2000) typology: unarmed
 * observers, traditional (armed, interposed with consent), multidimensional (also building institutions) or
 * enforcement (Chapter VII, may use force beyond self-defence).
 */
public enum Mandate implements Keyed {
    OBSERVERS, TRADITIONAL, MULTIDIMENSIONAL, ENFORCEMENT;

    /** Whether the force carries arms and can stand between the parties. */
    public boolean armed() {
        return this != OBSERVERS;
    }
}
