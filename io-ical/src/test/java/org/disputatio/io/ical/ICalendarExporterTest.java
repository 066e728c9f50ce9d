package org.disputatio.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.disputatio.io.EventExporters;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Participation;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ICalendarExporterTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 30); // Europe's clocks go forward at 02:00
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    // ---- the exporter is found, and the reports of the three samples are pinned

    @Test
    void isFoundForIcsFiles() {
        assertInstanceOf(ICalendarExporter.class, EventExporters.forFile(Path.of("out/Programme.ICS")).orElseThrow());
        assertEquals("iCalendar", EventExporters.forFile(Path.of("a.ics")).orElseThrow().name());
        assertEquals(List.of("ics"), new ICalendarExporter().fileExtensions());
    }

    @Test
    void pinsTheReportOfTheUnescoProgramme() {
        ExportReport report = Exports.of(Exports.sample("unesco-2017")).report();
        assertEquals(List.of("untimed-items", "other-languages", "day-labels", "people-details", "organisations",
                "venue-details", "links", "audience", "proceedings", "provenance"), report.codes());
        assertEquals("iCalendar: 4 untimed items omitted; English text dropped (language chosen: fr); "
                + "day headings not exported; people's name parts, affiliations, positions, countries and "
                + "identifiers not exported; organisations (names, sectors, countries, identifiers) not exported; "
                + "venue access and facilities not exported; links not exported; audience not exported; "
                + "proceedings (summaries, themes, quotes) not exported; provenance and editorial notes not exported",
                report.toText());
    }

    @Test
    void pinsTheReportOfTheUnescoProgrammeInEnglish() {
        ExportReport report = Exports.of(Exports.sample("unesco-2017"), ExportSettings.defaults().withLanguage("en"))
                .report();
        // Panel 1's title and description exist in French only
        assertEquals(List.of("untimed-items", "other-languages", "language-fallback", "day-labels", "people-details",
                "organisations", "venue-details", "links", "audience", "proceedings", "provenance"), report.codes());
        assertEquals(new ExportReport.Loss("other-languages", "French text dropped (language chosen: en)"),
                report.losses().get(1));
        assertEquals(new ExportReport.Loss("language-fallback", "3 texts not in en exported in another language"),
                report.losses().get(2));
    }

    @Test
    void pinsTheReportOfTheSaintCyrSymposium() {
        ExportReport report = Exports.of(Exports.sample("saint-cyr-2014")).report();
        assertEquals(List.of("day-labels", "organisations", "involvements", "proceedings", "provenance"),
                report.codes());
        assertEquals("iCalendar: day headings not exported; organisations (names, sectors, countries, identifiers) "
                + "not exported; organisers and partners not exported; proceedings (summaries, themes, quotes) not "
                + "exported; provenance and editorial notes not exported", report.toText());
    }

    @Test
    void pinsTheReportOfTheHalvardForum() {
        ExportReport report = Exports.of(Exports.sample("halvard-forum-2031")).report();
        assertEquals(List.of("unscheduled-items", "item-conditions", "day-labels", "people-details", "organisations",
                "involvements", "venue-details", "vocabulary-descriptions", "links", "audience", "proceedings",
                "provenance"), report.codes());
        assertEquals("iCalendar: 2 unscheduled items omitted; the conditions of 7 items not exported; day headings "
                + "not exported; people's name parts, affiliations, positions, countries and identifiers not "
                + "exported; organisations (names, sectors, countries, identifiers) not exported; organisers and "
                + "partners not exported; venue access and facilities not exported; descriptions of the event's "
                + "roles and kinds not exported; links not exported; audience not exported; proceedings "
                + "(summaries, themes, quotes) not exported; provenance and editorial notes not exported",
                report.toText());
    }

    // ---- the other library reads what biweekly wrote: count, times, zones, summaries

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void ical4jReadsEveryTimedItemAtItsInstantInTheEventsZone(String sample) throws Exception {
        Event event = Exports.sample(sample);
        String text = Exports.of(event).text();
        net.fortuna.ical4j.model.Calendar calendar = ReadBack.ical4j(text);
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        List<Timed> timed = timed(event);
        assertEquals(1 + timed.size(), vevents.size());
        VEvent whole = vevents.get(0);
        assertEquals(event.startDate(), ReadBack.start(whole));
        assertEquals(event.endDate().plusDays(1), ReadBack.end(whole));
        for (int i = 0; i < timed.size(); i++) {
            Timed expected = timed.get(i);
            VEvent vevent = vevents.get(i + 1);
            assertEquals("disputatio:" + event.id() + ":item:" + expected.item().id(), ReadBack.property(vevent, "UID"));
            Property start = vevent.getProperty("DTSTART").orElseThrow();
            assertEquals(event.timeZone().orElseThrow().getId(),
                    start.getParameter("TZID").map(Parameter::getValue).orElseThrow());
            Temporal date = ReadBack.start(vevent);
            assertEquals(expected.start(), Instant.from(date), expected.item().id());
            if (expected.item().end().isPresent()) {
                assertEquals(expected.end(), Instant.from(ReadBack.end(vevent)));
            } else {
                assertTrue(vevent.getProperty("DTEND").isEmpty());
            }
        }
        assertEquals(event.timeZone().isPresent() ? 1 : 0, calendar.getComponents("VTIMEZONE").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void biweeklyReadsTheTimesThroughTheVtimezoneOfTheFile(String sample) {
        Event event = Exports.sample(sample);
        ICalendar calendar = ReadBack.biweekly(Exports.of(event).text());
        List<biweekly.component.VEvent> vevents = calendar.getEvents();
        List<Timed> timed = timed(event);
        assertEquals(1 + timed.size(), vevents.size());
        for (int i = 0; i < timed.size(); i++) {
            biweekly.property.DateStart start = vevents.get(i + 1).getDateStart();
            assertEquals(timed.get(i).start(), start.getValue().toInstant());
            // the zone biweekly used is the file's VTIMEZONE, not one of its own
            assertEquals(event.timeZone().orElseThrow().getId(),
                    calendar.getTimezoneInfo().getTimezone(start).getComponent().getTimezoneId().getValue());
        }
    }

    @Test
    void summariesAreTitlesElseHeadingsElseTheKindsLabel() {
        List<String> summaries = ReadBack.ical4jEvents(Exports.of(Exports.sample("unesco-2017")).text()).stream()
                .map(vevent -> ReadBack.property(vevent, "SUMMARY")).toList();
        assertEquals(List.of("Construire la paix et la sécurité internationale de la sécurité numérique",
                "Ouverture", "Prévention des attaques informatiques et protection : qui doit faire quoi ?",
                "Déjeuner (possibilité de déjeuner sur place)", "Ouverture", "Fin de journée", "Ouverture"),
                summaries);
        List<String> english = ReadBack.ical4jEvents(Exports.of(Exports.sample("unesco-2017"),
                ExportSettings.defaults().withLanguage("en")).text()).stream()
                .map(vevent -> ReadBack.property(vevent, "SUMMARY")).toList();
        assertEquals(List.of("Building international peace and Security in the digital society", "Opening",
                "Prévention des attaques informatiques et protection : qui doit faire quoi ?",
                "Lunch (facilities on site)", "Opening", "End of day", "Opening"), english);
    }

    @Test
    void aTimeZoneThatChangesItsOffsetOnTheDayIsWrittenWithEachOffset() {
        Event event = event(PARIS, session("early", LocalTime.of(1, 30)), session("late", LocalTime.of(3, 30)));
        String text = Exports.of(event).text();
        List<Instant> expected = List.of(Instant.parse("2031-03-30T00:30:00Z"), Instant.parse("2031-03-30T01:30:00Z"));
        List<VEvent> ical4j = ReadBack.ical4jEvents(text);
        assertEquals(expected, List.of(Instant.from(ReadBack.start(ical4j.get(1))),
                Instant.from(ReadBack.start(ical4j.get(2)))));
        List<biweekly.component.VEvent> biweekly = ReadBack.biweekly(text).getEvents();
        assertEquals(expected, List.of(biweekly.get(1).getDateStart().getValue().toInstant(),
                biweekly.get(2).getDateStart().getValue().toInstant()));
        assertTrue(text.contains("DTSTART;TZID=Europe/Paris:20310330T013000\r\n"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Paris:20310330T033000\r\n"), text);
    }

    @Test
    void aZoneWithoutDaylightSavingTimeHasOneObservance() {
        String text = Exports.of(event(ZoneId.of("Asia/Shanghai"), session("talk", LocalTime.of(9, 0)))).text();
        assertEquals(Instant.parse("2031-03-30T01:00:00Z"),
                ReadBack.biweekly(text).getEvents().get(1).getDateStart().getValue().toInstant());
        assertEquals(1, text.split("BEGIN:STANDARD", -1).length - 1, text);
        assertFalse(text.contains("BEGIN:DAYLIGHT"), text);
    }

    @Test
    void aZoneWhoseYearlyRuleIsNoRruleListsItsTransitions() {
        // Chile's clocks change on the first Sunday on or after the 2nd of the month: no BYDAY=1SU
        Event event = Event.builder("test-event").kind(EventKind.SEMINAR).title(LocalizedText.of("en", "Santiago"))
                .languages("en").dates(LocalDate.of(2031, 4, 4), LocalDate.of(2031, 4, 7))
                .timeZone(ZoneId.of("America/Santiago"))
                .programme(Programme.of(ProgrammeDay.of(LocalDate.of(2031, 4, 4), session("before", LocalTime.of(9, 0))),
                        ProgrammeDay.of(LocalDate.of(2031, 4, 7), session("after", LocalTime.of(9, 0)))))
                .build();
        String text = Exports.of(event).text();
        assertFalse(text.contains("RRULE"), text);
        List<biweekly.component.VEvent> vevents = ReadBack.biweekly(text).getEvents();
        assertEquals(Instant.parse("2031-04-04T12:00:00Z"), vevents.get(1).getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2031-04-07T13:00:00Z"), vevents.get(2).getDateStart().getValue().toInstant());
    }

    @Test
    void aZoneWithYearlyDaylightSavingRulesHasOneRecurringObservanceOfEach() {
        String text = Exports.of(event(PARIS, session("talk", LocalTime.of(9, 0)))).text();
        assertTrue(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20300331T020000\r\nTZOFFSETFROM:+0100\r\n"
                + "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT"), text);
        assertEquals(1, text.split("BEGIN:STANDARD", -1).length - 1, text);
        assertEquals(1, text.split("BEGIN:DAYLIGHT", -1).length - 1, text);
    }

    @Test
    void aTimeThatTheZoneSkipsIsRefusedWithItsPlace() {
        EventWriteException e = assertThrows(EventWriteException.class,
                () -> Exports.of(event(PARIS, session("ok", LocalTime.of(1, 0)), session("gap", LocalTime.of(2, 30)))));
        assertEquals("programme.days[0].items[1].start", e.path());
        assertTrue(e.getMessage().contains("2031-03-30T02:30 does not exist in Europe/Paris"), e.getMessage());
    }

    @Test
    void anEventWithoutAZoneHasFloatingTimes() {
        String text = Exports.of(event(null, session("talk", LocalTime.of(9, 15)))).text();
        assertTrue(text.contains("DTSTART:20310330T091500\r\n"), text);
        assertFalse(text.contains("TZID"), text);
        assertFalse(text.contains("VTIMEZONE"), text);
        assertEquals(LocalTime.of(9, 15), java.time.LocalDateTime.from(
                ReadBack.start(ReadBack.ical4jEvents(text).get(1))).toLocalTime());
    }

    // ---- folding and escaping

    @Test
    void longFrenchAndChineseTextsWithCommasSemicolonsAndNewlinesAreFoldedAtOctetsAndReadBackExactly() {
        String french = "Réponse aux attaques informatiques ; qui peut faire quoi, où, et à quel coût ? "
                + "Les États, les entreprises et la société civile\nface à l'« attribution » \\ deuxième ligne";
        String chinese = "网络空间国际合作战略：各国在和平时期负有哪些义务，又如何在危机中相互信任；"
                + "网络主权、数据安全与关键信息基础设施保护的国际规则😀";
        Event event = event(PARIS, Session.builder("fr", AgendaItemKind.ADDRESS).start(LocalTime.of(9, 0))
                .title(LocalizedText.of("en", french)).description(LocalizedText.of("en", chinese)).build(),
                Session.builder("zh", AgendaItemKind.ADDRESS).start(LocalTime.of(10, 0))
                        .title(LocalizedText.of("en", chinese)).build());
        String text = Exports.of(event).text();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertTrue(i - lineStart <= 75, () -> "a line longer than 75 octets in\n" + text);
                decodes(bytes, lineStart, i);
                lineStart = i + 2;
            }
        }
        assertTrue(text.contains("\\;") && text.contains("\\,") && text.contains("\\n") && text.contains("\\\\"), text);
        List<VEvent> ical4j = ReadBack.ical4jEvents(text);
        assertEquals(french, ReadBack.property(ical4j.get(1), "SUMMARY"));
        assertEquals(chinese, ReadBack.property(ical4j.get(1), "DESCRIPTION"));
        assertEquals(chinese, ReadBack.property(ical4j.get(2), "SUMMARY"));
        List<biweekly.component.VEvent> biweekly = ReadBack.biweekly(text).getEvents();
        assertEquals(french, biweekly.get(1).getSummary().getValue());
        assertEquals(chinese, biweekly.get(1).getDescription().getValue());
        assertEquals(chinese, biweekly.get(2).getSummary().getValue());
    }

    private static void decodes(byte[] bytes, int from, int to) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a line is cut inside a character", e);
        }
    }

    @Test
    void aLoneSurrogateIsRefusedWithItsPlace() {
        Event event = event(PARIS, Session.builder("bad", AgendaItemKind.ADDRESS).start(LocalTime.of(9, 0))
                .title(LocalizedText.of("en", "bad \uD800 text")).build());
        EventWriteException e = assertThrows(EventWriteException.class, () -> Exports.of(event));
        assertEquals("programme.days[0].items[0].title.en", e.path());
    }

    // ---- UIDs, nesting, places, people

    @Test
    void theSameEventExportedTwiceHasTheSameUidsAndAFixedClockTheSameBytes() {
        Event event = Exports.sample("halvard-forum-2031");
        List<String> first = uids(Exports.of(event).text());
        java.io.ByteArrayOutputStream later = new java.io.ByteArrayOutputStream();
        new ICalendarExporter(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC)).export(event, later);
        assertEquals(first, uids(later.toString(StandardCharsets.UTF_8)));
        assertEquals(first.size(), first.stream().distinct().count());
        assertEquals(Exports.of(event).text(), Exports.of(event).text());
    }

    @Test
    void anItemWithoutAnIdGetsAUidFromItsPlace() {
        Event event = event(PARIS, Session.builder("outer", AgendaItemKind.ADDRESS).start(LocalTime.of(9, 0))
                .item(session("", LocalTime.of(9, 0))).item(session(" ", LocalTime.of(9, 30))).build());
        assertEquals(List.of("disputatio:test-event", "disputatio:test-event:item:outer",
                "disputatio:test-event:position:2031-03-30:1.1", "disputatio:test-event:position:2031-03-30:1.2"),
                uids(Exports.of(event).text()));
    }

    @Test
    void idsAreEncodedSoThatUidsCannotCollide() {
        Event event = event(PARIS, session("a:b c", LocalTime.of(9, 0)), session("a%3Ab", LocalTime.of(10, 0)));
        assertEquals(List.of("disputatio:test-event", "disputatio:test-event:item:a%3Ab%20c",
                "disputatio:test-event:item:a%253Ab"), uids(Exports.of(event).text()));
    }

    @Test
    void twoItemsWithOneIdAreRefused() {
        EventWriteException e = assertThrows(EventWriteException.class, () -> Exports.of(event(PARIS,
                session("same", LocalTime.of(9, 0)), session("same", LocalTime.of(10, 0)))));
        assertEquals("programme.days[0].items[1].id", e.path());
        assertTrue(e.getMessage().contains("another item has the id 'same'"), e.getMessage());
    }

    @Test
    void nestedItemsAreRelatedToTheNearestTimedItemAboveThem() {
        Map<String, String> parents = ReadBack.ical4jEvents(Exports.of(Exports.sample("halvard-forum-2031")).text())
                .stream().filter(vevent -> vevent.getProperty("RELATED-TO").isPresent())
                .collect(Collectors.toMap(vevent -> ReadBack.property(vevent, "UID"),
                        vevent -> ReadBack.property(vevent, "RELATED-TO")));
        String forum = "disputatio:halvard-forum-2031";
        assertEquals(forum + ":item:opening-block", parents.get(forum + ":item:keynote-1"));
        assertEquals(forum + ":item:opening-block", parents.get(forum + ":item:panel-1"));
        assertEquals(forum, parents.get(forum + ":item:opening-block"));
        assertEquals(16, parents.size());

        Event untimedParent = event(PARIS, Session.builder("block", AgendaItemKind.ADDRESS)
                .item(session("inner", LocalTime.of(9, 0))).build());
        Exports export = Exports.of(untimedParent);
        List<VEvent> vevents = ReadBack.ical4jEvents(export.text());
        assertEquals(2, vevents.size());
        assertEquals("disputatio:test-event", ReadBack.property(vevents.get(1), "RELATED-TO"));
        assertEquals(List.of(new ExportReport.Loss("untimed-items", "1 untimed item omitted")),
                export.report().losses());
    }

    @Test
    void unscheduledItemsAndTheirChildrenAreCounted() {
        Event event = event(PARIS, session("talk", LocalTime.of(9, 0)));
        event = event.withProgramme(event.programme().withUnscheduled(List.of(Session.builder("later",
                AgendaItemKind.KEYNOTE).item(session("child", LocalTime.of(9, 0))).build())));
        Exports export = Exports.of(event);
        assertEquals(List.of(new ExportReport.Loss("unscheduled-items", "2 unscheduled items omitted")),
                export.report().losses());
        assertEquals(2, ReadBack.ical4jEvents(export.text()).size());
    }

    @Test
    void locationsNameTheRoomsElseTheEnclosingItemsRoomsThenTheVenue() {
        Map<String, String> locations = ReadBack.ical4jEvents(Exports.of(Exports.sample("halvard-forum-2031")).text())
                .stream().collect(Collectors.toMap(vevent -> ReadBack.property(vevent, "UID"),
                        vevent -> ReadBack.property(vevent, "LOCATION")));
        String forum = "disputatio:halvard-forum-2031";
        String venue = "Halvard Conference Centre, 1 Harbour Row, 9990 Nordhavn, NO";
        assertEquals("Main Hall, " + venue, locations.get(forum + ":item:keynote-1"));
        assertEquals("Room A, " + venue, locations.get(forum + ":item:panel-2"));
        assertEquals(venue, locations.get(forum + ":item:lunch"));
        assertEquals(venue, locations.get(forum));
    }

    @Test
    void participantsAreAttendeesWithTheirNameAndRoleAsPrintedAndInTheDescription() {
        List<VEvent> vevents = ReadBack.ical4jEvents(Exports.of(Exports.sample("halvard-forum-2031")).text());
        VEvent panel = vevents.stream().filter(v -> ReadBack.property(v, "UID").endsWith(":item:panel-1")).findFirst()
                .orElseThrow();
        List<String> attendees = new ArrayList<>();
        for (Property attendee : panel.<Property>getProperties("ATTENDEE")) {
            attendees.add(attendee.getParameter("CN").map(Parameter::getValue).orElseThrow() + " / "
                    + attendee.getParameter(ICalendarExporter.ROLE_PARAMETER).map(Parameter::getValue).orElseThrow());
            assertTrue(attendee.getValue().startsWith("urn:uuid:"), attendee.getValue());
        }
        assertEquals(List.of("Prof. Anne Marie Leclerc / Chair", "Mr Pieter VAN DEN BERG / Panellist",
                "Ms Jordan Dunn Smith / Panellist", "Dr Kwame MENSAH-OTIENO / Discussant",
                "Ms Lena Fjeld / Rapporteur"), attendees);
        assertEquals("Panel 1\n\nDoes a state answer for every attack launched from its networks?\n\n"
                + "Chair: Prof. Anne Marie Leclerc\n"
                + "Panellist: Mr Pieter VAN DEN BERG — The due diligence principle in standards\n"
                + "Panellist: Ms Jordan Dunn Smith — What a registry can and cannot see\n"
                + "Discussant: Dr Kwame MENSAH-OTIENO (Responds to both papers.)\n"
                + "Rapporteur: Ms Lena Fjeld", ReadBack.property(panel, "DESCRIPTION"));
        assertEquals("Panel", ReadBack.property(panel, "CATEGORIES"));
        // one person, one address, wherever they appear
        List<String> chairs = vevents.stream().flatMap(v -> v.<Property>getProperties("ATTENDEE").stream())
                .filter(a -> a.getParameter("CN").map(Parameter::getValue).orElse("").equals("Prof. Anne Marie Leclerc"))
                .map(Property::getValue).distinct().toList();
        assertEquals(1, chairs.size());
    }

    @Test
    void tracksAndKindsAreCategories() {
        VEvent panel = ReadBack.ical4jEvents(Exports.of(Exports.sample("halvard-forum-2031")).text()).stream()
                .filter(v -> ReadBack.property(v, "UID").endsWith(":item:panel-2")).findFirst().orElseThrow();
        assertEquals("Panel,Law and norms", ReadBack.property(panel, "CATEGORIES"));
    }

    // ---- bad input

    @Test
    void aLanguageThatIsNotATagIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Exports.of(
                Exports.sample("unesco-2017"), ExportSettings.defaults().withLanguage("fr_FR")));
        assertEquals("cannot export in 'fr_FR': not a language tag (BCP 47, such as fr or pt-BR)", e.getMessage());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        EventWriteException e = assertThrows(EventWriteException.class, () -> Exports.of(event(PARIS,
                Session.builder("backwards", AgendaItemKind.ADDRESS).start(LocalTime.of(10, 0)).end(LocalTime.of(9, 0))
                        .build())));
        assertEquals("programme.days[0].items[0].end", e.path());
    }

    @Test
    void anUnknownPersonIsRefused() {
        EventWriteException e = assertThrows(EventWriteException.class, () -> Exports.of(event(PARIS,
                Session.builder("talk", AgendaItemKind.ADDRESS).start(LocalTime.of(10, 0))
                        .participant(Participation.of("nobody", Roles.CHAIR)).build())));
        assertEquals("programme.days[0].items[0].participants[0].person", e.path());
        assertTrue(e.getMessage().contains("no person of id 'nobody'"), e.getMessage());
    }

    @Test
    void anUnknownRoomIsRefused() {
        EventWriteException e = assertThrows(EventWriteException.class, () -> Exports.of(event(PARIS,
                Session.builder("talk", AgendaItemKind.ADDRESS).start(LocalTime.of(10, 0)).room("attic").build())));
        assertEquals("programme.days[0].items[0].rooms", e.path());
        assertTrue(e.getMessage().contains("no room of id 'attic'"), e.getMessage());
    }

    @Test
    void aRefusedEventLeavesNoFile(@TempDir Path dir) {
        Path file = dir.resolve("refused.ics");
        Event event = event(PARIS, session("same", LocalTime.of(9, 0)), session("same", LocalTime.of(10, 0)));
        assertThrows(EventWriteException.class, () -> new ICalendarExporter().export(event, file,
                ExportSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> new ICalendarExporter().export(Exports.sample(
                "unesco-2017"), file, ExportSettings.defaults().withLanguage("fr_FR")));
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileInAMissingDirectoryIsNamedInTheError(@TempDir Path dir) {
        Path file = dir.resolve("missing/out.ics");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new ICalendarExporter().export(
                Exports.sample("saint-cyr-2014"), file, ExportSettings.defaults()));
        assertEquals("cannot write " + file + ": no such directory", e.getMessage());
    }

    @Test
    void aFileIsWrittenWithTheSameBytesAsTheStream(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.ics");
        Event event = Exports.sample("halvard-forum-2031");
        ExportReport report = new ICalendarExporter(Exports.CLOCK).export(event, file, ExportSettings.defaults());
        assertEquals(Exports.of(event).text(), Files.readString(file));
        assertEquals(Exports.of(event).report(), report);
    }

    @Test
    void anEventWithoutDatesIsRefused() {
        Event event = Event.builder("no-dates").kind(EventKind.SEMINAR).title(LocalizedText.of("en", "No dates"))
                .languages("en").build();
        EventWriteException e = assertThrows(EventWriteException.class, () -> Exports.of(event));
        assertEquals("startDate", e.path());
    }

    @Test
    void anItemWithoutTitleHeadingOrKnownKindIsSummarizedByItsKindsCode() {
        Event event = event(PARIS, Session.builder("odd", AgendaItemKind.of("hackathon")).start(LocalTime.of(9, 0))
                .build());
        VEvent vevent = ReadBack.ical4jEvents(Exports.of(event).text()).get(1);
        assertEquals("hackathon", ReadBack.property(vevent, "SUMMARY"));
        assertEquals("hackathon", ReadBack.property(vevent, "CATEGORIES"));
    }

    // ---- helpers

    /** A timed item of a sample and the instants it should have. */
    private record Timed(AgendaItem item, Instant start, Instant end) {
    }

    private static List<Timed> timed(Event event) {
        List<Timed> timed = new ArrayList<>();
        for (ProgrammeDay day : event.programme().days()) {
            day.items().stream().flatMap(AgendaItem::withDescendants).filter(item -> item.start().isPresent())
                    .forEach(item -> timed.add(new Timed(item, instant(event, day, item.start().get()),
                            item.end().map(end -> instant(event, day, end)).orElse(null))));
        }
        return timed;
    }

    private static Instant instant(Event event, ProgrammeDay day, LocalTime time) {
        return day.date().atTime(time).atZone(event.timeZone().orElseThrow()).toInstant();
    }

    private static List<String> uids(String text) {
        return ReadBack.ical4jEvents(text).stream().map(vevent -> ReadBack.property(vevent, "UID")).toList();
    }

    private static Session session(String id, LocalTime start) {
        return Session.builder(id, AgendaItemKind.ADDRESS).start(start).title(LocalizedText.of("en", "Item " + id))
                .build();
    }

    private static Event event(ZoneId zone, AgendaItem... items) {
        Event.Builder builder = Event.builder("test-event").kind(EventKind.SEMINAR)
                .title(LocalizedText.of("en", "A test seminar")).languages("en").date(DAY)
                .person(Speaker.builder("ada").honorific("Dr").name("Ada LOVELACE").build())
                .programme(Programme.of(ProgrammeDay.of(DAY, items)));
        if (zone != null) {
            builder.timeZone(zone);
        }
        return builder.build();
    }
}
