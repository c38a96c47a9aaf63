package dev.hardground.simulate;

import java.time.LocalDate;

/** How one simulated future ended. */
sealed interface TrialOutcome {

    /** The agreement was still standing at the horizon. */
    record Survived() implements TrialOutcome {
    }

    /** The agreement collapsed on {@code date}; {@code cause} is the rule that declared it, or the background hazard. */
    record Collapsed(LocalDate date, String cause) implements TrialOutcome {
    }
}
