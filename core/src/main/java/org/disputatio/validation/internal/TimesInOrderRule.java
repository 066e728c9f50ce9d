package org.disputatio.validation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.ProgrammeDay;

/** Checks the rule {@code times-in-order} in one pass over the programme. */
public final class TimesInOrderRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        List<ProgrammeDay> days = event.programme().days();
        LocalDate previousDate = null;
        for (int d = 0; d < days.size(); d++) {
            PropertyPath dayPath = PropertyPath.root().property("programme").element("days", d);
            ProgrammeDay day = days.get(d);
            if (day.date() != null) {
                if (previousDate != null && !day.date().isAfter(previousDate)) {
                    violations.add(dayPath.property("date"), "TimesInOrder.dayOutOfOrder",
                            "date", day.date(), "previous", previousDate);
                }
                previousDate = day.date();
            }
            checkDay(day.items(), dayPath, violations);
        }
    }

    private static void checkDay(List<AgendaItem> items, PropertyPath dayPath, Sink violations) {
        LocalTime latestStart = null;
        String latestItem = null;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            if (item.start().isPresent()) {
                LocalTime start = item.start().get();
                if (latestStart != null && start.isBefore(latestStart)) {
                    violations.add(dayPath.element("items", i).property("start"), "TimesInOrder.startBeforePrevious",
                            "start", start, "previous", latestStart, "previousItem", latestItem);
                } else {
                    latestStart = start;
                    latestItem = item.id();
                }
                if (item.end().isPresent() && item.end().get().isBefore(start)) {
                    violations.add(dayPath.element("items", i).property("end"), "TimesInOrder.endBeforeStart",
                            "end", item.end().get(), "start", start);
                }
            }
        }
    }
}
