package org.disputatio.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputatio.io.EventWriteException;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.PersonName;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link EventJson} promises besides reading hostile input: it leaves the caller's streams
 * open, Jackson finds its module, and its writer refuses what its reader would reject.
 *
 */
class EventJsonContractTest {

    private static final EventJson JSON = EventJson.defaults();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static Event.Builder event() {
        return Event.builder("e").kind(EventKind.SEMINAR).date(DAY).title(LocalizedText.of("fr", "Séminaire", "en", "Seminar"));
    }

    /** Records whether it was closed, and fails any use after that, as a file stream does. */
    private static final class TrackingOutput extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class TrackingInput extends ByteArrayInputStream {
        boolean closed;

        TrackingInput(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class TrackingReader extends StringReader {
        boolean closed;

        TrackingReader(String text) {
            super(text);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class TrackingWriter extends StringWriter {
        boolean closed;

        @Override
        public void write(String text) {
            if (closed) {
                throw new IllegalStateException("written after close");
            }
            super.write(text);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void readingLeavesTheCallersStreamOpen() {
        TrackingInput in = new TrackingInput(JSON.writeBytes(event().build()));
        JSON.read(in);
        assertFalse(in.closed, "read(InputStream) closed the stream");
        TrackingReader reader = new TrackingReader(JSON.write(event().build()));
        JSON.read(reader);
        assertFalse(reader.closed, "read(Reader) closed the reader");
    }

    @Test
    void writingLeavesTheCallersStreamOpen() {
        TrackingOutput out = new TrackingOutput();
        JSON.write(event().build(), out);
        assertFalse(out.closed, "write(Event, OutputStream) closed the stream");
        TrackingWriter writer = new TrackingWriter();
        JSON.write(event().build(), writer);
        assertFalse(writer.closed, "write(Event, Writer) closed the writer");
    }

    @Test
    void writeLinesWritesACorpusToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        List<Event> events = List.of(event().id("one").build(), event().id("two").build(), event().id("three").build());
        try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
            JSON.writeLines(events.stream(), out);
        }
        try (Stream<Event> read = JSON.readLines(file)) {
            assertEquals(events, read.collect(Collectors.toList()));
        }
    }

    @Test
    void writeLinesWritesOneCompactLinePerEvent() {
        StringWriter out = new StringWriter();
        JSON.writeLines(Stream.of(event().id("one").build(), event().id("two").build()), out);
        List<String> lines = out.toString().lines().collect(Collectors.toList());
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"formatVersion\":1,\"id\":\"one\""), lines.get(0));
        assertTrue(out.toString().endsWith("\n"));
    }

    @Test
    void jacksonFindsTheModuleThroughServiceLoader() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Event event = event().build();
        assertEquals(event, mapper.readValue(JSON.write(event), Event.class));
        assertEquals(JSON.compact().write(event), mapper.writeValueAsString(event));
    }

    @Test
    void theWriterRefusesAnEventWithoutWhatTheFormatRequires() {
        for (Event incomplete : List.of(event().id(null).build(), event().kind(null).build(),
                event().dates(null, DAY).build(), event().dates(DAY, null).build())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(incomplete));
            assertTrue(e.getMessage().startsWith("cannot write "), e::getMessage);
            assertTrue(e.getMessage().endsWith(": the value is missing and the JSON format requires it"), e::getMessage);
            assertThrows(IllegalArgumentException.class, () -> JSON.writeBytes(incomplete));
        }
    }

    @Test
    void theWriterNamesThePathOfTheMissingValue() {
        assertRefused(event().id(null).build(), "id");
        assertRefused(event().kind(null).build(), "kind");
        assertRefused(event().dates(null, DAY).build(), "startDate");
        Speaker unprinted = new Speaker("p", Optional.empty(), new PersonName(null, Optional.of("Ada"),
                Optional.of("LOVELACE"), NameOrder.GIVEN_FIRST, org.disputatio.model.Certainty.STATED), List.of(),
                Optional.empty(), List.of());
        assertRefused(event().person(unprinted).build(), "people[0].name.printed");
    }

    @Test
    void namesAsPrintedRoundTripAndDefaultsAreLeftOut() {
        Event event = event()
                .person(Speaker.builder("sukarno").name("Sukarno").build())
                .person(Speaker.builder("larue").name("Frank", "LARUE").build())
                .person(Speaker.builder("qi").name("Qi XIAOXIA", "XIAOXIA", "Qi", NameOrder.FAMILY_FIRST,
                        org.disputatio.model.Certainty.INFERRED).build())
                .person(Speaker.builder("leclerc").name("Anne Marie LECLERC", null, "LECLERC", NameOrder.GIVEN_FIRST,
                        org.disputatio.model.Certainty.STATED).build())
                .build();
        String json = JSON.compact().write(event);
        assertTrue(json.contains("{\"id\":\"sukarno\",\"name\":{\"printed\":\"Sukarno\"}}"), json);
        assertTrue(json.contains("\"name\":{\"printed\":\"Frank LARUE\",\"given\":\"Frank\",\"family\":\"LARUE\"}}"),
                json);
        assertTrue(json.contains("\"name\":{\"printed\":\"Qi XIAOXIA\",\"given\":\"XIAOXIA\",\"family\":\"Qi\","
                + "\"order\":\"family-first\",\"parts\":\"inferred\"}}"), json);
        assertTrue(json.contains("\"name\":{\"printed\":\"Anne Marie LECLERC\",\"family\":\"LECLERC\"}}"), json);
        assertEquals(event, JSON.read(json));
        assertEquals(json, JSON.compact().write(JSON.read(json)));
    }

