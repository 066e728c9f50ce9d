package org.disputatio.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
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
public final class EventReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The name of the input, or null when it has none. */
    private final String source;
    /** The 1-based line, 0 if unknown. */
    private final long line;
    /** The 1-based column, 0 if unknown. */
    private final long column;
    /** The path of the offending value, "" for the document itself; never null. */
    private final String path;
    /** What is wrong, without the location. */
    private final String reason;

    private EventReadException(String reason, String source, long line, long column, String path, Throwable cause) {
        super(format(reason, source, line, column, path), cause);
        this.reason = reason;
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
    }

    /**
     * A problem at a place in the document; the source is named later, by whoever knows it
     * ({@link #withSource(String)}).
     *
     * @param reason what is wrong, without the location
     * @param line 1-based line, 0 if unknown
     * @param column 1-based column, 0 if unknown
     * @param path the path of the value in the document ({@code programme.days[0].date}), or "" for the root
     * @return the exception
     */
    public static EventReadException at(String reason, long line, long column, String path) {
        return new EventReadException(reason, null, line, column, path, null);
    }

    /**
     * A problem at a place in the document, found as another failure (of the parser, say).
     *
     * @param reason what is wrong, without the location
     * @param line 1-based line, 0 if unknown
     * @param column 1-based column, 0 if unknown
     * @param path the path of the value in the document, or "" for the root
     * @param cause the underlying failure, or null
     * @return the exception
     */
    public static EventReadException at(String reason, long line, long column, String path, Throwable cause) {
        return new EventReadException(reason, null, line, column, path, cause);
    }

    /**
     * A file that cannot be opened or read at all: missing, a directory, not readable.
     *
     * @param file the file
     * @param cause the failure
     * @return the exception, whose source is the file's name and whose reason says what is wrong
     *     in words ({@code cannot read the file: no such file})
     */
    public static EventReadException unreadableFile(Path file, IOException cause) {
        return new EventReadException("cannot read the file: " + describe(cause), file.toString(), 0, 0, "", cause);
    }

    /**
     * An I/O failure in words, without the exception's class: {@code no such file},
     * {@code permission denied}, {@code is a directory}, else the failure's own message.
     */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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

    /**
     * The same failure attributed to a named source, such as the file it was read from.
     *
     * @param source the name of the input, or null for none
     * @return a new exception with the same reason, position, path, cause and stack trace
     */
    public EventReadException withSource(String source) {
        EventReadException renamed = new EventReadException(reason, source, line, column, path, getCause());
        renamed.setStackTrace(getStackTrace());
        return renamed;
    }

    /**
     * The same failure at another line, for a document that is one line of a larger input.
     *
     * @param line the 1-based line in the larger input, 0 if unknown
     * @return a new exception with the same reason, source, column, path, cause and stack trace
     */
    public EventReadException atLine(long line) {
        EventReadException moved = new EventReadException(reason, source, line, column, path, getCause());
        moved.setStackTrace(getStackTrace());
        return moved;
    }

    /**
     * What is wrong, without the location.
     *
     * @return the bare reason ({@code expected a string})
     */
    public String reason() {
        return reason;
    }

    /**
     * The name of the input, when it has one.
     *
     * @return the source name, such as a file name, or empty for an unnamed stream or string
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The 1-based line, or 0 when unknown.
     *
     * @return the line of the failure
     */
    public long line() {
        return line;
    }

    /**
     * The 1-based column, or 0 when unknown.
     *
     * @return the column of the failure
     */
    public long column() {
        return column;
    }

    /**
     * The path of the offending value in the document, "" for the document itself.
     *
     * @return the path ({@code programme.days[0].date}), never null
     */
    public String path() {
        return path;
    }
}
