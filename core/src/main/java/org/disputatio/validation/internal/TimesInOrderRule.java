package org.disputatio.validation.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.ProgrammeDay;

/**
 * Checks the rule {@code times-in-order} in one pass over the programme: days in order, items of
 * a day and children of an item in order, and children within their parent's time span, in the
 * days and among the unscheduled items alike.
 */
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
            checkItems(day.items(), dayPath, null, violations);
        }
        // Unscheduled items have no order among themselves (no day places them), but an end
        // before its start is wrong anywhere, and their children keep order within them.
        List<AgendaItem> unscheduled = event.programme().unscheduled();
        PropertyPath programme = PropertyPath.root().property("programme");
        for (int i = 0; i < unscheduled.size(); i++) {
            AgendaItem item = unscheduled.get(i);
            if (item.start().isPresent() && item.end().isPresent() && item.end().get().isBefore(item.start().get())) {
                violations.add(programme.element("unscheduled", i).property("end"), "TimesInOrder.endBeforeStart",
                        "end", item.end().get(), "start", item.start().get());
            }
            if (!item.items().isEmpty()) {
                checkItems(item.items(), programme.element("unscheduled", i), item, violations);
            }
        }
    }

    /**
     * Checks a list of sibling items (a day's, or the children of one item) and, below them,
     * their children: starts in printed order, no end before its start, and each child within
     * its parent's span when both times are known.
     *
     * @param parent the item holding the list, or null for a day's items
     */
    private static void checkItems(List<AgendaItem> items, PropertyPath owner, AgendaItem parent, Sink violations) {
        LocalTime latestStart = null;
        String latestItem = null;
        LocalTime parentStart = parent == null ? null : parent.start().orElse(null);
        LocalTime parentEnd = parent == null ? null : parent.end().orElse(null);
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            if (item.start().isPresent()) {
                LocalTime start = item.start().get();
                if (latestStart != null && start.isBefore(latestStart)) {
                    violations.add(owner.element("items", i).property("start"), "TimesInOrder.startBeforePrevious",
                            "start", start, "previous", latestStart, "previousItem", latestItem);
                } else {
                    latestStart = start;
                    latestItem = item.id();
                }
                if (item.end().isPresent() && item.end().get().isBefore(start)) {
                    violations.add(owner.element("items", i).property("end"), "TimesInOrder.endBeforeStart",
                            "end", item.end().get(), "start", start);
                }
                if (parentStart != null && start.isBefore(parentStart)) {
                    violations.add(owner.element("items", i).property("start"), "TimesInOrder.startBeforeParent",
                            "start", start, "parent", parent.id(), "parentStart", parentStart);
                } else if (parentEnd != null && start.isAfter(parentEnd)) {
                    violations.add(owner.element("items", i).property("start"), "TimesInOrder.startAfterParent",
                            "start", start, "parent", parent.id(), "parentEnd", parentEnd);
                }
            }
            if (parentEnd != null && item.end().isPresent() && item.end().get().isAfter(parentEnd)) {
                violations.add(owner.element("items", i).property("end"), "TimesInOrder.endAfterParent",
                        "end", item.end().get(), "parent", parent.id(), "parentEnd", parentEnd);
            }
            if (!item.items().isEmpty()) {
                checkItems(item.items(), owner.element("items", i), item, violations);
            }
        }
    }
}
