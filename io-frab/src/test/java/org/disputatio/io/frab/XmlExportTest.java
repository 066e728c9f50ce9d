package org.disputatio.io.frab;

import static org.disputatio.io.frab.Frab.all;
import static org.disputatio.io.frab.Frab.child;
import static org.disputatio.io.frab.Frab.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportSettings;
import org.disputatio.io.frab.internal.NameBasedUuids;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Session;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the frab XML holds: days, rooms, events, persons, times, in the language chosen. */
class XmlExportTest {

    private static final Document HALVARD = Frab.xml(Frab.sample("halvard-forum-2031")).xml();

    @Test
    void oneFrabEventPerTimedItemNestedOnesIncluded() {
        assertEquals(16, all(HALVARD, "event").size());
        assertEquals(List.of("1", "2"), all(HALVARD, "day").stream().map(d -> d.getAttribute("index")).toList());
        assertEquals(List.of("2031-10-09", "2031-10-10"),
                all(HALVARD, "day").stream().map(d -> d.getAttribute("date")).toList());
        assertEquals(List.of(), all(HALVARD, "event").stream().map(e -> child(e, "title"))
                .filter(t -> t.contains("ten years") || t.startsWith("Plenary")).toList(), "unscheduled items left out");
        Document unesco = Frab.xml(Frab.sample("unesco-2017")).xml();
        assertEquals(6, all(unesco, "event").size(), "panels 2 and 3, the dialogue and the conclusion have no time");
    }

    @Test
    void roomsComeFromTheItemsOrTheirParentsElseTheVenue() {
        Element dayOne = all(HALVARD, "day").get(0);
        assertEquals(List.of("Foyer", "Main Hall", "Halvard Conference Centre", "Room A", "Room B"),
                children(dayOne, "room").stream().map(r -> r.getAttribute("name")).toList());
        Element keynote = Frab.event(HALVARD, "Sovereignty in a connected world");
        assertEquals("Main Hall", child(keynote, "room"), "the keynote has no room of its own: its parent's");
        assertEquals("Halvard Conference Centre", child(Frab.event(HALVARD, "Coffee break"), "room"));
        Element room = (Element) keynote.getParentNode();
        assertEquals("Main Hall", room.getAttribute("name"));
        assertEquals(NameBasedUuids.v5(NameBasedUuids.NAMESPACE_URL, "urn:disputatio:halvard-forum-2031:room:Main+Hall")
                .toString(), room.getAttribute("guid"));
    }

    @Test
    void timesAndDurationsComeFromStartAndEnd() {
        Element panel = Frab.event(HALVARD, "Attribution without escalation");
        assertEquals("11:30", child(panel, "start"));
        assertEquals("01:30", child(panel, "duration"));
        assertEquals("2031-10-09T11:30:00+02:00", child(panel, "date"));
        assertEquals("00:00", child(Frab.event(HALVARD, "Forum dinner"), "duration"), "no end, nothing after it");
        Element dayOne = all(HALVARD, "day").get(0);
        assertEquals("2031-10-09T08:30:00+02:00", dayOne.getAttribute("start"));
        assertEquals("2031-10-09T20:00:00+02:00", dayOne.getAttribute("end"));

        Document unesco = Frab.xml(Frab.sample("unesco-2017")).xml();
        assertEquals("02:30", child(Frab.event(unesco, "Prévention des attaques informatiques et protection : "
                + "qui doit faire quoi ?"), "duration"), "until lunch at 12:30");

        Document edge = Frab.xml(Frab.edge()).xml();
        Element night = Frab.event(edge, "Night shift");
        assertEquals("02:00", child(night, "duration"), "23:00 to 01:00 the next morning");
        assertEquals("2030-03-15T01:00:00-03:00", all(edge, "day").get(0).getAttribute("end"));
    }

    @Test
    void guidsAreNameBasedAndStableAcrossExports() {
        Event halvard = Frab.sample("halvard-forum-2031");
        assertEquals(Frab.xml(halvard).text(), Frab.xml(halvard).text());
        Element panel = Frab.event(HALVARD, "Attribution without escalation");
        assertEquals(NameBasedUuids.v5(NameBasedUuids.NAMESPACE_URL, "urn:disputatio:halvard-forum-2031:item:panel-2")
                .toString(), panel.getAttribute("guid"));
        assertEquals(16, all(HALVARD, "event").stream().map(e -> e.getAttribute("guid")).distinct().count());
        assertEquals(5, UUID.fromString(panel.getAttribute("guid")).version());
    }

