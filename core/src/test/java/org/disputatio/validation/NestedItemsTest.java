package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.DAY_ONE;
import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Claim;
import org.disputatio.model.Certainty;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.junit.jupiter.api.Test;

/**
 * Items that contain items, as a real programme prints them: a 09:30–11:05 block "Opening remarks
 * and panel discussion" holding a 09:30–09:50 keynote and a 09:50–11:05 panel.
 */
class NestedItemsTest {

    private static final LocalizedText TITLE = LocalizedText.of("fr", "Titre", "en", "Title");

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static Session keynote(String id, LocalTime start, LocalTime end, String person) {
        Session.Builder b = Session.builder(id, AgendaItemKind.KEYNOTE).start(start).end(end)
                .heading(LocalizedText.of("fr", "Discours liminaire", "en", "Keynote address")).title(TITLE);
        if (person != null) {
            b.participant(person, Roles.KEYNOTE_SPEAKER);
        }
        return b.build();
    }

    private static Panel panel(String id, LocalTime start, LocalTime end, String person) {
        Panel.Builder b = Panel.builder(id).start(start).end(end).title(TITLE);
        if (person != null) {
            b.participant(person, Roles.PANELLIST);
        }
        return b.build();
    }

    /** The block, its two children, then a lunch at 12:00, with people as given (null for none). */
    private static Session block(String chair, AgendaItem... children) {
        Session.Builder b = Session.builder("block", AgendaItemKind.OPENING).start(at(9, 30)).end(at(11, 5))
                .title(LocalizedText.of("fr", "Ouverture et table ronde", "en", "Opening remarks and panel discussion"))
                .items(List.of(children));
        if (chair != null) {
            b.participant(chair, Roles.CHAIR);
        }
        return b.build();
    }

    private static Event with(AgendaItem... items) {
        return builder().programme(Programme.of(new ProgrammeDay(DAY_ONE, java.util.Optional.empty(),
                LocalizedText.empty(), List.of(items)))).build();
    }

    private static List<String> findings(Event event) {
        return findings(event, Locale.ENGLISH);
    }

    /** The findings, sorted, but for people registered and appearing nowhere, which most tests here leave. */
    private static List<String> findings(Event event, Locale locale) {
        return EventValidator.forLocale(locale).without("no-unused-registrations").validate(event).findings().stream()
                .map(Object::toString).sorted().toList();
    }

    private static Event theRealProgramme() {
        return with(block("ada", keynote("keynote", at(9, 30), at(9, 50), "alan"),
                panel("panel", at(9, 50), at(11, 5), "ada")),
                Session.builder("lunch", AgendaItemKind.BREAK).start(at(12, 0)).title(TITLE).build());
    }

    @Test
    void theBlockItsKeynoteAndItsPanelAreValid() {
        assertEquals(List.of(), findings(theRealProgramme()));
    }

    @Test
    void everyItemAtEveryDepthInPreOrder() {
        Event event = with(block(null, Session.builder("keynote", AgendaItemKind.KEYNOTE)
                        .item(Session.builder("questions", AgendaItemKind.OTHER).build()).build(),
                panel("panel", null, null, null)),
                Session.builder("lunch", AgendaItemKind.BREAK).build());
        assertEquals(List.of("block", "keynote", "questions", "panel", "lunch"),
                event.programme().items().map(AgendaItem::id).toList());
    }

    // ---------------------------------------------------------------- times-in-order

    @Test
    void aChildOutsideItsParentsSpanIsReportedAtItsPath() {
        Event event = with(block(null, keynote("keynote", at(9, 0), at(9, 50), null),
                panel("panel", at(9, 50), at(11, 30), null),
                panel("late", at(11, 10), null, null)));
        assertEquals(List.of(
                "ERROR programme.days[0].items[0].items[0].start: starts at 09:00, before the item it belongs to ('block') starts at 09:30",
                "ERROR programme.days[0].items[0].items[1].end: ends at 11:30, after the item it belongs to ('block') ends at 11:05",
                "ERROR programme.days[0].items[0].items[2].start: starts at 11:10, after the item it belongs to ('block') ends at 11:05"),
                findings(event));
        assertEquals(List.of(
                "ERROR programme.days[0].items[0].items[0].start: commence à 09:00, avant que le point dont il fait partie, 'block', ne commence à 09:30",
                "ERROR programme.days[0].items[0].items[1].end: se termine à 11:30, après la fin du point dont il fait partie, 'block', à 11:05",
                "ERROR programme.days[0].items[0].items[2].start: commence à 11:10, après la fin du point dont il fait partie, 'block', à 11:05"),
                findings(event, Locale.FRENCH));
    }

