package org.disputatio.validation.internal;

import org.disputatio.model.Event;
import org.disputatio.validation.constraints.ChronologicalDates;

/** Checks {@link ChronologicalDates}. */
public final class ChronologicalDatesValidator extends EventRule<ChronologicalDates> {
    @Override
    public void check(Event event, Sink violations) {
        if (event.startDate() != null && event.endDate() != null && event.endDate().isBefore(event.startDate())) {
            violations.add(PropertyPath.root().property("endDate"), "ChronologicalDates.message",
                    "endDate", event.endDate(), "startDate", event.startDate());
        }
    }
}
