package dev.hardground.model;

import java.util.Arrays;

/**
 * Why an earlier deal failed, as rules match it. A scenario writes a precedent's {@code cause} as free text;
 * the text that is one of these keys (such as {@code leader-change}) names the cause, any other text is
 * {@link #OTHER} and stays as written for the reader.
 */
public enum PrecedentCause implements Keyed {
    /** Undone after a change of leader. */
    LEADER_CHANGE,
    /** Fighting resumed between the parties. */
    FIGHTING_RESUMED,
    /** Rejected at home: by a legislature, by victims or survivors, by the public. */
    REJECTED_AT_HOME,
    /** Never implemented. */
    NEVER_IMPLEMENTED,
    /** Any other cause, or none stated. */
    OTHER;

    /** The cause a precedent's text names: the constant whose key it is, otherwise {@link #OTHER}. */
    public static PrecedentCause of(String text) {
        if (text == null) {
            return OTHER;
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(c -> c != OTHER && c.key().equals(t)).findFirst().orElse(OTHER);
    }
}