    @Test
    void personsWithTheirPrintedNamesOnceEachAndRolesInTheDescription() {
        Document edge = Frab.xml(Frab.edge()).xml();
        Element panel = Frab.event(edge, "Machines");
        assertEquals(List.of("Ada Lovelace", "Alan Turing"),
                all(edge, "person").stream().filter(p -> p.getParentNode().getParentNode() == panel)
                        .map(Element::getTextContent).toList());
        assertEquals("Moderator: Ada Lovelace\nPanellist: Ada Lovelace; Alan Turing", child(panel, "description"));
        assertEquals("Panel A", child(panel, "subtitle"));
        assertEquals("Engines", child(Frab.event(edge, "Engines"), "title"));
        assertEquals("T", child(Frab.event(edge, "Engines"), "track"));
        assertEquals("Hall", child(Frab.event(edge, "Engines"), "room"), "the first of its rooms");
        assertEquals("annex", child(panel, "room"), "a room without a name is named by its id");
        assertEquals("keynote", child(Frab.event(edge, "Engines"), "type"), "the item's kind, as frab's type");
        assertEquals("cw__", child(all(edge, "conference").get(0), "acronym"));
    }

    @Test
    void oneLanguageChosenOtherTextsDroppedMissingOnesInTheirOwn() {
        Event unesco = Frab.sample("unesco-2017");
        Document french = Frab.xml(unesco).xml();
        Document english = Frab.xml(unesco, "en").xml();
        assertEquals("Ouverture", child(all(french, "event").get(0), "title"));
        assertEquals("Opening", child(all(english, "event").get(0), "title"));
        Element panel1 = all(english, "event").get(1);
        assertEquals("fr", child(panel1, "language"), "panel 1 exists in French only");
        assertTrue(child(panel1, "title").startsWith("Prévention"));
        assertEquals("en", child(all(english, "event").get(0), "language"));
        assertEquals("Building international peace and Security in the digital society",
                child(all(english, "conference").get(0), "title"));
        assertEquals("Opening speaker: Frank LARUE; Louis GAUTIER", child(all(english, "event").get(0), "description"));
    }

    @Test
    void untitledItemsAreNamedByTheirHeadingElseTheirKind() {
        Document unesco = Frab.xml(Frab.sample("unesco-2017"), "en").xml();
        assertEquals("end-of-day", child(Frab.event(unesco, "End of day"), "type"));
        Event event = withItem(Frab.edge(), Session.builder("x", AgendaItemKind.KEYNOTE).start(LocalTime.NOON)
                .room("hall").heading(LocalizedText.of("en", "Closing keynote")).build());
        Element closing = Frab.event(Frab.xml(event).xml(), "Closing keynote");
        assertEquals(List.of(), children(closing, "subtitle"), "the heading is the title, not also the subtitle");
    }

    @Test
    void withoutAVenueItemsWithoutARoomGoToTheDefaultRoom() {
        Event event = Event.builder("nv").title(LocalizedText.of("en", "No venue")).languages("en")
                .dates(Frab.DAY, Frab.DAY).timeZone(java.time.ZoneId.of("UTC"))
                .programme(Programme.of(ProgrammeDay.of(Frab.DAY,
                        Session.builder("a", AgendaItemKind.OTHER).start(LocalTime.NOON).build())))
                .build();
        Frab.Export export = Frab.xml(event);
        assertEquals("Main room", child(all(export.xml(), "event").get(0), "room"));
        assertTrue(export.report().toText().contains("1 item without a room placed in \u201cMain room\u201d"),
                export.report().toText());
        assertEquals("2030-03-14T12:00:00+00:00", child(all(export.xml(), "event").get(0), "date"));
    }

    @Test
    void anEventWithoutItemsStillHasItsDays() {
        Document saintCyr = Frab.xml(Frab.sample("saint-cyr-2014")).xml();
        assertEquals(1, all(saintCyr, "day").size());
        assertEquals("2014-05-14T00:00:00+00:00", all(saintCyr, "day").get(0).getAttribute("start"));
        assertEquals(0, all(saintCyr, "event").size());
        Event noDays = Frab.edge().withProgramme(Programme.empty());
        assertEquals(1, all(Frab.xml(noDays).xml(), "day").size(), "one day per date of the event");
    }

