package org.disputatio.cli;

import java.util.Objects;
import org.disputatio.model.Event;

/**
 * An event a command was given, with a label that tells the user where it came from
 * ({@code sample unesco-2017}; later a file name).
 */
public record Input(String label, Event event) {

    public Input {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(event, "event");
    }
}
