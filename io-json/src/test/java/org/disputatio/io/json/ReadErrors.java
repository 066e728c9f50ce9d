package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disputatio.io.EventReadException;

/** What every read failure of every format must look like; shared with io-xml's tests through the test jar. */
public final class ReadErrors {
    private ReadErrors() {
    }

    /**
     * Reason, path, line and column are there, and the message is
     * {@code <input>:LINE:COLUMN: reason (at path)}; when the text is given, the line is one of its lines.
     */
    public static void assertWellFormed(EventReadException e, String text) {
        assertNotNull(e.reason(), "reason");
        assertFalse(e.reason().isBlank(), "blank reason");
        assertNotNull(e.path(), "path");
        assertTrue(e.line() >= 0, () -> "line " + e.line());
        assertTrue(e.column() >= 0, () -> "column " + e.column());
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
        assertEquals(expected.toString(), e.getMessage());
        if (text != null) {
            // a line ends at \n, \r\n or a lone \r, as the parser counts them
            long lines = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
            assertTrue(e.line() <= lines, () -> "line " + e.line() + " of a document of " + lines + " lines: " + e);
        }
    }
}
