package dev.hardground.model;

/**
 * An actor that did not sign but bears on the deal: a hardline faction, an excluded government or an armed wing
 * that can wreck it; a peacekeeping force, a guarantor or a lender that keeps it up; anything else.
 */
public enum ActorKind implements Keyed {
    FACTION, EXCLUDED_GOVERNMENT, ARMED_WING, PEACEKEEPING_FORCE, GUARANTOR, LENDER, OTHER;

    /** Whether the actor is an outside force or backer rather than a possible spoiler. */
    public boolean enforcer() {
        return this == PEACEKEEPING_FORCE || this == GUARANTOR || this == LENDER;
    }
}
