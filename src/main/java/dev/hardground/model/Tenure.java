package dev.hardground.model;

/**
 * A leader's position in office on the evaluation day, derived from {@link Leader} and {@link Today} so that
 * rules can compare plain numbers.
 *
 * @param party      the party's code
 * @param leader     the leader's name
 * @param yearsIn    years since the leader took office
 * @param yearsLeft  years until the current term ends (a large number when no term is fixed)
 * @param canStay    whether the leader may stay beyond the term: re-electable, or holding no fixed term
 * @param successor  whether the leader took office after the agreement was signed
 * @param stance     the leader's stance toward the agreement
 * @param pledgedToScrap whether the leader campaigned on scrapping the agreement
 */
public record Tenure(String party, String leader, double yearsIn, double yearsLeft, boolean canStay,
                     boolean successor, Stance stance, boolean pledgedToScrap) {
    /** Years left when a leader has no fixed term. */
    public static final double OPEN_ENDED = 99.0;
}
