package org.disputatio.validation.internal;

import java.time.LocalDate;
import org.disputatio.model.Event;
import org.disputatio.model.ProgrammeDay;

/** Checks the rule {@code days-within-event}. */
public final class DaysWithinEventRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        LocalDate start = event.startDate();
        LocalDate end = event.endDate();
        if (start == null || end == null) {
            return;
        }
        var days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            ProgrammeDay day = days.get(d);
            if (day.date() != null && (day.date().isBefore(start) || day.date().isAfter(end))) {
                violations.add(PropertyPath.root().property("programme").element("days", d).property("date"),
                        "DaysWithinEvent.message", "date", day.date(), "startDate", start, "endDate", end);
            }
        }
    }
}
