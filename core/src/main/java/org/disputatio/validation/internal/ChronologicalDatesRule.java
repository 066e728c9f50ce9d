package org.disputatio.validation.internal;

import org.disputatio.model.Event;

/** Checks the rule {@code chronological-dates}. */
public final class ChronologicalDatesRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        if (event.startDate() != null && event.endDate() != null && event.endDate().isBefore(event.startDate())) {
            violations.add(PropertyPath.root().property("endDate"), "ChronologicalDates.message",
                    "endDate", event.endDate(), "startDate", event.startDate());
        }
    }
}