    @Test
    void childrenKeepTheirOrderAtEveryDepth() {
        Event event = with(block(null, panel("panel", at(9, 50), at(11, 5), null),
                Session.builder("keynote", AgendaItemKind.KEYNOTE).start(at(9, 30)).end(at(9, 50)).title(TITLE)
                        .item(Session.builder("q2", AgendaItemKind.OTHER).start(at(9, 45)).end(at(9, 40)).build())
                        .item(Session.builder("q1", AgendaItemKind.OTHER).start(at(9, 35)).build()).build()));
        assertEquals(List.of(
                "ERROR programme.days[0].items[0].items[1].items[0].end: ends at 09:40, before it starts at 09:45",
                "ERROR programme.days[0].items[0].items[1].items[1].start: starts at 09:35, before item 'q2' above it, which starts at 09:45",
                "ERROR programme.days[0].items[0].items[1].start: starts at 09:30, before item 'panel' above it, which starts at 09:50"),
                findings(event));
    }

    @Test
    void unscheduledItemsAndTheirChildrenAreCheckedToo() {
        Session announced = Session.builder("plenary", AgendaItemKind.OTHER).start(at(14, 0)).end(at(13, 0))
                .title(TITLE).item(keynote("closing", at(12, 0), at(12, 30), null)).build();
        Event event = builder().programme(new Programme(List.of(), List.of(announced))).build();
        assertEquals(List.of(
                "ERROR programme.unscheduled[0].end: ends at 13:00, before it starts at 14:00",
                "ERROR programme.unscheduled[0].items[0].start: starts at 12:00, before the item it belongs to "
                        + "('plenary') starts at 14:00"),
                findings(event));
    }

    @Test
    void theKindOfAContainedItemMustBeRegistered() {
        Event event = with(block(null, Session.builder("chat", AgendaItemKind.of("fireside-chatt")).build()));
        assertEquals(List.of("ERROR programme.days[0].items[0].items[0].kind: no agenda item kind with code "
                + "'fireside-chatt' is built in or registered on this event"), findings(event));
    }

    @Test
    void aChildIsCheckedOnlyAgainstTheTimesItsParentGives() {
        Session open = Session.builder("block", AgendaItemKind.OPENING).title(TITLE)
                .item(keynote("keynote", at(8, 0), at(23, 0), null)).build();
        assertEquals(List.of(), findings(with(open)));
    }

    // ---------------------------------------------------------------- no-double-booking

    @Test
    void aPersonInAParentAndItsChildrenAppearsOnce() {
        Event event = with(block("ada", keynote("keynote", at(9, 30), at(9, 50), "ada"),
                Panel.builder("panel").start(at(9, 50)).end(at(11, 5)).title(TITLE).participant("ada", Roles.CHAIR)
                        .item(Session.builder("q", AgendaItemKind.OTHER).start(at(10, 30)).title(TITLE)
                                .participant("ada", Roles.SPEAKER).build()).build()));
        assertEquals(List.of(), findings(event));
    }

    @Test
    void overlappingSiblingsWithOnePersonStillClash() {
        Event event = with(block(null, keynote("keynote", at(9, 30), at(10, 0), "alan"),
                panel("panel", at(9, 50), at(11, 5), "alan")));
        assertEquals(List.of(
                "ERROR programme.days[0].items[0].items[1].participants[0].person: 'alan' is in two places at once: at 09:50 they are still in item 'keynote', which starts at 09:30"),
                findings(event).stream().filter(f -> f.contains("two places")).toList());
    }

    @Test
    void aChildOverlappingAnItemOutsideItsParentClashes() {
        Session parallel = Session.builder("parallel", AgendaItemKind.OTHER).start(at(9, 40)).end(at(10, 0))
                .title(TITLE).participant("alan", Roles.SPEAKER).build();
        Event event = with(block(null, keynote("keynote", at(9, 30), at(9, 50), "alan")), parallel);
        assertEquals(List.of(
                "ERROR programme.days[0].items[1].participants[0].person: 'alan' is in two places at once: at 09:40 they are still in item 'keynote', which starts at 09:30"),
                findings(event).stream().filter(f -> f.contains("two places")).toList());
    }

    @Test
    void theLastChildWithoutAnEndLastsUntilItsParentEnds() {
        Session after = Session.builder("after", AgendaItemKind.OTHER).start(at(10, 0)).title(TITLE)
                .participant("alan", Roles.SPEAKER).build();
        Session block = Session.builder("block", AgendaItemKind.OPENING).start(at(9, 0)).end(at(9, 45)).title(TITLE)
                .item(Session.builder("talk", AgendaItemKind.KEYNOTE).start(at(9, 0)).title(TITLE)
                        .participant("alan", Roles.KEYNOTE_SPEAKER).build()).build();
        assertEquals(List.of(), findings(with(block, after)), "the talk ends with its block, at 09:45");
    }

