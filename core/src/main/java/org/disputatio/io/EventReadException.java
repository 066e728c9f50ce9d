package org.disputatio.io;

import java.util.Optional;

/**
 * The one exception every Disputatio reader throws when a document cannot be read: malformed
 * or truncated input, a value of the wrong type, a missing or unknown property, a limit
 * exceeded, an I/O failure. It says what is wrong and where: the source (a file name, when
 * known), the line and column, and the path of the value within the document.
 *
 * <p>{@link #getMessage()} reads {@code events.json:12:7: expected a string (at programme.days[0].date)};
 * {@link #reason()} is the bare reason. Line and column start at 1; they are 0 when unknown.
 * Reading never throws anything else for bad input: no {@code NullPointerException}, no parser
 * exception of the underlying library.
 */
public class EventReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String path;
    private final String reason;

    /**
     * @param reason what is wrong, without the location
     * @param source the name of the input (a file name), or null when it has none
     * @param line 1-based line, 0 if unknown
     * @param column 1-based column, 0 if unknown
     * @param path the path of the value in the document ({@code programme.days[0].date}), or "" for the root
     * @param cause the underlying failure, or null
     */
    public EventReadException(String reason, String source, long line, long column, String path, Throwable cause) {
        super(format(reason, source, line, column, path), cause);
        this.reason = reason;
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
    }

    private static String format(String reason, String source, long line, long column, String path) {
        StringBuilder out = new StringBuilder();
        out.append(source == null ? "<input>" : source);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(reason);
        if (path != null && !path.isEmpty()) {
            out.append(" (at ").append(path).append(')');
        }
        return out.toString();
    }

    /** The same failure attributed to a named source, such as the file it was read from. */
    public EventReadException withSource(String source) {
        EventReadException renamed = new EventReadException(reason, source, line, column, path, getCause());
        renamed.setStackTrace(getStackTrace());
        return renamed;
    }

    /** The same failure at another line, for a document that is one line of a larger input. */
    public EventReadException atLine(long line) {
        EventReadException moved = new EventReadException(reason, source, line, column, path, getCause());
        moved.setStackTrace(getStackTrace());
        return moved;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    /** The name of the input, when it has one. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The 1-based line, or 0 when unknown. */
    public long line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public long column() {
        return column;
    }

    /** The path of the offending value in the document, "" for the document itself. */
    public String path() {
        return path;
    }
}
