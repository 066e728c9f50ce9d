package org.disputatio.io.json.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.io.shape.Shapes;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors in a document arrive as Jackson 2's {@link MismatchedInputException}, reported through
 * the deserialization context, whose message names the reason (in the words of io-json's reader
 * wherever the situation is the same), the path of the value, its line and column.
 */
class ReadErrorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DisputatioJackson2Module());

    /** A minimal event, its object left open. */
    private static final String HEAD = "{\"formatVersion\": 1, \"id\": \"e\", \"kind\": \"seminar\", "
            + "\"startDate\": \"2017-04-06\", \"endDate\": \"2017-04-06\"";

    private static MismatchedInputException refused(ObjectMapper mapper, String document) {
        return assertThrows(MismatchedInputException.class, () -> mapper.readValue(document, Event.class));
    }

    private static MismatchedInputException refused(String document) {
        return refused(MAPPER, document);
    }

    @Nested
    class WhereAndWhat {
        @Test
        void theMessageNamesReasonPathLineAndColumn() {
            MismatchedInputException error = refused("{\"formatVersion\": 1,\n \"id\": 42}");
            assertEquals("expected a string, got an integer (at id, line 2, column 8)", error.getOriginalMessage());
            assertTrue(error.getMessage().startsWith(error.getOriginalMessage()), error.getMessage());
            assertEquals(2, error.getLocation().getLineNr());
            assertEquals(8, error.getLocation().getColumnNr());
            assertEquals(Event.class, error.getTargetType());
        }

        /** Text, bytes, streams and files: Jackson 2 counts lines and columns in all of them. */
        @Test
        void whateverTheInput(@TempDir Path dir) throws IOException {
            String document = Golden.text("saint-cyr-2014").replace("\"startDate\": \"2014-05-14\"",
                    "\"startDate\": \"14 May\"");
            String expected = "expected a date such as 2017-04-06, got \"14 May\" (at startDate, line 11, column 16)";
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            Path file = Files.write(dir.resolve("event.json"), bytes);
            List<Executable> reads = List.of(
                    () -> MAPPER.readValue(document, Event.class),
                    () -> MAPPER.readValue(bytes, Event.class),
                    () -> MAPPER.readValue(new ByteArrayInputStream(bytes), Event.class),
                    () -> MAPPER.readValue(new StringReader(document), Event.class),
                    () -> MAPPER.readValue(file.toFile(), Event.class));
            for (Executable read : reads) {
                MismatchedInputException error = assertThrows(MismatchedInputException.class, read);
                assertEquals(expected, error.getOriginalMessage());
                assertEquals(11, error.getLocation().getLineNr());
                assertEquals(16, error.getLocation().getColumnNr());
            }
        }

        @Test
        void pointIntoNestedValues() {
            String document = Golden.text("unesco-2017").replaceFirst("\"start\": \"10:00\"", "\"start\": \"10h00\"");
            assertTrue(refused(document).getOriginalMessage().startsWith(
                    "expected a time such as 09:30, got \"10h00\" (at programme.days[0].items[1].start, line "));
        }

        /** The path starts at the document's root, where the event is a value inside a larger document. */
        @Test
        void anEventInsideAnotherObjectHasTheWholePath() {
            record Wrapper(String note, List<Event> events) {
            }
            String document = "{\"note\": \"n\",\n \"events\": [" + HEAD + "},\n" + HEAD.replace("\"kind\": \"seminar\"",
                    "\"kind\": \"Seminar\"") + "}]}";
            MismatchedInputException error = assertThrows(MismatchedInputException.class,
                    () -> MAPPER.readValue(document, Wrapper.class));
            assertEquals("expected a code in lower case with hyphens, such as \"keynote-speaker\", got \"Seminar\" "
                    + "(at events[1].kind, line 3, column 41)", error.getOriginalMessage());
        }

        @Test
        void anEventAtTheRootMustBeAnObject() {
            assertEquals("expected an event object, got an array (at the event, line 1, column 1)",
                    refused("[]").getOriginalMessage());
            assertEquals("expected an event object, got a string (at the event, line 1, column 1)",
                    refused("\"e\"").getOriginalMessage());
            assertEquals("expected an event object, got an integer (at the event, line 1, column 2)",
                    refused(" 1").getOriginalMessage());
        }

        /** JSON null is Jackson's to map: null for the event, refused for a value of the format. */
        @Test
        void nullIsNoValueOfTheFormat() throws IOException {
            assertNull(MAPPER.readValue("null", Event.class));
            assertEquals("expected a venue object, got null (at venue, line 1, column 113)",
                    refused(HEAD + ", \"venue\": null}").getOriginalMessage());
            assertEquals("expected a string, got null (at languages[0], line 1, column 118)",
                    refused(HEAD + ", \"languages\": [null]}").getOriginalMessage());
        }
    }

    @Nested
    class Properties {
        @Test
        void anUnknownPropertyIsRefusedAsJackson2RefusesThemByDefault() {
            assertEquals("unknown property 'titel' (expected one of: " + String.join(", ", Shapes.EVENT.propertyNames())
                    + ") (at titel, line 1, column 31)", refused("{\"formatVersion\": 1, \"titel\": {}}").getOriginalMessage());
            assertEquals("unknown property 'nom' (expected one of: printed, given, family, order, parts) (at people[0].name.nom, line 1, "
                    + "column 143)", refused(HEAD + ", \"people\": [{\"id\": \"p\", \"name\": {\"nom\": \"x\"}}]}")
                    .getOriginalMessage());
        }

        @Test
        void unknownPropertiesAreSkippedWhenTheMapperAllowsThem() throws IOException {
            ObjectMapper lenient = new ObjectMapper().registerModule(new DisputatioJackson2Module())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            String golden = Golden.text("unesco-2017");
            String withExtra = golden.replaceFirst("\\{", "{\"futureProperty\": [1, {\"x\": [2, {}]}, null],")
                    .replaceFirst("\"given\": ", "\"middle\": {\"a\": \"b\"}, \"given\": ");
            assertEquals(Samples.get("unesco-2017").orElseThrow(), lenient.readValue(withExtra, Event.class));
            assertInstanceOf(MismatchedInputException.class, refused(withExtra));
        }

        @Test
        void nameEveryMissingRequiredPropertyOfAnObjectAtOnce() {
            assertEquals("missing required properties 'formatVersion', 'kind', 'startDate' and 'endDate' "
                    + "(at the event, line 1, column 11)", refused("{\"id\": \"x\"}").getOriginalMessage());
            assertEquals("missing required property 'startDate' (at the event, line 1, column 75)",
                    refused("{\"formatVersion\": 1, \"id\": \"x\", \"kind\": \"seminar\", \"endDate\": \"2017-04-06\"}")
                            .getOriginalMessage());
            assertEquals("missing required property 'printed' (at people[0].name, line 1, column 136)",
                    refused(HEAD + ", \"people\": [{\"id\": \"p\", \"name\": {}}]}").getOriginalMessage());
        }

        /** A shape's builder may refuse values that do not belong together: reported at the object. */
        @Test
        void valuesThatDoNotMakeAnObjectAreRefusedAtTheObject() {
            String document = HEAD + ", \"programme\": {\"days\": [{\"date\": \"2017-04-06\", \"items\": "
                    + "[{\"id\": \"i\", \"kind\": \"keynote\", \"label\": \"1\"}]}]}}";
            assertEquals("only a panel has a label, and this item's kind is keynote (at programme.days[0].items[0], line 1, "
                    + "column 203)", refused(document).getOriginalMessage());
        }

        /** Jackson 2 keeps the last of two values, unless its parsers detect duplicates. */
        @Test
        void duplicatesFollowTheMappersStrictDuplicateDetection() throws IOException {
            String document = HEAD + ", \"id\": \"f\"}";
            assertEquals("f", MAPPER.readValue(document, Event.class).id());
            ObjectMapper strict = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .addModule(new DisputatioJackson2Module()).build();
            MismatchedInputException error = refused(strict, document);
            assertEquals("Duplicate field 'id' (at id, line 1, column 108)", error.getOriginalMessage());
            assertInstanceOf(JsonParseException.class, error.getCause());
        }

        @Test
        void oneObjectHasAtMostAThousandProperties() {
            ObjectMapper lenient = new ObjectMapper().registerModule(new DisputatioJackson2Module())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                many.append(", \"p").append(i).append("\": ").append(i);
            }
            MismatchedInputException error = refused(lenient, HEAD + many + "}");
            assertTrue(error.getOriginalMessage().startsWith(
                    "more than 1000 properties in one object (the limit maxProperties) (at p995, line 1, column "),
                    error.getOriginalMessage());
            error = refused(lenient, HEAD + ", \"extra\": {\"a\": 0" + many + "}}");
            assertTrue(error.getOriginalMessage().startsWith(
                    "more than 1000 properties in one object (the limit maxProperties) (at extra.p999, line 1, column "),
                    error.getOriginalMessage());
        }
    }

    @Nested
    class Values {
        static Stream<Arguments> wrongValues() {
            return Stream.of(
                    Arguments.of("\"formatVersion\": 1.0", "expected an integer, got a decimal number (at formatVersion"),
                    Arguments.of("\"formatVersion\": \"1\"", "expected an integer, got a string (at formatVersion"),
                    Arguments.of("\"formatVersion\": 2",
                            "unsupported formatVersion 2; this reader reads version 1 (at formatVersion"),
                    Arguments.of("\"formatVersion\": 99999999999", "integer out of range: 99999999999 (at formatVersion"),
                    Arguments.of("\"id\": true", "expected a string, got a boolean (at id"),
                    Arguments.of("\"title\": \"x\"", "expected a localized text object such as {\"en\": \"…\"}, got a string "
                            + "(at title"),
                    Arguments.of("\"title\": {\"en\": 1}", "expected a string, got an integer (at title.en"),
                    Arguments.of("\"languages\": \"fr\"", "expected an array, got a string (at languages"),
                    Arguments.of("\"languages\": [\"fr\", {}]", "expected a string, got an object (at languages[1]"),
                    Arguments.of("\"timeZone\": \"+01:00\"",
                            "expected an IANA time zone such as Europe/Paris, got \"+01:00\" (at timeZone"),
                    Arguments.of("\"title\": {\"en\": \"a\", \"EN\": \"b\"}", "(at title.EN"),
                    Arguments.of("\"title\": {\"en\": \"a\\u0000b\"}",
                            "text contains U+0000, a character no format of Disputatio can hold (at title.en"),
                    Arguments.of("\"title\": {\"e\\u0001n\": \"a\"}",
                            "language tag contains U+0001, a character no format of Disputatio can hold (at title.e\u0001n"),
                    Arguments.of("\"languages\": [\"a\\ud800\"]", "text contains an unpaired surrogate U+D800, a "
                            + "character no format of Disputatio can hold (at languages[0]"),
                    Arguments.of("\"languages\": [\"\\uffff\"]",
                            "text contains U+FFFF, a character no format of Disputatio can hold (at languages[0]"));
        }

        @ParameterizedTest
        @MethodSource("wrongValues")
        void sayWhatWasExpectedAndFound(String property, String reason) {
            // the property replaces the first of HEAD's or follows them, so that it comes once
            String name = property.substring(0, property.indexOf(':'));
            String document = HEAD.contains(name + ":")
                    ? HEAD.replaceFirst(java.util.regex.Pattern.quote(name) + ": [^,]*", java.util.regex.Matcher
                            .quoteReplacement(property)) + "}"
                    : HEAD + ", " + property + "}";
            String message = refused(document).getOriginalMessage();
            assertTrue(message.startsWith(reason) || message.contains(reason), message);
            assertTrue(message.matches("(?s).*\\(at [^()]*, line 1, column \\d+\\)"), message);
        }
    }

    /**
     * What Jackson's parser refuses (malformed JSON, a limit of the mapper's factory) is reported
     * like the format's errors, in Jackson's words, with the path of the value where it failed.
     */
    @Nested
    class ParserFailures {
        @Test
        void malformedJsonNamesPathLineAndColumn() {
            MismatchedInputException error = refused(HEAD + ",\n \"languages\": [\"fr\", tru]}");
            assertTrue(error.getOriginalMessage().startsWith("Unrecognized token 'tru': was expecting "),
                    error.getOriginalMessage());
            assertTrue(error.getOriginalMessage().endsWith(" (at languages[1], line 2, column 22)"),
                    error.getOriginalMessage());
            assertEquals(2, error.getLocation().getLineNr());
            assertEquals(22, error.getLocation().getColumnNr());
            assertInstanceOf(JsonParseException.class, error.getCause());
        }

        /** Jackson 2's UTF-8 decoder refuses overlong forms, encoded surrogates and code points past U+10FFFF. */
        @Test
        void illFormedUtf8() {
            String head = "{\"formatVersion\": 1, \"id\": \"";
            String tail = "\", \"kind\": \"seminar\", \"startDate\": \"2017-04-06\", \"endDate\": \"2017-04-06\"}";
            for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
                byte[] document = (head + "\u0000" + tail).getBytes(StandardCharsets.UTF_8);
                int at = head.length();
                byte[] broken = new byte[document.length - 1 + bad.length];
                System.arraycopy(document, 0, broken, 0, at);
                System.arraycopy(bad, 0, broken, at, bad.length);
                System.arraycopy(document, at + 1, broken, at + bad.length, document.length - at - 1);
                MismatchedInputException error = assertThrows(MismatchedInputException.class,
                        () -> MAPPER.readValue(broken, Event.class));
                assertTrue(error.getOriginalMessage().startsWith("Invalid UTF-8"), error.getOriginalMessage());
                assertTrue(error.getOriginalMessage().matches(".* \\(at id, line 1, column 3\\d\\)"),
                        error.getOriginalMessage());
            }
        }

        @Test
        void anInputThatEndsInsideTheEvent() {
            MismatchedInputException error = refused(HEAD);
            assertTrue(error.getOriginalMessage().startsWith("Unexpected end-of-input: expected close marker for "
                    + "Object"), error.getOriginalMessage());
            assertTrue(error.getOriginalMessage().endsWith("(at endDate, line 1, column 102)"),
                    error.getOriginalMessage());
        }

        @Test
        void theMappersLimitsApply() {
            ObjectMapper shallow = JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).build()).build())
                    .addModule(new DisputatioJackson2Module()).build();
            MismatchedInputException error = refused(shallow, HEAD + ", \"venue\": {\"address\": {}}}");
            assertTrue(error.getOriginalMessage().startsWith("Document nesting depth (3) exceeds the maximum allowed (2"),
                    error.getOriginalMessage());
            assertTrue(error.getOriginalMessage().endsWith("(at venue.address, line 1, column 126)"),
                    error.getOriginalMessage());
            assertInstanceOf(StreamConstraintsException.class, error.getCause());
        }
    }
}