    // ---------------------------------------------------------------- ids, references, texts, paths

    @Test
    void idsAreUniqueAtEveryDepth() {
        Event event = with(keynote("keynote", at(9, 0), at(9, 20), null),
                block(null, keynote("keynote", at(9, 30), at(9, 50), null),
                        Session.builder("block", AgendaItemKind.OTHER).start(at(10, 0)).title(TITLE).build()));
        assertEquals(List.of(
                "ERROR programme.days[0].items[1].items[0].id: id 'keynote' is already used by programme.days[0].items[0]",
                "ERROR programme.days[0].items[1].items[1].id: id 'block' is already used by programme.days[0].items[1]"),
                findings(event));
    }

    @Test
    void referencesOfContainedItemsAreResolved() {
        Session child = Session.builder("keynote", AgendaItemKind.KEYNOTE).start(at(9, 30)).title(TITLE)
                .participant("nobody", Roles.KEYNOTE_SPEAKER).participant(new org.disputatio.model.Participation("ada", "speeker"))
                .room("hall").track("main").build();
        assertEquals(List.of(
                "ERROR programme.days[0].items[0].items[0].participants[0].person: no person with id 'nobody' is registered on this event",
                "ERROR programme.days[0].items[0].items[0].participants[1].role: no role with code 'speeker' is built in or registered on this event; did you mean 'speaker'?",
                "ERROR programme.days[0].items[0].items[0].rooms[0]: no room with id 'hall' in the venue",
                "ERROR programme.days[0].items[0].items[0].track: no track with id 'main' in the programme"),
                findings(with(block(null, child))));
    }

    @Test
    void aPersonOnlyInAContainedUnscheduledItemIsNotUnused() {
        Event base = with(block(null));
        Event event = base.withProgramme(base.programme().withUnscheduled(List.of(Session.builder("tbc",
                AgendaItemKind.OPENING).title(TITLE).item(keynote("keynote-tbc", null, null, "alan")).build())));
        assertEquals(List.of("WARNING people[0]: ada is registered but appears nowhere: no agenda item or quote names this person"),
                EventValidator.english().validate(event).findings().stream().map(Object::toString).toList(),
                "alan appears in the keynote the unscheduled item contains");
        assertEquals(List.of(
                "ERROR programme.unscheduled[0].items[0].id: id 'block' is already used by programme.days[0].items[0]"),
                findings(event.withProgramme(event.programme().withUnscheduled(List.of(Session.builder("tbc",
                        AgendaItemKind.OPENING).title(TITLE).item(keynote("block", null, null, "alan")).build()))))
                        .stream().filter(f -> f.contains("already used")).toList());
    }

    @Test
    void headingsAndTitlesOfContainedItemsAreExpectedInEveryLanguageAndWritable() {
        Session child = Session.builder("keynote", AgendaItemKind.KEYNOTE).start(at(9, 30))
                .heading(LocalizedText.of("en", "Keynote address")).title(LocalizedText.of("fr", "A\u0000", "en", "A"))
                .build();
        List<String> found = findings(with(block(null, child)));
        assertEquals(List.of(
                "ERROR programme.days[0].items[0].items[0].title: ",
                "WARNING programme.days[0].items[0].items[0].heading: "),
                found.stream().map(f -> f.substring(0, f.indexOf(": ") + 2)).sorted().toList(), found::toString);
    }

    @Test
    void provenancePathsReachContainedItems() {
        Event base = theRealProgramme();
        Event event = base.withProvenance(new Provenance(List.of(), List.of(
                new Claim("programme.days[0].items[0].items[1].title", java.util.Optional.empty(), Certainty.STATED, ""),
                new Claim("programme.days[0].items[0].items[0].heading.en", java.util.Optional.empty(), Certainty.STATED, ""),
                new Claim("programme.days[0].items[0].items[2].title", java.util.Optional.empty(), Certainty.STATED, ""),
                new Claim("programme.days[0].items[*].items[*].titel", java.util.Optional.empty(), Certainty.STATED, "")),
                List.of()));
        List<String> found = findings(event);
        assertEquals(List.of("ERROR provenance.claims[2].path", "ERROR provenance.claims[3].path"),
                found.stream().map(f -> f.substring(0, f.indexOf(':'))).toList(), found::toString);
    }
}
