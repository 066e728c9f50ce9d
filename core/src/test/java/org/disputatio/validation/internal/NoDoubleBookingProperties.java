package org.disputatio.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Participation;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Session;

/**
 * The grouping sweep finds what the sort-everything sweep it replaced found, on crowded days
 * (a person in more than 32 items, times out of order, repeated, missing).
 */
class NoDoubleBookingProperties {

    private static final LocalDate DAY = LocalDate.of(2017, 4, 6);

    @Property(tries = 300)
    void findsWhatTheSortingSweepFound(@ForAll long seed) {
        Random random = new Random(seed);
        List<ProgrammeDay> days = new ArrayList<>();
        for (int d = 0; d < 1 + random.nextInt(2); d++) {
            List<AgendaItem> items = new ArrayList<>();
            int size = random.nextInt(90);
            for (int i = 0; i < size; i++) {
                Optional<LocalTime> start = random.nextInt(8) == 0 ? Optional.empty()
                        : Optional.of(LocalTime.of(8 + random.nextInt(10), 5 * random.nextInt(12)));
                Optional<LocalTime> end = random.nextBoolean() ? Optional.empty()
                        : Optional.of(LocalTime.of(8 + random.nextInt(11), 5 * random.nextInt(12)));
                List<Participation> participants = new ArrayList<>();
                for (int p = 0; p < random.nextInt(4); p++) {
                    participants.add(new Participation(random.nextInt(20) == 0 ? null : "p" + random.nextInt(3),
                            "speaker"));
                }
                items.add(new Session("i" + i, AgendaItemKind.ADDRESS, start, end, LocalizedText.empty(),
                        LocalizedText.empty(), participants));
            }
            days.add(new ProgrammeDay(DAY.plusDays(d), Optional.empty(), LocalizedText.empty(), items));
        }
        Event event = Event.builder("e").programme(new Programme(days)).build();
        assertEquals(findings(event, new NoDoubleBookingRule()), findings(event, new SortingSweep()));
    }

    private static List<String> findings(Event event, EventRule rule) {
        List<String> findings = new ArrayList<>();
        rule.check(event, (path, key, parameters) -> findings.add(path + " " + Messages.of(java.util.Locale.ENGLISH)
                .format(key, parameters)));
        findings.sort(Comparator.naturalOrder());
        return findings;
    }

    /** NoDoubleBookingRule as it was: every appearance of a day sorted by person, start, item. */
    static final class SortingSweep extends EventRule {
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
}
