package dev.hardground.simulate;

import java.time.LocalDate;
import java.util.List;

/**
 * One sampled future as the rules judged it, before any background hazard is applied: the score in force
 * over each stretch of time, and the day a rule declared a collapse (null when none did before the horizon).
 * Because the world's course does not depend on the hazard, survival under any score → hazard link can be
 * computed from the path alone, which is what fitting the link needs. {@code story} is what happened on the way
 * (see {@link WorldState#story()}), for the anatomy of collapses.
 */
record TrialPath(List<Stretch> stretches, LocalDate ruleCollapse, String ruleCause, List<Happening> story)
        implements java.io.Serializable {

    /** Something that happened in the trial, and on which day. */
    record Happening(String fact, LocalDate day) implements java.io.Serializable {
    }

    /** A stretch of time over which one score held. */
    record Stretch(LocalDate from, LocalDate to, double score) implements java.io.Serializable {
    }

    TrialPath {
        stretches = List.copyOf(stretches);
        story = List.copyOf(story);
    }
}
