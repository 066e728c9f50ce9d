package org.disputatio.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;

/** The agenda invariants over generated programmes. */
class InvariantProperties {

    /** Without no-unused-registrations: the generated programmes register more people than they place. */
    private static final EventValidator VALIDATOR = EventValidator.english().without("no-unused-registrations");
    private static final LocalDate DAY = LocalDate.of(2017, 4, 6);
    private static final List<String> PEOPLE = List.of("p0", "p1", "p2", "p3", "p4");

    /** A day's worth of items with distinct start times, in order, each with a few participants. */
    @Provide
    Arbitrary<List<Session>> sortedItems() {
        Arbitrary<List<Integer>> minutes = Arbitraries.integers().between(0, 24 * 60 - 1).set().ofMinSize(2).ofMaxSize(30)
                .map(set -> set.stream().sorted().collect(Collectors.toList()));
        Arbitrary<List<String>> participants = Arbitraries.of(PEOPLE).list().ofMaxSize(3);
        return minutes.flatMap(starts -> participants.list().ofSize(starts.size()).map(people -> {
            List<Session> items = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                Session.Builder item = Session.builder("item-" + i, AgendaItemKind.ADDRESS)
                        .start(LocalTime.of(starts.get(i) / 60, starts.get(i) % 60));
                people.get(i).stream().distinct().forEach(p -> item.participant(p, Roles.SPEAKER));
                items.add(item.build());
            }
            return items;
        }));
    }

    private static Event eventWith(List<? extends AgendaItem> items) {
        Event.Builder event = Event.builder("generated").title(LocalizedText.of("en", "Generated"))
                .languages("en").date(DAY)
                .programme(Programme.of(new ProgrammeDay(DAY, Optional.empty(), LocalizedText.empty(),
                        List.copyOf(items))));
        PEOPLE.forEach(id -> event.person(Speaker.builder(id).name("Given", id.toUpperCase()).build()));
        return event.build();
    }

    private static List<String> pathsOf(ValidationReport report, String constraint) {
        return report.findings().stream().filter(f -> f.constraint().equals(constraint)).map(Finding::path).toList();
    }

    @Property
    void aSortedProgrammeWithDistinctTimesIsValid(@ForAll("sortedItems") List<Session> items) {
        VALIDATOR.validate(eventWith(items)).assertNoFindings();
    }

    @Property
    void anItemMovedBeforeAnEarlierStartIsFlaggedAtItsOwnPath(@ForAll("sortedItems") List<Session> items,
            @ForAll @IntRange(min = 1, max = 29) int position, @ForAll @IntRange(min = 1, max = 600) int minutesEarlier) {
        int k = Math.min(position, items.size() - 1);
        LocalTime previous = items.get(k - 1).start().orElseThrow();
        LocalTime moved = previous.minusMinutes(Math.min(minutesEarlier, previous.getHour() * 60 + previous.getMinute()));
        if (!moved.isBefore(previous)) {
            return; // the previous item starts at midnight: nothing is earlier on the same day
        }
        List<Session> broken = new ArrayList<>(items);
        Session item = items.get(k);
        broken.set(k, new Session(item.id(), item.kind(), Optional.of(moved), item.end(), item.title(),
                item.description(), item.participants()));
        assertEquals(List.of("programme.days[0].items[" + k + "].start"),
                pathsOf(VALIDATOR.validate(eventWith(broken)), "times-in-order"));
    }

    @Property
    void aPermutationIsFlaggedUnlessItIsSorted(@ForAll("sortedItems") List<Session> items, @ForAll long seed) {
        List<Session> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        boolean sorted = shuffled.equals(items);
        List<String> flagged = pathsOf(VALIDATOR.validate(eventWith(shuffled)), "times-in-order");
        assertEquals(sorted, flagged.isEmpty(), () -> "flagged " + flagged);
    }

    @Property
    void twoItemsAtTheSameTimeWithOnePersonAreFlagged(@ForAll("sortedItems") List<Session> items,
            @ForAll @IntRange(min = 0, max = 29) int position) {
        int k = Math.min(position, items.size() - 1);
        Session original = items.get(k);
        Session twin = Session.builder("twin", AgendaItemKind.ADDRESS).start(original.start().orElseThrow())
                .participant("p0", Roles.SPEAKER).build();
        Session withP0 = original.participants().stream().anyMatch(p -> p.person().equals("p0")) ? original
                : new Session(original.id(), original.kind(), original.start(), original.end(), original.title(),
                        original.description(), append(original.participants(), "p0"));
        List<AgendaItem> programme = new ArrayList<>(items);
        programme.set(k, withP0);
        programme.add(k + 1, twin);
        List<String> flagged = pathsOf(VALIDATOR.validate(eventWith(programme)), "no-double-booking");
        assertEquals(List.of("programme.days[0].items[" + (k + 1) + "].participants[0].person"), flagged);
    }

    private static List<org.disputatio.model.Participation> append(List<org.disputatio.model.Participation> list,
            String person) {
        List<org.disputatio.model.Participation> longer = new ArrayList<>(list);
        longer.add(org.disputatio.model.Participation.of(person, Roles.SPEAKER));
        return longer;
    }

    @Property(tries = 200)
    void validationNeverThrowsOnArbitraryTimes(@ForAll("anyItems") List<Session> items) {
        ValidationReport report = VALIDATOR.validate(eventWith(items));
        assertFalse(report.toText().isEmpty());
    }

    @Provide
    Arbitrary<List<Session>> anyItems() {
        Arbitrary<LocalTime> time = Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(m -> LocalTime.of(m / 60, m % 60));
        Arbitrary<Session> item = Combinators.combine(time.optional(), time.optional(),
                Arbitraries.of(PEOPLE).list().ofMaxSize(3), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3))
                .as((start, end, people, id) -> {
                    Session.Builder b = Session.builder(id, AgendaItemKind.ADDRESS);
                    start.ifPresent(b::start);
                    end.ifPresent(b::end);
                    people.forEach(p -> b.participant(p, Roles.SPEAKER));
                    return b.build();
                });
        return item.list().ofMaxSize(20);
    }

    @org.junit.jupiter.api.Test
    void aTenThousandItemDayValidatesWithoutFindings() {
        // One day, one item every second; correctness at scale (speed is for the benchmarks).
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            items.add(Session.builder("item-" + i, AgendaItemKind.ADDRESS).start(LocalTime.ofSecondOfDay(i))
                    .participant(PEOPLE.get(i % PEOPLE.size()), Roles.SPEAKER).build());
        }
        Event event = eventWith(items);
        VALIDATOR.validate(event).assertNoFindings();

        // One item moved back in time is found among the ten thousand.
        List<AgendaItem> moved = new ArrayList<>(items);
        Session last = (Session) moved.get(9_999);
        moved.set(9_999, new Session(last.id(), last.kind(), Optional.of(LocalTime.MIDNIGHT), last.end(), last.title(),
                last.description(), last.participants()));
        assertEquals(List.of("programme.days[0].items[9999].start"),
                pathsOf(VALIDATOR.validate(eventWith(moved)), "times-in-order"));
    }

    @org.junit.jupiter.api.Test
    void twentyThousandFindingsWithTheSameMessageAreAllReported() {
        // Hibernate Validator's violation set hashes such paths alike; the invariants bypass it.
        List<AgendaItem> untranslated = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            untranslated.add(Session.builder("item-" + i, AgendaItemKind.ADDRESS)
                    .title(LocalizedText.of("en", "Untranslated")).build());
        }
        Event bilingual = eventWith(untranslated).toBuilder().languages("en", "fr").build();
        ValidationReport report = VALIDATOR.withMaxFindings(30_000).validate(bilingual);
        List<Finding> items = report.warnings().stream().filter(f -> f.path().startsWith("programme.")).toList();
        assertEquals(20_000, items.size());
        assertEquals("programme.days[0].items[19999].title", items.get(19_999).path());
    }
}
