package org.disputatio.io.json.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventWriteException;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.ExternalId;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.PersonName;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;

/**
 * Writing: absent values left out, and an event that would not read back refused with a
 * {@link JsonMappingException} whose cause, an {@link EventWriteException}, names the path of the
 * value, as io-json's writer does.
 */
class WriteTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DisputatioJackson2Module());

    private static Event.Builder event() {
        return Event.builder("e").kind(EventKind.SEMINAR).date(LocalDate.of(2017, 4, 6))
                .title(LocalizedText.of("fr", "Séminaire", "en", "Seminar"));
    }

    @Test
    void writesTheEventsPropertiesInDeclaredOrderLeavingAbsentOnesOut() throws IOException {
        assertEquals("{\"formatVersion\":1,\"id\":\"e\",\"kind\":\"seminar\",\"title\":{\"fr\":\"Séminaire\","
                + "\"en\":\"Seminar\"},\"startDate\":\"2017-04-06\",\"endDate\":\"2017-04-06\"}",
                MAPPER.writeValueAsString(event().build()));
    }

    /** Items that contain items, to any depth, and a heading apart from the title, are written and read back. */
    @Test
    void writesAndReadsNestedItemsAndHeadings() throws IOException {
        org.disputatio.model.Session questions = org.disputatio.model.Session.builder("questions",
                org.disputatio.model.AgendaItemKind.OTHER).build();
        org.disputatio.model.Panel panel = org.disputatio.model.Panel.builder("panel").label("1").item(questions).build();
        org.disputatio.model.Session block = org.disputatio.model.Session.builder("block",
                org.disputatio.model.AgendaItemKind.OPENING).heading(LocalizedText.of("en", "Opening"))
                .title(LocalizedText.of("en", "Opening remarks and panel discussion")).item(panel).build();
        Event event = event().programme(org.disputatio.model.Programme.of(org.disputatio.model.ProgrammeDay.of(
                LocalDate.of(2017, 4, 6), block))).build();
        String json = MAPPER.writeValueAsString(event);
        assertTrue(json.contains("\"items\":[{\"id\":\"block\",\"kind\":\"opening\",\"heading\":{\"en\":\"Opening\"},"
                + "\"title\":{\"en\":\"Opening remarks and panel discussion\"},\"items\":[{\"id\":\"panel\",\"kind\":\"panel\","
                + "\"label\":\"1\",\"items\":[{\"id\":\"questions\",\"kind\":\"other\"}]}]}]"), json);
        assertEquals(event, MAPPER.readValue(json, Event.class));
    }

    /** An event inside another object is written in place, and read back from there. */
    @Test
    void writesAnEventInsideAnotherValue() throws IOException {
        record Wrapper(String note, List<Event> events) {
        }
        Wrapper wrapper = new Wrapper("n", List.of(event().build(), Samples.get("saint-cyr-2014").orElseThrow()));
        String json = MAPPER.writeValueAsString(wrapper);
        assertTrue(json.startsWith("{\"note\":\"n\",\"events\":[{\"formatVersion\":1,\"id\":\"e\","), json);
        assertEquals(wrapper, MAPPER.readValue(json, Wrapper.class));
    }

    @Test
    void refusesWhatWouldNotReadBackNamingThePath() {
        assertRefused(Samples.get("saint-cyr-2014").orElseThrow().toBuilder().id(null).build(),
                "cannot write id: the value is missing and the JSON format requires it");
        assertRefused(Samples.get("saint-cyr-2014").orElseThrow().withDates(null, LocalDate.of(2014, 5, 14)),
                "cannot write startDate: the value is missing and the JSON format requires it");
        assertRefused(event().languages("fr", "e\u0000n").build(),
                "cannot write languages[1]: the text contains U+0000, a character no format of Disputatio can hold");
        assertRefused(event().title(LocalizedText.of("en", "a\u0001")).build(),
                "cannot write title.en: the text contains U+0001, a character no format of Disputatio can hold");
        assertRefused(event().title(LocalizedText.of("en", "a\ud800b")).build(),
                "cannot write title.en: the text contains an unpaired surrogate U+D800, a character no format of "
                        + "Disputatio can hold");
        assertRefused(event().timeZone(ZoneOffset.ofHours(1)).build(),
                "cannot write timeZone: +01:00 is not an IANA time zone id such as Europe/Paris: the formats take "
                        + "time zones, not offsets");
        Speaker schemeless = new Speaker("p", Optional.empty(), new PersonName(Optional.empty(), "Lovelace",
                NameOrder.GIVEN_FIRST), List.of(), Optional.empty(), List.of(new ExternalId("Wiki Data", "Q7259")));
        assertRefused(event().person(schemeless).build(), "cannot write people[0].externalIds[0].scheme: \"Wiki Data\" "
                + "is not a code: codes are in lower case with hyphens, such as keynote-speaker");
    }

    private static void assertRefused(Event event, String message) {
        JsonMappingException error = assertThrows(JsonMappingException.class, () -> MAPPER.writeValueAsString(event));
        assertEquals(message, error.getOriginalMessage());
        EventWriteException cause = assertInstanceOf(EventWriteException.class, error.getCause());
        assertEquals(message, cause.getMessage());
    }
}
