package org.disputatio.io;

import java.util.Objects;

/**
 * Thrown when a writer refuses an event: a value the format requires is missing, a code is not
 * spelled as one, a time zone is an offset, a text holds a character no document may hold. The
 * model lets a messy event be built (validation reports what is wrong with it); writing it would
 * give a document that does not read back, so the writer stops and says where.
 *
 * <p>{@link #getMessage()} reads {@code cannot write people[2].name.family: the value is missing
 * and the JSON format requires it}; {@link #path()} is the property path, in the style of
 * validation findings, and {@link #reason()} the bare reason. An {@link IllegalArgumentException},
 * since the event given is what is wrong.
 */
public final class EventWriteException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The property path of the refused value, "" for the event itself. */
    private final String path;
    /** Why the value is refused, without the location. */
    private final String reason;

    private EventWriteException(String path, String reason) {
        super("cannot write " + (path.isEmpty() ? "the event" : path) + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /**
     * A value the writer refuses.
     *
     * @param path the property path of the value ({@code programme.days[0].items[3].kind}); "" for the event
     * @param reason why, without the location
     * @return the exception
     */
    public static EventWriteException at(String path, String reason) {
        return new EventWriteException(Objects.requireNonNull(path, "path"), Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Where the refused value is.
     *
     * @return the property path, "" for the event itself
     */
    public String path() {
        return path;
    }

    /**
     * Why the value is refused.
     *
     * @return the reason, without the location
     */
    public String reason() {
        return reason;
    }
}
