package dev.hardground.model;

/**
 * Someone who did not sign the agreement but can wreck or hold it up, keyed by its {@code code} in the
 * scenario's {@code actors} map (Stedman 1997 on spoilers; Fortna 2004 on peacekeepers).
 *
 * @param stance   the actor's stance toward the deal (default neutral)
 * @param capacity how far it can act on that stance (default medium)
 * @param campOf   the party whose governing camp or coalition the actor belongs to: a split inside the leader's
 *                 own camp (null: outside every party's camp)
 * @param troops   a peacekeeping force's size (null: not stated)
 * @param mandate  a peacekeeping force's mandate (null: not stated)
 * @param pays     whether a guarantor or lender puts money, troops or its own security behind the deal
 */
public record Actor(String code, String name, ActorKind kind, Stance stance, Capacity capacity, String campOf,
                    Integer troops, Mandate mandate, Boolean pays) {
    public Actor {
        name = name == null ? code : name;
        kind = kind == null ? ActorKind.OTHER : kind;
        stance = stance == null ? Stance.NEUTRAL : stance;
        capacity = capacity == null ? Capacity.MEDIUM : capacity;
        pays = pays != null && pays;
    }

    /** Whether the actor opposes the deal (sceptical or hostile). */
    @Reads("stance")
    public boolean opposed() {
        return stance == Stance.HOSTILE || stance == Stance.SKEPTICAL;
    }
}
