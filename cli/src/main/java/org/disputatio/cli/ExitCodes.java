package org.disputatio.cli;

import org.disputatio.validation.ValidationReport;

/** The exit codes of {@code disputatio}, and the one place that decides them. */
public final class ExitCodes {

    /** Success; a validation with warnings and no errors. */
    public static final int OK = 0;
    /** A validated event has errors. */
    public static final int INVALID = 1;
    /** Bad usage (unknown option, missing argument) or input that cannot be read. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }

    /**
     * {@link #OK} when the report has no errors (warnings allowed), else {@link #INVALID}.
     *
     * @param report a validation report
     * @return the exit code for that report
     */
    public static int of(ValidationReport report) {
        return report.isValid() ? OK : INVALID;
    }

    /**
     * The more serious of two exit codes, for a command that handles several inputs.
     *
     * @param a one exit code
     * @param b another exit code
     * @return the higher of the two, since a higher code is the more serious
     */
    public static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
