package org.disputatio.examples;

import java.time.LocalDate;
import org.disputatio.model.Event;

/** PLACEHOLDER: to be encoded from ../shared/sources. */
public final class UnescoConference2017 {
    private UnescoConference2017() {
    }

    public static Event event() {
        return Event.builder("unesco-2017").date(LocalDate.of(2000, 1, 1)).build();
    }
}
