package org.disputatio.testkit.jqwik;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Claim;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PersonName;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.disputatio.testkit.ExpectedFinding;

/**
 * Plants one fault in a valid event that has at least one day, one item a day and one person,
 * and says where the validator reports it.
 */
final class Faults {

    private Faults() {
    }

    /** An item and where it is: its day, and its indexes from the day's list down. */
    private record Located(int day, List<Integer> indexes, AgendaItem item) {
        String path() {
            StringBuilder path = new StringBuilder("programme.days[").append(day).append(']');
            for (int index : indexes) {
                path.append(".items[").append(index).append(']');
            }
            return path.toString();
        }
    }

    static PlantedFault plant(Event event, FaultKind kind, int target, List<String> languages) {
        List<Located> all = located(event);
        Located item = all.get(target % all.size());
        int days = event.programme().days().size();
        int day = target % days;
        List<AgendaItem> dayItems = event.programme().days().get(day).items();
        Event faulty;
        String path;
        switch (kind) {
            case DOUBLE_BOOKING -> {
                // a new person in a top-level item and in a new item right after it that starts with it
                AgendaItem first = dayItems.get(target % dayItems.size());
                int index = dayItems.indexOf(first);
                String person = newPersonId(event);
                LocalTime start = first.start().orElseThrow();
                List<AgendaItem> items = new ArrayList<>(dayItems);
                items.set(index, withParticipants(first, plus(first.participants(), Participation.of(person, "speaker"))));
                items.add(index + 1, new Session(newItemId(all), AgendaItemKind.DIALOGUE, Optional.of(start),
                        Optional.of(start.plusMinutes(1)), LocalizedText.empty(), Texts.text(languages, 6),
                        LocalizedText.empty(), List.of(Participation.of(person, "speaker")), List.of(),
                        Optional.empty(), List.of(), List.of()));
                faulty = withDay(event.toBuilder().person(Speaker.builder(person)
                        .name(PersonName.of("Double", "Booked")).build()).build(), day, items);
                path = "programme.days[" + day + "].items[" + (index + 1) + "].participants[0].person";
            }
            case DANGLING_REFERENCE -> {
                faulty = replace(event, item, withParticipants(item.item(),
                        plus(item.item().participants(), Participation.of("nobody-registered", "speaker"))));
                path = item.path() + ".participants[" + item.item().participants().size() + "].person";
            }
            case UNKNOWN_VOCABULARY_CODE -> {
                AgendaItem it = item.item();
                faulty = replace(event, item, new Session(it.id(), AgendaItemKind.of("unheard-of-kind"), it.start(),
                        it.end(), it.heading(), it.title(), it.description(), it.participants(), it.rooms(),
                        it.track(), it.conditions(), it.items()));
                path = item.path() + ".kind";
            }
            case MISSING_TRANSLATION -> {
                String last = languages.get(languages.size() - 1);
                LocalizedText.Builder title = LocalizedText.builder();
                item.item().title().forEach((tag, text) -> {
                    if (!tag.equals(last)) {
                        title.put(tag, text);
                    }
                });
                faulty = replace(event, item, withTitle(item.item(), title.build()));
                path = item.path() + ".title";
            }
            case TIMES_BACKWARDS -> {
                AgendaItem lastItem = dayItems.get(dayItems.size() - 1);
                LocalTime start = lastItem.start().orElseThrow().minusMinutes(1);
                List<AgendaItem> items = new ArrayList<>(dayItems);
                items.add(new Session(newItemId(all), AgendaItemKind.BREAK, Optional.of(start),
                        Optional.of(start.plusMinutes(1)), LocalizedText.empty(), Texts.text(languages, 5),
                        LocalizedText.empty(), List.of(), List.of(), Optional.empty(), List.of(), List.of()));
                faulty = withDay(event, day, items);
                path = "programme.days[" + day + "].items[" + dayItems.size() + "].start";
            }
            case CHILD_OUTSIDE_PARENT -> {
                int index = target % dayItems.size();
                AgendaItem parent = dayItems.get(index);
                LocalTime start = parent.start().orElseThrow();
                for (AgendaItem child : parent.items()) {
                    if (child.start().isPresent() && child.start().get().isAfter(start)) {
                        start = child.start().get();
                    }
                }
                List<AgendaItem> children = new ArrayList<>(parent.items());
                children.add(new Session(newItemId(all), AgendaItemKind.DIALOGUE, Optional.of(start),
                        Optional.of(parent.end().orElseThrow().plusMinutes(5)), LocalizedText.empty(),
                        Texts.text(languages, 7), LocalizedText.empty(), List.of(), List.of(), Optional.empty(),
                        List.of(), List.of()));
                List<AgendaItem> items = new ArrayList<>(dayItems);
                items.set(index, withChildren(parent, children));
                faulty = withDay(event, day, items);
                path = "programme.days[" + day + "].items[" + index + "].items[" + parent.items().size() + "].end";
            }
            case DUPLICATE_ID -> {
                int lastDay = days - 1;
                List<AgendaItem> items = new ArrayList<>(event.programme().days().get(lastDay).items());
                items.add(new Session(item.item().id(), AgendaItemKind.NETWORKING, Optional.empty(), Optional.empty(),
                        LocalizedText.empty(), Texts.text(languages, 10), LocalizedText.empty(), List.of(), List.of(),
                        Optional.empty(), List.of(), List.of()));
                faulty = withDay(event, lastDay, items);
                path = "programme.days[" + lastDay + "].items[" + (items.size() - 1) + "].id";
            }
            case DAY_OUTSIDE_EVENT -> {
                List<ProgrammeDay> list = new ArrayList<>(event.programme().days());
                list.add(new ProgrammeDay(event.endDate().plusDays(1), Optional.empty(), LocalizedText.empty(),
                        List.of()));
                faulty = event.withProgramme(new Programme(list, event.programme().unscheduled(),
                        event.programme().tracks()));
                path = "programme.days[" + days + "].date";
            }
            case MALFORMED_LANGUAGE_TAG -> {
                faulty = replace(event, item, withTitle(item.item(), item.item().title().with("en_GB", "Colour")));
                path = item.path() + ".title";
            }
            case UNWRITABLE_TEXT -> {
                String first = languages.get(0);
                faulty = replace(event, item, withTitle(item.item(),
                        item.item().title().with(first, item.item().title().get(first).orElse("") + "\u0007")));
                path = item.path() + ".title";
            }
            case UNUSED_REGISTRATION -> {
                faulty = event.toBuilder().person(Speaker.builder(newPersonId(event))
                        .name(PersonName.of("Nemo", "Absent")).build()).build();
                path = "people[" + event.people().size() + "]";
            }
            case UNRESOLVED_PROVENANCE_PATH -> {
                faulty = event.withProvenance(Provenance.builder()
                        .claim(Claim.inferred("programme.dayz[0]", null, "planted")).build());
                path = "provenance.claims[0].path";
            }
            case WRONG_WEEKDAY -> {
                ProgrammeDay programmeDay = event.programme().days().get(day);
                List<ProgrammeDay> list = new ArrayList<>(event.programme().days());
                list.set(day, new ProgrammeDay(programmeDay.date(),
                        Optional.of(programmeDay.date().getDayOfWeek().plus(1)), programmeDay.label(),
                        programmeDay.items()));
                faulty = event.withProgramme(new Programme(list, event.programme().unscheduled(),
                        event.programme().tracks()));
                path = "programme.days[" + day + "].statedWeekday";
            }
            default -> throw new IllegalStateException("no planting for " + kind);
        }
        return new PlantedFault(faulty, kind, ExpectedFinding.of(kind.severity(), kind.rule(), path));
    }

