package org.disputatio.testkit;

import org.disputatio.io.EventReadException;

/**
 * What every read failure of every format must look like, for the tests of a format (Disputatio's
 * own JSON and XML, or yours): a reason, a path, a line and a column, and a message of the form
 * {@code SOURCE:LINE:COLUMN: reason (at path)}. Failures are plain {@link AssertionError}s.
 */
public final class ReadErrorAssertions {

    private ReadErrorAssertions() {
    }

    /**
     * Passes if the exception has a reason that is not blank, a path, a line and a column that
     * are not negative, and the message {@code <input>:LINE:COLUMN: reason (at path)} (the
     * source's name for {@code <input>} when it has one; no line or column when unknown, no
     * path when empty); and, when the text is given, if the line is one of its lines.
     *
     * @param e the exception a reader threw
     * @param text the document read, or null if unknown
     * @throws AssertionError saying what is wrong with the exception
     */
    public static void assertWellFormed(EventReadException e, String text) {
        if (e == null) {
            throw new AssertionError("expected a read exception, but it is null");
        }
        check(e.reason() != null, "the reason is null", e);
        check(!e.reason().isBlank(), "the reason is blank", e);
        check(e.path() != null, "the path is null", e);
        check(e.line() >= 0, "the line is negative: " + e.line(), e);
        check(e.column() >= 0, "the column is negative: " + e.column(), e);
        StringBuilder expected = new StringBuilder(e.source().orElse("<input>"));
        if (e.line() > 0) {
            expected.append(':').append(e.line());
            if (e.column() > 0) {
                expected.append(':').append(e.column());
            }
        }
        expected.append(": ").append(e.reason());
        if (!e.path().isEmpty()) {
            expected.append(" (at ").append(e.path()).append(')');
        }
        check(expected.toString().equals(e.getMessage()),
                "expected the message <" + expected + "> but it is <" + e.getMessage() + ">", e);
        if (text != null) {
            // a line ends at \n, \r\n or a lone \r, as the parsers count them
            long lines = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
            check(e.line() <= lines, "line " + e.line() + " of a document of " + lines + " lines", e);
        }
    }

    private static void check(boolean condition, String problem, EventReadException e) {
        if (!condition) {
            AssertionError error = new AssertionError("ill-formed read error: " + problem);
            error.initCause(e);
            throw error;
        }
    }
}
