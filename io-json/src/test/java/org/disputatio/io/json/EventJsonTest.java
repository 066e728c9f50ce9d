package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventReadException;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventJsonTest {

    private final EventJson json = EventJson.defaults();
    private final Event unesco = Samples.get("unesco-2017").orElseThrow();
    private final Event saintCyr = Samples.get("saint-cyr-2014").orElseThrow();

    @Nested
    class Sources {
        @Test
        void readsFromEveryKindOfSource(@TempDir Path dir) throws IOException {
            String text = json.write(unesco);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve("unesco.json");
            Files.write(file, bytes);
            assertEquals(unesco, json.read(text));
            assertEquals(unesco, json.read(bytes));
            assertEquals(unesco, json.read(new ByteArrayInputStream(bytes)));
            assertEquals(unesco, json.read(new StringReader(text)));
            assertEquals(unesco, json.read(file));
        }

        @Test
        void writesToEveryKindOfTarget(@TempDir Path dir) {
            String expected = json.write(unesco);
            StringWriter writer = new StringWriter();
            json.write(unesco, writer);
            assertEquals(expected, writer.toString());
            var out = new java.io.ByteArrayOutputStream();
            json.write(unesco, out);
            assertEquals(expected, out.toString(StandardCharsets.UTF_8));
            Path file = dir.resolve("out.json");
            json.write(unesco, file);
            assertEquals(unesco, json.read(file));
        }
    }

    @Nested
    class Output {
        @Test
        void prettyOutputEndsWithANewlineAndUsesTwoSpaces() {
            String text = json.write(saintCyr);
            assertTrue(text.startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"saint-cyr-2014\",\n"), text);
            assertTrue(text.endsWith("}\n"));
        }

        @Test
        void compactOutputIsOneLine() {
            String text = json.compact().write(unesco);
            assertFalse(text.contains("\n"));
            assertTrue(text.startsWith("{\"formatVersion\":1,\"id\":\"unesco-2017\",\"kind\":\"conference\","), text);
            assertEquals(unesco, json.read(text));
        }

        @Test
        void omitsAbsentValuesInsteadOfWritingNull() {
            String text = json.write(saintCyr);
            assertFalse(text.contains("null"));
            assertFalse(text.contains("\"venue\""));
            assertFalse(text.contains("\"timeZone\""));
        }

        @Test
        void refusesToWriteWhatWouldNotReadBack() {
            Event withoutId = saintCyr.toBuilder().id(null).build();
            var error = assertThrows(IllegalArgumentException.class, () -> json.write(withoutId));
            assertEquals("cannot write id: the value is missing and the JSON format requires it", error.getMessage());
            Event withoutDate = saintCyr.withDates(null, LocalDate.of(2014, 5, 14));
            error = assertThrows(IllegalArgumentException.class, () -> json.write(withoutDate));
            assertEquals("cannot write startDate: the value is missing and the JSON format requires it",
                    error.getMessage());
        }
    }

    @Nested
    class Errors {
        @Test
        void sayWhatAndWhere() {
            String text = json.write(saintCyr).replace("\"startDate\": \"2014-05-14\"", "\"startDate\": \"14 May\"");
            EventReadException error = assertThrows(EventReadException.class, () -> json.read(text));
            assertEquals("<input>:11:16: expected a date such as 2017-04-06, got \"14 May\" (at startDate)",
                    error.getMessage());
            assertEquals(11, error.line());
            assertEquals(16, error.column());
            assertEquals("startDate", error.path());
        }

        @Test
        void pointIntoNestedValues() {
            String text = json.write(unesco).replaceFirst("\"start\": \"10:00\"", "\"start\": \"10h00\"");
            EventReadException error = assertThrows(EventReadException.class, () -> json.read(text));
            assertEquals("expected a time such as 09:30, got \"10h00\"", error.reason());
            assertEquals("programme.days[0].items[1].start", error.path());
        }

        @Test
        void nameTheFile(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, "{\"formatVersion\": 1, \"id\": \"x\"");
            EventReadException error = assertThrows(EventReadException.class, () -> json.read(file));
            assertEquals(file.toString(), error.source().orElseThrow());
            assertTrue(error.getMessage().startsWith(file + ":1:"), error.getMessage());
        }

        @Test
        void reportAMissingFileAsAReadError(@TempDir Path dir) {
            Path missing = dir.resolve("missing.json");
            EventReadException error = assertThrows(EventReadException.class, () -> json.read(missing));
            assertEquals("cannot read the file: no such file", error.reason());
        }

        @Test
        void placeAnEmptyInputAtItsStart() {
            EventReadException error = assertThrows(EventReadException.class, () -> json.read(""));
            assertEquals("<input>:1:1: no event: the input is empty", error.getMessage());
        }

        @Test
        void nameMissingRequiredProperties() {
            EventReadException error = assertThrows(EventReadException.class,
                    () -> json.read("{\"formatVersion\": 1, \"id\": \"x\", \"kind\": \"seminar\", \"endDate\": \"2017-04-06\"}"));
            assertEquals("missing required property 'startDate'", error.reason());
        }

        @Test
        void nameEveryMissingRequiredPropertyOfAnObjectAtOnce() {
            EventReadException error = assertThrows(EventReadException.class, () -> json.read("{\"id\": \"x\"}"));
            assertEquals("missing required properties 'formatVersion', 'kind', 'startDate' and 'endDate'",
                    error.reason());
            error = assertThrows(EventReadException.class, () -> json.read("{\"formatVersion\": 1, \"id\": \"x\", "
                    + "\"kind\": \"seminar\", \"startDate\": \"2017-04-06\", \"endDate\": \"2017-04-06\", "
                    + "\"people\": [{\"id\": \"p\", \"name\": {}, \"affiliations\": [{}]}, {\"id\": \"q\"}]}"));
            assertEquals("missing required property 'printed'", error.reason());
            assertEquals("people[0].name", error.path());
            assertEquals(1, error.line());
            assertEquals(136, error.column());
        }

        @Test
        void listTheKnownPropertiesOfAnUnknownOne() {
            EventReadException error = assertThrows(EventReadException.class,
                    () -> json.read("{\"formatVersion\": 1, \"titel\": {}}"));
            assertTrue(error.reason().startsWith("unknown property 'titel' (expected one of: formatVersion, id, kind,"),
                    error.reason());
            assertEquals("titel", error.path());
        }
    }

    @Nested
    class Validation {
        @Test
        void readAndValidateIsOneCall() {
            var result = json.readAndValidate(json.write(unesco));
            assertEquals(unesco, result.event());
            assertTrue(result.report().isValid());
            assertEquals(4, result.report().warnings().size());
        }
    }

    @Nested
    class JsonLines {
        @Test
        void writesAndReadsACorpusOneEventPerLine() {
            List<Event> corpus = IntStream.range(0, 1_000)
                    .mapToObj(i -> (i % 2 == 0 ? unesco : saintCyr).toBuilder().id("event-" + i).build())
                    .toList();
            StringWriter out = new StringWriter();
            json.writeLines(corpus.stream(), out);
            assertEquals(1_000, out.toString().lines().count());
            try (Stream<Event> read = json.readLines(new StringReader(out.toString()))) {
                assertEquals(corpus, read.toList());
            }
        }

        @Test
        void failsAtTheFirstMalformedLineNamingIt() {
            String lines = json.compact().write(saintCyr) + "\n\n" + "{\"formatVersion\": 1, oops}\n"
                    + json.compact().write(saintCyr) + "\n";
            try (Stream<Event> read = json.readLines(new StringReader(lines))) {
                var iterator = read.iterator();
                assertEquals(saintCyr, iterator.next());
                EventReadException error = assertThrows(EventReadException.class, iterator::next);
                assertEquals(3, error.line());
                assertTrue(error.getMessage().startsWith("<input>:3:"), error.getMessage());
            }
        }

        @Test
        void goesOnAfterMalformedLinesWhenAsked() {
            String lines = "not json\n" + json.compact().write(saintCyr) + "\n{}\n" + json.compact().write(unesco);
            List<EventReadException> errors = new ArrayList<>();
            try (Stream<Event> read = json.readLines(new StringReader(lines), errors::add)) {
                assertEquals(List.of(saintCyr, unesco), read.toList());
            }
            assertEquals(List.of(1L, 3L), errors.stream().map(EventReadException::line).toList());
        }

        @Test
        void namesTheFileOfACorpus(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("corpus.jsonl");
            Files.writeString(file, json.compact().write(saintCyr) + "\n[1]\n");
            try (Stream<Event> read = json.readLines(file)) {
                EventReadException error = assertThrows(EventReadException.class, read::toList);
                assertTrue(error.getMessage().startsWith(file + ":2:1: expected an event object, got an array"),
                        error.getMessage());
            }
        }
    }
}
