package org.disputatio.cli;

import java.util.Objects;
import org.disputatio.model.Event;

/**
 * An event a command was given, with a label that tells the user where it came from
 * ({@code sample unesco-2017}, or the file's name).
 *
 * @param label where the event came from, as the user is told it
 * @param event the event
 */
public record Input(String label, Event event) {

    /**
     * Refuses a null label or event.
     *
     * @param label where the event came from
     * @param event the event
     * @throws NullPointerException if the label or the event is null
     */
    public Input {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(event, "event");
    }
}