    @Test
    void badInputIsRefusedWithItsPath() {
        Event edge = Frab.edge();
        EventWriteException room = assertThrows(EventWriteException.class, () -> Frab.xml(withItem(edge,
                Session.builder("x", AgendaItemKind.OTHER).start(LocalTime.NOON).room("cellar").build())));
        assertEquals("programme.days[0].items[3].rooms[0]", room.path());
        assertEquals("no room has the id 'cellar' in the venue's rooms", room.reason());

        EventWriteException person = assertThrows(EventWriteException.class, () -> Frab.xml(withItem(edge,
                Session.builder("x", AgendaItemKind.OTHER).start(LocalTime.NOON).room("hall")
                        .participant(org.disputatio.model.Participation.of("nobody", "speaker")).build())));
        assertEquals("programme.days[0].items[3].participants[0].person", person.path());

        EventWriteException track = assertThrows(EventWriteException.class, () -> Frab.xml(withItem(edge,
                Session.builder("x", AgendaItemKind.OTHER).start(LocalTime.NOON).room("hall").track("nope").build())));
        assertEquals("no track has the id 'nope' in the programme's tracks", track.reason());

        EventWriteException zone = assertThrows(EventWriteException.class,
                () -> Frab.xml(Event.builder("z").title(LocalizedText.of("en", "Z")).languages("en")
                        .dates(Frab.DAY, Frab.DAY).programme(Programme.of(ProgrammeDay.of(Frab.DAY,
                                Session.builder("a", AgendaItemKind.OTHER).start(LocalTime.NOON).build())))
                        .build()));
        assertEquals("timeZone", zone.path());
        assertTrue(zone.reason().contains("programme.days[0].items[0] starts at 12:00"), zone.reason());

        EventWriteException duplicate = assertThrows(EventWriteException.class, () -> Frab.xml(withItem(edge,
                Session.builder("talk", AgendaItemKind.OTHER).start(LocalTime.NOON).room("hall").build())));
        assertEquals("programme.days[0].items[3].id", duplicate.path());
        assertEquals("another item has the id 'talk', and frab GUIDs, which must be unique, derive from it",
                duplicate.reason());

        EventWriteException language = assertThrows(EventWriteException.class, () -> Frab.xml(edge, "gsw"));
        assertEquals("frab holds two-letter ISO 639-1 languages only, and 'gsw' has none "
                + "(the language chosen for the export)", language.reason());

        EventWriteException character = assertThrows(EventWriteException.class, () -> Frab.xml(withItem(edge,
                Session.builder("x", AgendaItemKind.OTHER).start(LocalTime.NOON).room("hall")
                        .title(LocalizedText.of("en", "bell\u0007")).build())));
        assertEquals("programme.days[0].items[3].title.en", character.path());
        assertEquals("the character U+0007 at index 4 cannot be written in frab XML", character.reason());
        Frab.json(withItem(edge, Session.builder("x", AgendaItemKind.OTHER).start(LocalTime.NOON).room("hall")
                .title(LocalizedText.of("en", "bell\u0007")).build()));
    }

    @Test
    void theStreamIsFlushedNotClosedAndTheNameIsFrabs() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new java.io.FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new FrabXmlExporter().export(Frab.edge(), out, ExportSettings.defaults());
        assertFalse(closed[0]);
        assertTrue(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).endsWith("</schedule>"));
        new FrabJsonExporter().export(Frab.edge(), out, ExportSettings.defaults());
        assertFalse(closed[0]);
        assertEquals("frab XML", new FrabXmlExporter().name());
        assertEquals(List.of("frab.xml"), new FrabXmlExporter().fileExtensions());
    }

    private static Event withItem(Event event, Session item) {
        ProgrammeDay day = event.programme().days().get(0);
        List<org.disputatio.model.AgendaItem> items = new java.util.ArrayList<>(day.items());
        items.add(item);
        return event.withProgramme(new Programme(List.of(ProgrammeDay.of(day.date(), items)),
                event.programme().unscheduled(), event.programme().tracks()));
    }
}
