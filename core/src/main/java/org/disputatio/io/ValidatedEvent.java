package org.disputatio.io;

import java.util.Objects;
import org.disputatio.model.Event;
import org.disputatio.validation.ValidationReport;

/**
 * An event as read, with its validation report: what {@link EventReader#readAndValidate(java.nio.file.Path)}
 * returns.
 *
 * @param event the event as read
 * @param report what the validator found in it; it may hold errors
 */
public record ValidatedEvent(Event event, ValidationReport report) {

    /**
     * Both parts are required.
     *
     * @param event the event as read, not null
     * @param report its report, not null
     */
    public ValidatedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(report, "report");
    }
}