    /** Every item of the programme's days, at every depth, in document order. */
    private static List<Located> located(Event event) {
        List<Located> all = new ArrayList<>();
        List<ProgrammeDay> days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            collect(d, List.of(), days.get(d).items(), all);
        }
        return all;
    }

    private static void collect(int day, List<Integer> above, List<AgendaItem> items, List<Located> all) {
        for (int i = 0; i < items.size(); i++) {
            List<Integer> indexes = new ArrayList<>(above);
            indexes.add(i);
            all.add(new Located(day, List.copyOf(indexes), items.get(i)));
            collect(day, indexes, items.get(i).items(), all);
        }
    }

    /** The event with the located item replaced. */
    private static Event replace(Event event, Located at, AgendaItem replacement) {
        List<AgendaItem> items = replace(event.programme().days().get(at.day()).items(), at.indexes(), 0, replacement);
        return withDay(event, at.day(), items);
    }

    private static List<AgendaItem> replace(List<AgendaItem> items, List<Integer> indexes, int depth,
            AgendaItem replacement) {
        List<AgendaItem> copy = new ArrayList<>(items);
        int index = indexes.get(depth);
        if (depth == indexes.size() - 1) {
            copy.set(index, replacement);
        } else {
            AgendaItem item = copy.get(index);
            copy.set(index, withChildren(item, replace(item.items(), indexes, depth + 1, replacement)));
        }
        return copy;
    }

    private static Event withDay(Event event, int day, List<AgendaItem> items) {
        List<ProgrammeDay> days = new ArrayList<>(event.programme().days());
        ProgrammeDay old = days.get(day);
        days.set(day, new ProgrammeDay(old.date(), old.statedWeekday(), old.label(), items));
        return event.withProgramme(new Programme(days, event.programme().unscheduled(), event.programme().tracks()));
    }

    private static String newPersonId(Event event) {
        return "p" + (event.people().size() + 1);
    }

    private static String newItemId(List<Located> all) {
        return "item" + (all.size() + 1);
    }

    private static List<Participation> plus(List<Participation> list, Participation more) {
        List<Participation> copy = new ArrayList<>(list);
        copy.add(more);
        return copy;
    }

    private static AgendaItem withParticipants(AgendaItem it, List<Participation> participants) {
        return copy(it, it.title(), participants, it.items());
    }

    private static AgendaItem withTitle(AgendaItem it, LocalizedText title) {
        return copy(it, title, it.participants(), it.items());
    }

    private static AgendaItem withChildren(AgendaItem it, List<AgendaItem> children) {
        return copy(it, it.title(), it.participants(), children);
    }

    private static AgendaItem copy(AgendaItem it, LocalizedText title, List<Participation> participants,
            List<AgendaItem> children) {
        if (it instanceof Panel panel) {
            return new Panel(panel.id(), panel.label(), panel.start(), panel.end(), panel.heading(), title,
                    panel.description(), participants, panel.rooms(), panel.track(), panel.conditions(), children);
        }
        return new Session(it.id(), it.kind(), it.start(), it.end(), it.heading(), title, it.description(),
                participants, it.rooms(), it.track(), it.conditions(), children);
    }
}
