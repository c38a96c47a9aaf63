package dev.hardground.model;

/**
 * The war an agreement pauses or ends, as it stood on the signing day.
 *
 * @param contested   what the fighting is over; null when not stated
 * @param deaths      battle deaths of the conflict up to signing; null when not known
 * @param battlefield how the fighting stood (default unknown)
 * @param polyarchy   V-Dem's electoral-democracy index of the country at war, 0..1; null when not known
 */
public record ConflictContext(Contested contested, Integer deaths, Battlefield battlefield, Double polyarchy) {
    public ConflictContext {
        battlefield = battlefield == null ? Battlefield.UNKNOWN : battlefield;
    }
}
