package org.disputatio.io.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.ExternalId;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the exporter writes, read back as JSON. */
class JsonLdExporterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate SATURDAY = LocalDate.of(2017, 10, 28);
    private static final LocalDate SUNDAY = LocalDate.of(2017, 10, 29);

    private static JsonNode tree(Event event) {
        return JSON.readTree(Exports.of(event).json());
    }

    private static Session timed(String id, LocalTime start, LocalTime end) {
        return Session.builder(id, AgendaItemKind.OTHER).start(start).end(end)
                .title(LocalizedText.of("en", "Item " + id, "fr", "Point " + id)).build();
    }

    /** Paris leaves summer time in the night from Saturday 28 to Sunday 29 October 2017. */
    static Event overTheChangeOfTime(ZoneId zone) {
        return Event.builder("dst")
                .title(LocalizedText.of("en", "Change of time", "fr", "Changement d'heure"))
                .languages("en", "fr")
                .dates(SATURDAY, SUNDAY)
                .timeZone(zone)
                .person(Speaker.builder("ada").name("Ada", "Lovelace").honorific("Dr")
                        .externalId(ExternalId.orcid("0000-0002-1825-0097"))
                        .externalId(ExternalId.wikidata("Q7259"))
                        .externalId(new ExternalId("viaf", "123"))
                        .build())
                .programme(new Programme(List.of(
                        ProgrammeDay.of(SATURDAY, timed("sat", LocalTime.of(10, 0), LocalTime.of(11, 0)),
                                timed("night", LocalTime.of(23, 0), LocalTime.of(4, 0))),
                        ProgrammeDay.of(SUNDAY, Session.builder("block", AgendaItemKind.OTHER)
                                .title(LocalizedText.of("en", "Block"))
                                .item(Session.builder("talk", AgendaItemKind.KEYNOTE).start(LocalTime.of(10, 0))
                                        .title(LocalizedText.of("en", "Talk"))
                                        .participant("ada", Roles.KEYNOTE_SPEAKER).build())
                                .build())),
                        List.of(timed("later", LocalTime.of(9, 0), LocalTime.of(10, 0)))))
                .build();
    }

    @Test
    void eachItemHasTheOffsetOfItsOwnDate() {
        JsonNode root = tree(overTheChangeOfTime(ZoneId.of("Europe/Paris")));
        assertEquals("https://schema.org", root.get("@context").asString());
        assertEquals("Event", root.get("@type").asString());
        assertEquals("2017-10-28", root.get("startDate").asString());
        JsonNode saturday = root.get("subEvent").get(0);
        assertEquals("2017-10-28T10:00:00+02:00", saturday.get("startDate").asString());
        assertEquals("2017-10-28T11:00:00+02:00", saturday.get("endDate").asString());
        JsonNode night = root.get("subEvent").get(1);
        assertEquals("2017-10-28T23:00:00+02:00", night.get("startDate").asString());
        assertEquals("2017-10-29T04:00:00+01:00", night.get("endDate").asString(), "ends the next morning, in winter time");
        JsonNode talk = root.get("subEvent").get(2).get("subEvent").get(0);
        assertEquals("2017-10-29T10:00:00+01:00", talk.get("startDate").asString());
        assertFalse(talk.has("endDate"), "no end is printed: none is invented");
    }

    @Test
    void nestedItemsAreNestedSubEvents() {
        JsonNode block = tree(overTheChangeOfTime(ZoneId.of("Europe/Paris"))).get("subEvent").get(2);
        assertEquals("block", block.get("identifier").asString());
        assertEquals("2017-10-29", block.get("startDate").asString(), "an untimed item gets its day's date");
        assertEquals("talk", block.get("subEvent").get(0).get("identifier").asString());
        JsonNode halvard = tree(Exports.sample("halvard-forum-2031"));
        assertTrue(halvard.get("subEvent").valueStream().anyMatch(item -> item.has("subEvent")));
    }

    @Test
    void unscheduledItemsHaveNoDate() {
        JsonNode later = tree(overTheChangeOfTime(ZoneId.of("Europe/Paris"))).get("subEvent").get(3);
        assertEquals("later", later.get("identifier").asString());
        assertFalse(later.has("startDate"));
        assertFalse(later.has("endDate"));
    }

    @Test
    void withoutATimeZoneTimesHaveNoOffsetAndTheReportSaysSo() {
        Event event = Event.builder("local").title(LocalizedText.of("en", "Local")).languages("en")
                .dates(SATURDAY, SATURDAY)
                .programme(Programme.of(ProgrammeDay.of(SATURDAY, timed("a", LocalTime.of(9, 0), LocalTime.of(9, 30)))))
                .build();
        Exports.Export export = Exports.of(event);
        assertEquals("2017-10-28T09:00:00", JSON.readTree(export.json()).get("subEvent").get(0).get("startDate").asString());
        assertEquals("no-time-zone", export.report().codes().get(0));
    }

    @Test
    void everyLanguageIsWrittenTheChosenOneFirst() {
        Event event = overTheChangeOfTime(ZoneId.of("Europe/Paris"));
        JsonNode name = tree(event).get("name");
        assertEquals("en", name.get(0).get("@language").asString());
        assertEquals("Change of time", name.get(0).get("@value").asString());
        assertEquals("fr", name.get(1).get("@language").asString());
        JsonNode french = JSON.readTree(Exports.of(event, ExportSettings.defaults().withLanguage("fr")).json());
        assertEquals("Changement d'heure", french.get("name").get(0).get("@value").asString());
        assertEquals(2, french.get("name").size(), "the language drops nothing");
        assertEquals(List.of("en", "fr"), french.get("inLanguage").valueStream().map(JsonNode::asString).toList());
        assertEquals(Exports.of(event).report(), Exports.of(event, ExportSettings.defaults().withLanguage("fr")).report());
    }

    @Test
    void participantsArePerformersWithTheirIdentifiers() {
        JsonNode ada = tree(overTheChangeOfTime(ZoneId.of("Europe/Paris"))).get("subEvent").get(2).get("subEvent").get(0)
                .get("performer").get(0);
        assertEquals("Person", ada.get("@type").asString());
        assertEquals("Ada Lovelace", ada.get("name").asString());
        assertEquals("Dr", ada.get("honorificPrefix").asString());
        assertEquals("Lovelace", ada.get("familyName").asString());
        assertEquals(List.of("https://orcid.org/0000-0002-1825-0097", "https://www.wikidata.org/entity/Q7259"),
                ada.get("sameAs").valueStream().map(JsonNode::asString).toList());
        assertEquals("PropertyValue", ada.get("identifier").get("@type").asString());
        assertEquals("viaf", ada.get("identifier").get("propertyID").asString());
        assertEquals("123", ada.get("identifier").get("value").asString());
    }

    @Test
    void organisationsAreOrganizersSponsorsOrContributorsWithAffiliations() {
        JsonNode halvard = tree(Exports.sample("halvard-forum-2031"));
        assertTrue(halvard.has("organizer"));
        assertTrue(halvard.has("sponsor"));
        assertTrue(halvard.has("contributor"));
        List<JsonNode> performers = new ArrayList<>();
        collect(halvard, "performer", performers);
        assertTrue(performers.stream().anyMatch(p -> p.has("affiliation")
                && p.get("affiliation").valueStream().findFirst().orElse(p.get("affiliation")).has("@type")
                || p.path("affiliation").path("@type").asString("").equals("Organization")));
    }

    @Test
    void theVenueIsAPlaceWithAPostalAddress() {
        JsonNode location = tree(Exports.sample("unesco-2017")).get("location");
        assertEquals("Place", location.get("@type").asString());
        assertEquals("PostalAddress", location.get("address").get("@type").asString());
        assertEquals("FR", location.get("address").get("addressCountry").asString());
    }

    @Test
    void theTextIsSafeInsideAScriptElement() {
        Event event = Event.builder("x").title(LocalizedText.of("en", "</script><b>R&D</b>")).languages("en").build();
        String text = new JsonLdExporter().toJsonLd(event, ExportSettings.defaults());
        assertFalse(text.contains("<") || text.contains(">") || text.contains("&"), text);
        assertEquals("</script><b>R&D</b>", JSON.readTree(text).get("name").get("@value").asString());
        StringWriter writer = new StringWriter();
        ExportReport report = new JsonLdExporter().export(event, writer, ExportSettings.defaults());
        assertEquals(text, writer.toString());
        assertEquals("schema.org JSON-LD", report.format());
    }

    @Test
    void anUnknownPersonIsRefusedWithItsPath() {
        Event event = Event.builder("x").title(LocalizedText.of("en", "X")).languages("en").dates(SATURDAY, SATURDAY)
                .programme(Programme.of(ProgrammeDay.of(SATURDAY, Session.builder("s", AgendaItemKind.OTHER)
                        .participant("nobody", Roles.SPEAKER).build())))
                .build();
        EventWriteException e = assertThrows(EventWriteException.class, () -> Exports.of(event));
        assertTrue(e.getMessage().contains("programme.days[0].items[0].participants[0].person"), e.getMessage());
        assertTrue(e.getMessage().contains("nobody"), e.getMessage());
    }

    private static void collect(JsonNode node, String property, List<JsonNode> found) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (entry.getKey().equals(property)) {
                    if (entry.getValue().isArray()) {
                        entry.getValue().forEach(found::add);
                    } else {
                        found.add(entry.getValue());
                    }
                }
                collect(entry.getValue(), property, found);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, property, found));
        }
    }
}