    @Test
    void theReaderGivesAbsentOrderAndPartsTheirDefaults() {
        Event read = JSON.read("{\"formatVersion\": 1, \"id\": \"e\", \"kind\": \"seminar\", \"startDate\": "
                + "\"2026-11-26\", \"endDate\": \"2026-11-26\", \"people\": [{\"id\": \"p\", \"name\": "
                + "{\"printed\": \"Ada LOVELACE\", \"given\": \"Ada\", \"family\": \"LOVELACE\"}}]}");
        PersonName name = read.people().get(0).name();
        assertEquals(NameOrder.GIVEN_FIRST, name.order());
        assertEquals(org.disputatio.model.Certainty.STATED, name.parts());
        assertEquals(PersonName.of("Ada", "LOVELACE"), name);
    }

    @Test
    void theWriterRefusesAPersonWithoutAName() {
        Speaker nameless = new Speaker("p", Optional.empty(), null, List.of(), Optional.empty(), List.of());
        assertRefused(event().person(nameless).build(), "people[0].name");
    }

    @Test
    void theWriterRefusesCodesTheReaderRefuses() {
        for (Event event : List.of(event().kind(EventKind.of("")).build(), event().kind(EventKind.of("Round Table")).build(),
                event().role(new org.disputatio.model.Role("Keynote_Speaker", LocalizedText.empty(), LocalizedText.empty()))
                        .build())) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(event));
            assertTrue(e.getMessage().startsWith("cannot write "), e::getMessage);
        }
    }

    @Test
    void theWriterRefusesUnpairedSurrogates() {
        Event broken = event().title(LocalizedText.of("en", "a\ud800b")).build();
        assertThrows(IllegalArgumentException.class, () -> JSON.write(broken));
        assertThrows(IllegalArgumentException.class, () -> JSON.writeBytes(broken));
    }

    @Test
    void aRefusalIsAnEventWriteExceptionWithThePathOfTheValue() {
        EventWriteException e = assertThrows(EventWriteException.class,
                () -> JSON.write(event().languages("fr", "e\u0000n").build()));
        assertEquals("languages[1]", e.path());
        assertEquals("cannot write languages[1]: the text contains U+0000, a character no format of Disputatio can "
                + "hold", e.getMessage());
        e = assertThrows(EventWriteException.class, () -> JSON.write(event().title(LocalizedText.of("en", "a\u0001"))
                .build()));
        assertEquals("title.en", e.path());
        e = assertThrows(EventWriteException.class,
                () -> JSON.write(event().timeZone(java.time.ZoneOffset.ofHours(1)).build()));
        assertEquals("cannot write timeZone: +01:00 is not an IANA time zone id such as Europe/Paris: the formats "
                + "take time zones, not offsets", e.getMessage());
        Speaker schemeless = new Speaker("p", Optional.empty(), new PersonName(Optional.empty(), "Lovelace",
                NameOrder.GIVEN_FIRST), List.of(), Optional.empty(), List.of(new org.disputatio.model.ExternalId(
                        "Wiki Data", "Q7259")));
        e = assertThrows(EventWriteException.class, () -> JSON.write(event().person(schemeless).build()));
        assertEquals("cannot write people[0].externalIds[0].scheme: \"Wiki Data\" is not a code: codes are in lower "
                + "case with hyphens, such as keynote-speaker", e.getMessage());
    }

    @Test
    void aParticipationCarriesTheTitleAndDescriptionOfItsContribution() {
        var paper = new org.disputatio.model.Participation("p", "panellist",
                LocalizedText.of("en", "The due diligence principle"), LocalizedText.of("en", "A paper."));
        Speaker person = new Speaker("p", Optional.empty(), new PersonName(Optional.of("Ada"), "Lovelace",
                NameOrder.GIVEN_FIRST), List.of(), Optional.empty(), List.of());
        Event event = event().person(person).programme(org.disputatio.model.Programme.of(
                org.disputatio.model.ProgrammeDay.of(DAY, List.of(org.disputatio.model.Panel.builder("panel-1")
                        .participant(paper).build())))).build();
        String json = JSON.compact().write(event);
        assertTrue(json.contains("\"participants\":[{\"person\":\"p\",\"role\":\"panellist\",\"title\":{\"en\":"
                + "\"The due diligence principle\"},\"description\":{\"en\":\"A paper.\"}}]"), json);
        assertEquals(event, JSON.read(json));
    }

    private static void assertRefused(Event event, String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(event));
        assertTrue(e.getMessage().startsWith("cannot write " + path + ":"), e::getMessage);
    }
}
