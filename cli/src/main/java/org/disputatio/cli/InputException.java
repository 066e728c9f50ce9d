package org.disputatio.cli;

/**
 * Input the command cannot use: an unknown sample, a file whose name does not tell its format,
 * several inputs where one is expected, an output directory that is a file. Reported as one
 * line, {@code disputatio: error: <message>}, with exit code {@link ExitCodes#USAGE}.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Input the command cannot use, for this reason.
     *
     * @param message what is wrong, as the user reads it after {@code disputatio: error: }
     */
    public InputException(String message) {
        super(message);
    }

    /**
     * Input the command cannot use, for this reason and this underlying failure.
     *
     * @param message what is wrong, as the user reads it after {@code disputatio: error: }
     * @param cause the failure that made the input unusable
     */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
