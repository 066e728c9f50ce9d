package org.disputatio.examples;

import java.time.LocalDate;
import org.disputatio.model.Event;

/** PLACEHOLDER: to be encoded from ../shared/sources. */
public final class SaintCyrSymposium2014 {
    private SaintCyrSymposium2014() {
    }

    public static Event event() {
        return Event.builder("saint-cyr-2014").date(LocalDate.of(2000, 1, 1)).build();
    }
}
