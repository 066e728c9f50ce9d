package org.disputatio.validation.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.Participation;
import org.disputatio.validation.constraints.NoDoubleBooking;

/**
 * Checks {@link NoDoubleBooking}: per day, every timed appearance grouped by person (a counting
 * sort on a number given to each person) and ordered by start within the group, then one sweep
 * per person; linear in the number of participations but for the few a person has in one day.
 */
public final class NoDoubleBookingValidator extends EventRule<NoDoubleBooking> {

    /** A person's appearance in a timed item; {@code end} is null when unknown. */
    private record Appearance(String person, int personNumber, LocalTime start, LocalTime end, int item,
            int participant, String itemId) {
    }

    /** Within one person's appearances, which are in item order: by start, stably. */
    private static final Comparator<Appearance> BY_START = (a, b) -> a.start().compareTo(b.start());

    /** Groups up to this size are sorted by insertion: they are small and usually sorted already. */
    private static final int INSERTION_SORT_MAX = 32;

    @Override
    public void check(Event event, Sink violations) {
        Map<String, Integer> numbers = new HashMap<>();
        var days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            List<Appearance> appearances = appearances(days.get(d).items(), numbers);
            if (appearances.size() > 1) {
                sweep(byPersonThenStart(appearances, numbers.size()),
                        PropertyPath.root().property("programme").element("days", d), violations);
            }
        }
    }

    private static List<Appearance> appearances(List<AgendaItem> items, Map<String, Integer> numbers) {
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
                    Integer number = numbers.get(person);
                    if (number == null) {
                        number = numbers.size();
                        numbers.put(person, number);
                    }
                    appearances.add(new Appearance(person, number, start, end, i, p, item.id()));
                }
            }
        }
        return appearances;
    }

    /**
     * The appearances grouped by person (groups in the order of the persons' numbers), each group
     * by start, then item, then participant: the order in which {@link #sweep} needs them.
     */
    private static List<Appearance> byPersonThenStart(List<Appearance> appearances, int persons) {
        int[] groupStart = new int[persons + 1];
        for (Appearance a : appearances) {
            groupStart[a.personNumber() + 1]++;
        }
        for (int n = 0; n < persons; n++) {
            groupStart[n + 1] += groupStart[n];
        }
        int[] next = Arrays.copyOf(groupStart, persons);
        Appearance[] sorted = new Appearance[appearances.size()];
        for (Appearance a : appearances) { // stable: each group stays in item order
            sorted[next[a.personNumber()]++] = a;
        }
        for (int n = 0; n < persons; n++) {
            int from = groupStart[n];
            int to = groupStart[n + 1];
            if (to - from <= INSERTION_SORT_MAX) {
                for (int i = from + 1; i < to; i++) {
                    Appearance a = sorted[i];
                    int j = i - 1;
                    while (j >= from && sorted[j].start().isAfter(a.start())) {
                        sorted[j + 1] = sorted[j];
                        j--;
                    }
                    sorted[j + 1] = a;
                }
            } else {
                Arrays.sort(sorted, from, to, BY_START);
            }
        }
        return Arrays.asList(sorted);
    }

    private static void sweep(List<Appearance> sorted, PropertyPath dayPath, Sink violations) {
        Appearance previous = null;
        Appearance furthest = null; // of this person's earlier appearances, the one that ends last
        for (Appearance current : sorted) {
            if (previous == null || previous.personNumber() != current.personNumber()) {
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
