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

/**
 * Checks the rule {@code no-double-booking}: per day, every timed appearance grouped by person (a counting
 * sort on a number given to each person) and ordered by start within the group, then one sweep
 * per person; linear in the number of participations but for the few a person has in one day.
 * Appearances live in parallel arrays of ints, not objects: there is one per participant.
 *
 * <p>On a day whose items contain items, a person in an item and in one it contains appears
 * once: each appearance is compared with every earlier one of the same person that day (a few),
 * skipping the items that contain it or that it contains.
 */
public final class NoDoubleBookingRule extends EventRule {

    /** Groups up to this size are sorted by insertion: they are small and usually sorted already. */
    private static final int INSERTION_SORT_MAX = 32;

    @Override
    public void check(Event event, Sink violations) {
        People people = new People();
        var days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            new Day(days.get(d).items(), people).check(d, violations);
        }
    }

    /**
     * A number for each person met, across the whole event, and a scratch array by number for
     * numbering one day's persons from 0, so that a day's work is proportional to the day's
     * appearances, not to the event's people.
     */
    private static final class People {
        final Map<String, Integer> numbers = new HashMap<>();
        final List<String> ids = new ArrayList<>();
        int[] local = filled(new int[64]); // by event-wide number: the number in the current day, or -1

        private static int[] filled(int[] array) {
            Arrays.fill(array, -1);
            return array;
        }

        int number(String id) {
            Integer number = numbers.get(id);
            if (number == null) {
                number = ids.size();
                numbers.put(id, number);
                ids.add(id);
                if (number == local.length) {
                    int previous = local.length;
                    local = Arrays.copyOf(local, previous * 2);
                    Arrays.fill(local, previous, local.length, -1);
                }
            }
            return number;
        }
    }

    /**
     * One day's timed appearances, as parallel arrays indexed by appearance. The day's items and
     * the items they contain are numbered in pre-order (an item, then its descendants), so that an
     * item's descendants are the numbers after it up to {@link #last}.
     */
    private static final class Day {
        final List<AgendaItem> items; // in pre-order
        final int[] parent;       // by item: its parent's number, or -1 for an item of the day
        final int[] position;     // by item: its index among its siblings
        final int[] last;         // by item: the number of its last descendant, or its own
        final boolean nested;     // whether any item contains items
        final LocalTime[] starts; // by item; null for an item without a time
        final LocalTime[] ends;   // by item; null when unknown
        final int[] item;
        final int[] participant;
        final int[] person;       // the person's number in this day
        final String[] personIds; // by number in this day
        final int count;

        Day(List<AgendaItem> dayItems, People people) {
            nested = dayItems.stream().anyMatch(it -> !it.items().isEmpty());
            List<AgendaItem> all = nested ? dayItems.stream().flatMap(AgendaItem::withDescendants).toList() : dayItems;
            int n = all.size();
            this.items = all;
            parent = new int[n];
            position = new int[n];
            last = new int[n];
            number(dayItems, -1, 0);
            starts = new LocalTime[n];
            ends = new LocalTime[n];
            int capacity = 0;
            for (int i = 0; i < n; i++) {
                AgendaItem it = all.get(i);
                if (it.start().isPresent()) {
                    starts[i] = it.start().get();
                    capacity += it.participants().size();
                }
            }
            item = new int[capacity];
            participant = new int[capacity];
            person = new int[capacity];
            int a = 0;
            for (int i = 0; i < n; i++) {
                if (starts[i] == null) {
                    continue;
                }
                AgendaItem it = all.get(i);
                LocalTime end = it.end().orElse(null);
                if (end == null) {
                    // "until the next item", derived, never stored: the next sibling's start or,
                    // for the last of an item's children, the end of that item
                    int next = last[i] + 1;
                    if (next < n && parent[next] == parent[i]) {
                        end = starts[next];
                    } else if (parent[i] >= 0) {
                        end = ends[parent[i]];
                    }
                }
                ends[i] = end;
                List<Participation> participants = it.participants();
                for (int p = 0; p < participants.size(); p++) {
                    String id = participants.get(p).person();
                    if (id != null) {
                        item[a] = i;
                        participant[a] = p;
                        person[a] = people.number(id); // event-wide for now
                        a++;
                    }
                }
            }
            count = a;
            // Renumber this day's persons from 0, in order of first appearance.
            int[] local = people.local;
            int[] globals = new int[a]; // by number in this day
            int persons = 0;
            for (int k = 0; k < a; k++) {
                int global = person[k];
                if (local[global] < 0) {
                    local[global] = persons;
                    globals[persons++] = global;
                }
                person[k] = local[global];
            }
            personIds = new String[persons];
            for (int p = 0; p < persons; p++) {
                personIds[p] = people.ids.get(globals[p]);
                local[globals[p]] = -1; // clean for the next day
            }
        }

        /**
         * Numbers a list of siblings and their descendants in pre-order, from {@code next}.
         *
         * @return the number after the last one given
         */
        private int number(List<AgendaItem> siblings, int parentNumber, int next) {
            for (int k = 0; k < siblings.size(); k++) {
                int self = next++;
                parent[self] = parentNumber;
                position[self] = k;
                List<AgendaItem> children = siblings.get(k).items();
                if (!children.isEmpty()) {
                    next = number(children, self, next);
                }
                last[self] = next - 1;
            }
            return next;
        }

        /** Whether one of the two items contains the other, at any depth, or they are the same. */
        private boolean related(int one, int other) {
            return one <= other ? other <= last[one] : one <= last[other];
        }

        /** Whether two appearances are in distinct, unrelated items that overlap in time. */
        private boolean overlap(int earlier, int later) {
            int e = item[earlier];
            int l = item[later];
            if (related(e, l)) {
                return false;
            }
            return starts[e].equals(starts[l]) || ends[e] != null && starts[l].isBefore(ends[e]);
        }

        /** The path of an item: a day's item, or one contained in another, at any depth. */
        private PropertyPath path(PropertyPath dayPath, int number) {
            PropertyPath owner = parent[number] < 0 ? dayPath : path(dayPath, parent[number]);
            return owner.element("items", position[number]);
        }

        void check(int day, Sink violations) {
            if (count < 2) {
                return;
            }
            int[] order = byPersonThenStart();
            PropertyPath dayPath = null;
            int previous = -1;
            int furthest = -1; // of this person's earlier appearances, the one that ends last
            for (int x = 0; x < count; x++) {
                int current = order[x];
                if (previous >= 0 && person[previous] != person[current]) {
                    previous = -1;
                    furthest = -1;
                }
                LocalTime start = starts[item[current]];
                int clash = -1;
                if (nested) {
                    // an item and one it contains share their people: look at every earlier
                    // appearance of this person, not only the last and the furthest
                    for (int y = x - 1; y >= 0 && person[order[y]] == person[current]; y--) {
                        if (overlap(order[y], current)) {
                            clash = order[y];
                            break;
                        }
                    }
                } else if (previous >= 0 && item[previous] != item[current]) {
                    if (starts[item[previous]].equals(start)) {
                        clash = previous;
                    } else if (furthest >= 0 && item[furthest] != item[current] && ends[item[furthest]] != null
                            && start.isBefore(ends[item[furthest]])) {
                        clash = furthest;
                    }
                }
                if (clash >= 0) {
                    if (dayPath == null) {
                        dayPath = PropertyPath.root().property("programme").element("days", day);
                    }
                    violations.add(path(dayPath, item[current])
                                    .element("participants", participant[current]).property("person"),
                            "NoDoubleBooking.message", "person", personIds[person[current]], "start", start,
                            "otherItem", items.get(item[clash]).id(), "otherStart", starts[item[clash]]);
                }
                LocalTime end = ends[item[current]];
                if (end != null && (furthest < 0 || ends[item[furthest]] == null
                        || end.isAfter(ends[item[furthest]]))) {
                    furthest = current;
                }
                previous = current;
            }
        }

        /**
         * The appearances grouped by person (groups in the order of the persons' numbers), each
         * group by start, then item, then participant: the order the sweep needs.
         */
        private int[] byPersonThenStart() {
            int persons = personIds.length;
            int[] groupStart = new int[persons + 1];
            for (int a = 0; a < count; a++) {
                groupStart[person[a] + 1]++;
            }
            for (int n = 0; n < persons; n++) {
                groupStart[n + 1] += groupStart[n];
            }
            int[] next = Arrays.copyOf(groupStart, persons);
            int[] order = new int[count];
            for (int a = 0; a < count; a++) { // stable: each group stays in item order
                order[next[person[a]]++] = a;
            }
            for (int n = 0; n < persons; n++) {
                int from = groupStart[n];
                int to = groupStart[n + 1];
                if (to - from <= INSERTION_SORT_MAX) {
                    for (int i = from + 1; i < to; i++) {
                        int a = order[i];
                        LocalTime start = starts[item[a]];
                        int j = i - 1;
                        while (j >= from && starts[item[order[j]]].isAfter(start)) {
                            order[j + 1] = order[j];
                            j--;
                        }
                        order[j + 1] = a;
                    }
                } else {
                    Integer[] group = new Integer[to - from];
                    for (int i = from; i < to; i++) {
                        group[i - from] = order[i];
                    }
                    Arrays.sort(group, Comparator.comparing(a -> starts[item[a]])); // stable
                    for (int i = from; i < to; i++) {
                        order[i] = group[i - from];
                    }
                }
            }
            return order;
        }
    }
}
