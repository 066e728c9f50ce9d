package org.disputatio.cli;

/**
 * Input the command cannot use: an unknown sample, and later an unreadable file. Reported as one
 * line, {@code disputatio: error: <message>}, with exit code {@link ExitCodes#USAGE}.
 */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
