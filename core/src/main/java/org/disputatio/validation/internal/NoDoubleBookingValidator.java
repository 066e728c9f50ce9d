package org.disputatio.validation.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.Participation;
import org.disputatio.validation.constraints.NoDoubleBooking;

/**
 * Checks {@link NoDoubleBooking}: per day, every timed appearance sorted by person and start,
 * then one sweep per person, so O(n log n) in the number of participations.
 */
public final class NoDoubleBookingValidator extends EventRule<NoDoubleBooking> {

    /** A person's appearance in a timed item; {@code end} is null when unknown. */
    private record Appearance(String person, LocalTime start, LocalTime end, int item, int participant, String itemId) {
    }

    private static final Comparator<Appearance> BY_PERSON_THEN_TIME = Comparator
            .comparing(Appearance::person)
            .thenComparing(Appearance::start)
            .thenComparingInt(Appearance::item);

    @Override
    public void check(Event event, Sink violations) {
        var days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            List<Appearance> appearances = appearances(days.get(d).items());
            appearances.sort(BY_PERSON_THEN_TIME);
            sweep(appearances, PropertyPath.root().property("programme").element("days", d), violations);
        }
    }

    private static List<Appearance> appearances(List<AgendaItem> items) {
        List<Appearance> appearances = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            if (item.start().isEmpty()) {
                continue;
            }
            LocalTime start = item.start().get();
            LocalTime end = item.end().orElse(null);
            if (end == null && i + 1 < items.size()) {
                end = items.get(i + 1).start().orElse(null); // "until the next item", derived, never stored
            }
            List<Participation> participants = item.participants();
            for (int p = 0; p < participants.size(); p++) {
                String person = participants.get(p).person();
                if (person != null) {
                    appearances.add(new Appearance(person, start, end, i, p, item.id()));
                }
            }
        }
        return appearances;
    }

    private static void sweep(List<Appearance> sorted, PropertyPath dayPath, Sink violations) {
        Appearance previous = null;
        Appearance furthest = null; // of this person's earlier appearances, the one that ends last
        for (Appearance current : sorted) {
            if (previous == null || !previous.person().equals(current.person())) {
                previous = null;
                furthest = null;
            }
            Appearance clash = null;
            if (previous != null && previous.item() != current.item()) {
                if (previous.start().equals(current.start())) {
                    clash = previous;
                } else if (furthest != null && furthest.item() != current.item() && furthest.end() != null
                        && current.start().isBefore(furthest.end())) {
                    clash = furthest;
                }
            }
            if (clash != null) {
                violations.add(dayPath.element("items", current.item()).element("participants", current.participant())
                                .property("person"),
                        "NoDoubleBooking.message", "person", current.person(), "start", current.start(),
                        "otherItem", clash.itemId(), "otherStart", clash.start());
            }
            if (current.end() != null && (furthest == null || furthest.end() == null
                    || current.end().isAfter(furthest.end()))) {
                furthest = current;
            }
            previous = current;
        }
    }
}
