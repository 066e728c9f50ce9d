package org.disputatio.validation;

import java.util.Objects;

/**
 * One problem found in an event.
 *
 * @param severity whether the problem makes the event wrong, or only incomplete
 * @param path where it is, as a property path from the event: {@code programme.days[0].items[3].start};
 *     empty for the event as a whole
 * @param message what is wrong, in the validator's language
 * @param constraint the simple name of the constraint that found it ({@code TimesInOrder}, {@code NotBlank})
 */
public record Finding(Severity severity, String path, String message, String constraint) {

    /**
     * Refuses a null part.
     *
     * @param severity error or warning
     * @param path the property path, {@code ""} for the whole event
     * @param message what is wrong
     * @param constraint the constraint's simple name
     * @throws NullPointerException if a part is null
     */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** Reads as {@code ERROR programme.days[0].items[3].start: starts at 09:00, ...}. */
    @Override
    public String toString() {
        return severity + " " + (path.isEmpty() ? "(event)" : path) + ": " + message;
    }
}
