package dev.hardground.cli;

/** The process exit codes; the same table is in the README. */
public enum ExitCode {
    /** Everything ran and every expectation held. */
    OK(0),
    /** An expectation failed (batch), or a change was found with --fail-on-change (diff). */
    EXPECTATION_FAILED(1),
    /** Bad usage or invalid input: YAML, DRL, overrides, arguments, paths. */
    INVALID_INPUT(2),
    /** A bug in hardground. */
    INTERNAL_ERROR(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Invalid input outranks a failed expectation, which outranks success. */
    public static ExitCode worst(boolean invalidInput, boolean expectationFailed) {
        return invalidInput ? INVALID_INPUT : expectationFailed ? EXPECTATION_FAILED : OK;
    }
}
