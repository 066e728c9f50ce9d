package org.disputatio.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reader against hostile input: every failure must be an {@link EventReadException}
 * saying what is wrong and where, never a parser exception, an NPE, a stack overflow or an
 * out-of-memory error, and never a silently accepted document.
 *
 */
class HostileJsonTest {

    private static final EventJson STRICT = EventJson.defaults();
    private static final EventJson LENIENT = EventJson.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true));

    /** A valid event with only the required parts; {@code %s} is where extra properties go. */
    private static final String TEMPLATE = "{\n"
            + "  \"formatVersion\": 1,\n"
            + "  \"id\": \"e\",\n"
            + "  \"kind\": \"seminar\",\n"
            + "  \"startDate\": \"2026-11-26\",\n"
            + "  \"endDate\": \"2026-11-26\"%s\n"
            + "}\n";

    private static final String MINIMAL = String.format(TEMPLATE, "");

    /** The minimal event with one more top-level property, given as {@code "name": value}. */
    private static String with(String property) {
        return String.format(TEMPLATE, ",\n  " + property);
    }

    private static EventReadException failure(Supplier<Event> read) {
        try {
            Event event = read.get();
            return fail("read a hostile document as " + event);
        } catch (EventReadException e) {
            JsonRoundTripProperties.assertWellFormed(e);
            return e;
        } catch (Throwable t) { // NOPMD: anything else is the failure looked for
            throw new AssertionError("expected an EventReadException, got " + t, t);
        }
    }

    private static EventReadException failure(String json) {
        EventReadException fromString = failure(() -> STRICT.read(json));
        EventReadException fromBytes = failure(() -> STRICT.read(json.getBytes(UTF_8)));
        assertEquals(fromString.line(), fromBytes.line(), "the same line whether read from a String or bytes");
        return fromString;
    }

    private static void assertReason(EventReadException e, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(e.reason().contains(fragment), () -> "reason '" + e.reason() + "' does not mention '" + fragment + "'");
        }
    }

    @Test
    void theTemplateIsValid() {
        assertEquals("e", STRICT.read(MINIMAL).id());
    }

    // ---------------------------------------------------------------- nesting

    @Test
    void arraysNested100000DeepAreRejected() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        EventReadException e = failure(deep);
        assertReason(e, "expected an event object, got an array");
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void objectsNested100000DeepAreRejected() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        EventReadException e = failure(deep);
        assertReason(e, "unknown property 'a'");
        assertEquals("a", e.path());
    }

    @Test
    void deepNestingIsCutAtTheLimitEvenWhereUnknownPropertiesAreSkipped() {
        String arrays = with("\"x\": " + "[".repeat(100_000) + "]".repeat(100_000));
        String objects = with("\"x\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
        assertReason(failure(() -> LENIENT.read(arrays)), "nesting depth", "64");
        assertReason(failure(() -> LENIENT.read(objects)), "nesting depth", "64");
        assertReason(failure(() -> LENIENT.read(new ByteArrayInputStream(objects.getBytes(UTF_8)))), "nesting depth");
        assertReason(failure(() -> LENIENT.read(new StringReader(arrays))), "nesting depth");
    }

    /** A programme whose one day holds an item nested {@code depth} deep. */
    private static String itemsNested(int depth) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            items.append("{\"id\": \"i").append(i).append("\", \"kind\": \"other\", \"items\": [");
        }
        items.append("]}".repeat(depth));
        return with("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [" + items + "]}]}");
    }

    @Test
    void itemsNestedWithinTheLimitAreReadAndDeeperOnesAreCutAtTheLimit() {
        Event event = STRICT.read(itemsNested(20));
        assertEquals(20, event.programme().items().count());
        assertReason(failure(itemsNested(100)), "nesting depth", "64");
        assertReason(failure(() -> EventJson.with(ReadSettings.defaults().withMaxNestingDepth(16)).read(itemsNested(10))),
                "nesting depth", "16");
    }

    @Test
    void deepNestingWhereTheFormatExpectsAValueIsATypeError() {
        EventReadException e = failure(with("\"title\": {\"en\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"));
        assertReason(e, "expected a string, got an array");
        EventReadException venue = failure(with("\"venue\": " + "{\"name\":".repeat(100_000) + "{}" + "}".repeat(100_000)));
        assertReason(venue, "expected a string, got an object");
    }

    @Test
    void aLowerNestingLimitStillReadsAnEvent() {
        EventJson shallow = EventJson.with(ReadSettings.defaults().withMaxNestingDepth(8));
        String unesco = new String(JsonRoundTripProperties.golden("unesco-2017.json"), UTF_8);
        assertEquals("unesco-2017", shallow.read(unesco).id(), "an event needs 8 levels");
        EventJson tooShallow = EventJson.with(ReadSettings.defaults().withMaxNestingDepth(7));
        assertReason(failure(() -> tooShallow.read(unesco)), "nesting depth");
    }

    // ---------------------------------------------------------------- lengths

    @Test
    void aTwoMegabyteStringIsRejected() {
        String huge = "x".repeat(2_000_000);
        assertReason(failure(with("\"title\": {\"en\": \"" + huge + "\"}")), "String value length", "1000000");
        assertReason(failure(MINIMAL.replace("\"e\"", "\"" + huge + "\"")), "String value length");
        assertReason(failure(() -> STRICT.read(new ByteArrayInputStream(with("\"subtitle\": {\"fr\": \"" + huge + "\"}")
                .getBytes(UTF_8)))), "String value length");
    }

    @Test
    void aStringJustUnderTheLimitIsRead() {
        String large = "é".repeat(999_999);
        Event event = STRICT.read(with("\"description\": {\"en\": \"" + large + "\"}"));
        assertEquals(large, event.description().get("en").orElseThrow());
    }

    @Test
    void aHugePropertyNameIsRejected() {
        assertReason(failure(with("\"" + "n".repeat(2_000_000) + "\": 1")), "Name length");
        assertReason(failure(with("\"title\": {\"" + "a".repeat(5_000) + "\": \"x\"}")), "Name length");
    }

    @Test
    void aTenThousandDigitIntegerIsRejected() {
        String digits = "7".repeat(10_000);
        assertReason(failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": " + digits)),
                "Number value length", "100");
        assertReason(failure(with("\"links\": [{\"url\": \"https://example.org\", \"languageCount\": " + digits + "}]")),
                "Number value length");
        assertReason(failure(with("\"links\": [{\"url\": \"https://example.org\", \"languageCount\": -" + digits + "}]")),
                "Number value length");
    }

    @Test
    void anIntegerBeyondIntIsOutOfRange() {
        EventReadException e = failure(with("\"links\": [{\"url\": \"https://example.org\", \"languageCount\": 2147483648}]"));
        assertReason(e, "integer out of range", "2147483648");
        assertEquals("links[0].languageCount", e.path());
        assertReason(failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": 99999999999999999999")),
                "integer out of range");
    }

    @Test
    void aHugeExponentWhereAnIntegerIsExpectedIsRejectedWithoutBeingComputed() {
        for (String number : List.of("1e1000000000", "1E+1000000000", "-1e-1000000000", "1e1", "10e0")) {
            EventReadException e = failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": " + number));
            assertReason(e, "expected an integer, got a decimal number");
            assertEquals("formatVersion", e.path());
            assertReason(failure(with("\"links\": [{\"url\": \"u\", \"languageCount\": " + number + "}]")),
                    "expected an integer");
        }
    }

    @Test
    void aDecimalFormatVersionIsRejected() {
        EventReadException e = failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": 1.5"));
        assertReason(e, "expected an integer, got a decimal number");
        assertEquals(2, e.line());
        assertEquals(20, e.column());
        assertReason(failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": 1.0")), "expected an integer");
    }

    @Test
    void aStringFormatVersionIsRejectedWhereItStands() {
        EventReadException e = failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""));
        assertReason(e, "expected an integer, got a string");
        assertEquals(2, e.line());
        assertEquals(20, e.column());
        assertEquals("formatVersion", e.path());
        assertEquals("<input>:2:20: expected an integer, got a string (at formatVersion)", e.getMessage());
    }

    @Test
    void anotherFormatVersionIsRejected() {
        for (String version : List.of("0", "2", "-1", "2147483647")) {
            assertReason(failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": " + version)),
                    "unsupported formatVersion " + version);
        }
    }

    @Test
    void aNumberThatIsNotJsonIsRejected() {
        for (String number : List.of("NaN", "Infinity", "-Infinity", "+1", "01", "0x1", "1.", ".5", "1e", "--1")) {
            EventReadException e = failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": " + number));
            assertEquals(2, e.line(), () -> number + ": " + e.getMessage());
        }
    }

    @Test
    void aLimitErrorSaysWhereItHappened() {
        EventReadException number = failure(MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": " + "7".repeat(10_000)));
        assertEquals(2, number.line(), number::getMessage);
        EventReadException string = failure(with("\"title\": {\"en\": \"" + "x".repeat(2_000_000) + "\"}"));
        assertEquals(7, string.line(), string::getMessage);
        assertTrue(string.column() > 0, string::getMessage);
    }

    /** {@code ,"p0":0,"p1":1,…} with this many properties, names in base 36. */
    private static String manyProperties(int count, boolean stringValues) {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < count; i++) {
            properties.append(",\"p").append(Integer.toString(i, 36)).append("\":");
            properties.append(stringValues ? "\"" + i + "\"" : Integer.toString(i));
        }
        return properties.toString();
    }

    @Test
    @Timeout(10)
    void aHundredThousandUnknownPropertiesAreSkippedOrRejectedQuickly() {
        String names = manyProperties(100_000, false);
        String unknown = with("\"x\": {\"first\": 0" + names + "}");
        EventJson lenient = EventJson.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true)
                .withMaxProperties(200_000));
        assertEquals("e", lenient.read(unknown).id());
        assertReason(failure(() -> LENIENT.read(unknown)), "more than 1000 properties in one object");
        assertReason(failure(unknown), "unknown property 'x'");
        String duplicateAtTheEnd = with("\"x\": {\"first\": 0" + names + ",\"p0\":1}");
        assertReason(failure(() -> lenient.read(duplicateAtTheEnd)), "Duplicate");
    }

    @Test
    @Timeout(10)
    void aLocalizedTextWithAHundredThousandLanguagesIsReadQuickly() {
        String translations = with("\"title\": {\"en\": \"x\"" + manyProperties(100_000, true) + "}");
        assertEquals(100_001, EventJson.with(ReadSettings.defaults().withMaxProperties(200_000)).read(translations)
                .title().size());
        EventReadException tooMany = failure(translations);
        assertReason(tooMany, "more than 1000 properties in one object (the limit maxProperties)");
        assertEquals("title.prr", tooMany.path()); // the 1001st: "en", then p0 … p998, then p999 ("prr" in base 36)
    }

    // ---------------------------------------------------------------- duplicates and unknown properties

    @Test
    void aDuplicateTopLevelPropertyIsRejected() {
        EventReadException e = failure(with("\"id\": \"other\""));
        assertReason(e, "Duplicate", "\"id\"");
        assertEquals(7, e.line());
        assertEquals("id", e.path());
        assertReason(failure(() -> LENIENT.read(with("\"id\": \"other\""))), "Duplicate");
        assertReason(failure(MINIMAL.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"formatVersion\": 1,")),
                "Duplicate");
    }

    @Test
    void aDuplicatePropertyInANestedObjectIsRejected() {
        EventReadException e = failure(with("\"venue\": {\"address\": {\"street\": \"a\", \"locality\": \"Paris\", "
                + "\"street\": \"b\"}}"));
        assertReason(e, "Duplicate", "street");
        assertEquals("venue.address.street", e.path());
        EventReadException person = failure(with("\"people\": [{\"id\": \"p\", \"name\": {\"printed\": \"F\", "
                + "\"family\": \"F\", \"family\": \"G\"}}]"));
        assertReason(person, "Duplicate", "family");
        assertEquals("people[0].name.family", person.path());
        assertReason(failure(with("\"programme\": {\"days\": [], \"days\": []}")), "Duplicate");
    }

    @Test
    void aDuplicateLanguageInALocalizedTextIsRejected() {
        EventReadException exact = failure(with("\"title\": {\"en\": \"One\", \"fr\": \"Un\", \"en\": \"Two\"}"));
        assertReason(exact, "Duplicate", "en");
        assertEquals("title.en", exact.path());
        EventReadException caseOnly = failure(with("\"title\": {\"en\": \"One\", \"EN\": \"Two\"}"));
        assertReason(caseOnly, "EN", "twice");
        assertEquals("title.EN", caseOnly.path());
        assertReason(failure(with("\"venue\": {\"facilities\": [{\"pt-BR\": \"a\", \"pt-br\": \"b\"}]}")), "twice");
    }

    @Test
    void anUnknownPropertyIsRejectedUnlessAllowed() {
        String document = with("\"sponsorLevel\": \"gold\"");
        EventReadException e = failure(document);
        assertReason(e, "unknown property 'sponsorLevel'", "expected one of", "formatVersion");
        assertEquals(7, e.line());
        assertEquals("sponsorLevel", e.path());
        assertEquals(STRICT.read(MINIMAL), LENIENT.read(document));
    }

    @Test
    void unknownPropertiesAnywhereAreRejectedUnlessAllowed() {
        String nested = with("\"venue\": {\"name\": {\"en\": \"Hall\"}, \"capacity\": 300, "
                + "\"address\": {\"locality\": \"Paris\", \"geo\": {\"lat\": 48.8, \"lon\": [2.3, {\"deep\": null}]}}}");
        EventReadException e = failure(nested);
        assertReason(e, "unknown property 'capacity'");
        assertEquals("venue.capacity", e.path());
        Event lenient = LENIENT.read(nested);
        assertEquals("Paris", lenient.venue().orElseThrow().address().orElseThrow().locality().orElseThrow());
        assertEquals(STRICT.read(with("\"venue\": {\"name\": {\"en\": \"Hall\"}, \"address\": {\"locality\": \"Paris\"}}")),
                lenient);
    }

    @Test
    void aClassNameTypeIdIsJustAnUnknownProperty() {
        List<String> documents = List.of(
                MINIMAL.replace("{\n", "{\n  \"@class\": \"java.lang.ProcessBuilder\",\n"),
                with("\"@type\": \"java.lang.ProcessBuilder\""),
                with("\"@class\": \"org.springframework.context.support.ClassPathXmlApplicationContext\""),
                with("\"venue\": {\"@class\": \"java.lang.ProcessBuilder\", \"name\": {\"en\": \"x\"}}"),
                with("\"people\": [{\"@type\": \"java.lang.ProcessBuilder\", \"id\": \"p\", "
                        + "\"name\": {\"printed\": \"F\"}}]"),
                with("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [{\"id\": \"i\", \"kind\": \"panel\", "
                        + "\"@class\": \"java.lang.Runtime\"}]}]}"),
                with("\"provenance\": {\"sources\": [{\"id\": \"s\", \"@type\": [\"java.lang.ProcessBuilder\", "
                        + "{\"command\": [\"rm\", \"-rf\", \"/\"]}]}]}"));
        for (String document : documents) {
            EventReadException e = failure(document);
            assertTrue(e.reason().matches("unknown property '@(class|type)' .*"), e::getMessage);
            assertNotNull(LENIENT.read(document), "ignored when unknown properties are allowed");
        }
    }

    @Test
    void aWrapperArrayTypeIdIsNotAnEvent() {
        assertReason(failure("[\"java.lang.ProcessBuilder\", " + MINIMAL + "]"), "expected an event object, got an array");
        assertReason(failure(with("\"title\": [\"java.util.HashMap\", {\"en\": \"x\"}]")),
                "expected a localized text object");
    }

    // ---------------------------------------------------------------- wrong types

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("\"id\": 1", "expected a string, got an integer", "id", true),
                Arguments.of("\"id\": null", "expected a string, got null", "id", true),
                Arguments.of("\"kind\": null", "got null", "kind", true),
                Arguments.of("\"kind\": \"\"", "expected a code in lower case with hyphens", "kind", true),
                Arguments.of("\"kind\": \"Round Table\"", "got \"Round Table\"", "kind", true),
                Arguments.of("\"kind\": \"round--table\"", "expected a code", "kind", true),
                Arguments.of("\"timeZone\": \"+01:00\"", "IANA time zone", "timeZone", false),
                Arguments.of("\"timeZone\": \"europe/paris\"", "IANA time zone", "timeZone", false),
                Arguments.of("\"roles\": [{\"code\": \"Chair\"}]", "expected a code", "roles[0].code", false),
                Arguments.of("\"startDate\": \"6 avril\"", "expected a date such as 2017-04-06, got \"6 avril\"", "startDate", true),
                Arguments.of("\"startDate\": 20170406", "expected a string, got an integer", "startDate", true),
                Arguments.of("\"endDate\": \"2017-02-30\"", "expected a date", "endDate", true),
                Arguments.of("\"endDate\": true", "got a boolean", "endDate", true),
                Arguments.of("\"title\": \"Opening\"", "expected a localized text object", "title", false),
                Arguments.of("\"title\": {\"en\": 1}", "expected a string, got an integer", "title.en", false),
                Arguments.of("\"title\": {\"en\": null}", "got null", "title.en", false),
                Arguments.of("\"title\": {\"en\": {\"fr\": \"x\"}}", "got an object", "title.en", false),
                Arguments.of("\"subtitle\": null", "got null", "subtitle", false),
                Arguments.of("\"languages\": \"en\"", "expected an array, got a string", "languages", false),
                Arguments.of("\"languages\": [\"en\", 2]", "expected a string, got an integer", "languages[1]", false),
                Arguments.of("\"languages\": {\"0\": \"en\"}", "expected an array, got an object", "languages", false),
                Arguments.of("\"timeZone\": \"Mars/Olympus\"", "IANA time zone", "timeZone", false),
                Arguments.of("\"kind\": [\"seminar\"]", "expected a string, got an array", "kind", true),
                Arguments.of("\"venue\": []", "expected a venue object, got an array", "venue", false),
                Arguments.of("\"programme\": []", "expected a programme object, got an array", "programme", false),
                Arguments.of("\"timeZone\": \"\"", "IANA time zone", "timeZone", false),
                Arguments.of("\"timeZone\": 1", "expected a string", "timeZone", false),
                Arguments.of("\"venue\": {\"access\": [{\"mode\": \"rocket\", \"line\": \"1\"}]}", "transport mode 'rocket'",
                        "venue.access[0].mode", false),
                Arguments.of("\"venue\": {\"access\": [{\"mode\": \"bus\"}]}", "missing required property 'line'",
                        "venue.access[0]", false),
                Arguments.of("\"venue\": {\"rooms\": [{\"name\": {\"en\": \"A\"}}]}", "missing required property 'id'",
                        "venue.rooms[0]", false),
                Arguments.of("\"venue\": {\"address\": {\"postalCode\": 75007}}", "expected a string, got an integer",
                        "venue.address.postalCode", false),
                Arguments.of("\"organisations\": {}", "expected an array, got an object", "organisations", false),
                Arguments.of("\"organisations\": [null]", "expected an organisation object, got null", "organisations[0]", false),
                Arguments.of("\"organisations\": [{\"id\": \"o\", \"sector\": \"Academia\"}]",
                        "expected a code in lower case with hyphens, such as \"keynote-speaker\", got \"Academia\"",
                        "organisations[0].sector", false),
                Arguments.of("\"organisations\": [{\"id\": \"o\", \"externalIds\": [{\"scheme\": \"wikidata\"}]}]",
                        "missing required property 'value'", "organisations[0].externalIds[0]", false),
                Arguments.of("\"people\": [{\"id\": \"p\"}]", "missing required property 'name'", "people[0]", false),
                Arguments.of("\"people\": [{\"id\": \"p\", \"name\": \"Ada LOVELACE\"}]", "expected a name object",
                        "people[0].name", false),
                Arguments.of("\"people\": [{\"id\": \"p\", \"name\": {\"printed\": \"F\", \"order\": \"sideways\"}}]",
                        "unknown name order 'sideways'", "people[0].name.order", false),
                Arguments.of("\"people\": [{\"id\": \"p\", \"name\": {\"given\": \"Ada\", \"family\": \"F\"}}]",
                        "missing required property 'printed'", "people[0].name", false),
                Arguments.of("\"people\": [{\"id\": \"p\", \"name\": {\"printed\": \"Sukarno\", \"parts\": \"inferred\"}}]",
                        "parts says whether the given and family names are stated or inferred, and this name gives neither",
                        "people[0].name", false),
                Arguments.of("\"people\": [{\"id\": \"p\", \"name\": {\"printed\": \"F G\", \"family\": \"F\", "
                        + "\"parts\": \"guessed\"}}]", "unknown certainty 'guessed'", "people[0].name.parts", false),
                Arguments.of("\"people\": [{\"id\": \"p\", \"name\": {\"printed\": \"F\"}, "
                        + "\"affiliations\": {}}]", "expected an array", "people[0].affiliations", false),
                Arguments.of("\"involvements\": [{\"organisation\": \"o\", \"kind\": \"owner\"}]", "involvement kind 'owner'",
                        "involvements[0].kind", false),
                Arguments.of("\"roles\": [{\"label\": {\"en\": \"Judge\"}}]", "missing required property 'code'", "roles[0]", false),
                Arguments.of("\"programme\": {\"days\": [{\"items\": []}]}", "missing required property 'date'",
                        "programme.days[0]", false),
                Arguments.of("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"statedWeekday\": \"Thursday\"}]}",
                        "unknown weekday 'Thursday'", "programme.days[0].statedWeekday", false),
                Arguments.of("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [{\"id\": \"a\", \"kind\": \"Lunch\"}]}]}",
                        "expected a code in lower case with hyphens, such as \"keynote-speaker\", got \"Lunch\"", "programme.days[0].items[0].kind", false),
                Arguments.of("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [{\"id\": \"a\", \"kind\": \"break\", "
                        + "\"start\": \"9h30\"}]}]}", "expected a time such as 09:30, got \"9h30\"",
                        "programme.days[0].items[0].start", false),
                Arguments.of("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [{\"id\": \"a\", \"kind\": \"break\", "
                        + "\"end\": \"24:00\"}]}]}", "expected a time", "programme.days[0].items[0].end", false),
                Arguments.of("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [{\"id\": \"a\", \"kind\": \"break\", "
                        + "\"label\": \"1\"}]}]}", "only a panel has a label", "programme.days[0].items[0]", false),
                Arguments.of("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [{\"id\": \"a\", \"kind\": \"panel\", "
                        + "\"participants\": [{\"person\": \"p\"}]}]}]}", "missing required property 'role'",
                        "programme.days[0].items[0].participants[0]", false),
                Arguments.of("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [{\"kind\": \"panel\"}]}]}",
                        "missing required property 'id'", "programme.days[0].items[0]", false),
                Arguments.of("\"links\": [{\"url\": \"http://[::1\"}]", "expected a URL", "links[0].url", false),
                Arguments.of("\"links\": [{\"title\": {\"en\": \"x\"}}]", "missing required property 'url'", "links[0]", false),
                Arguments.of("\"links\": [{\"url\": \"https://example.org\", \"languageCount\": \"11\"}]",
                        "expected an integer, got a string", "links[0].languageCount", false),
                Arguments.of("\"audience\": {\"groups\": {\"en\": \"All\"}}", "expected an array", "audience.groups", false),
                Arguments.of("\"audience\": {\"groups\": [\"All\"]}", "expected a localized text object", "audience.groups[0]", false),
                Arguments.of("\"proceedings\": {\"quotes\": [{\"speaker\": 7}]}", "expected a string", "proceedings.quotes[0].speaker", false),
                Arguments.of("\"proceedings\": {\"themes\": [{\"label\": {\"en\": \"x\"}}]}", "missing required property 'code'",
                        "proceedings.themes[0]", false),
                Arguments.of("\"provenance\": {\"claims\": [{\"path\": \"id\", \"certainty\": \"maybe\"}]}", "certainty 'maybe'",
                        "provenance.claims[0].certainty", false),
                Arguments.of("\"provenance\": {\"notes\": [{\"kind\": \"ambiguity\"}]}", "missing required property 'note'",
                        "provenance.notes[0]", false),
                Arguments.of("\"provenance\": {\"sources\": [{\"id\": \"s\", \"languages\": [null]}]}", "got null",
                        "provenance.sources[0].languages[0]", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongValues")
    void aWrongValueIsRejectedAtItsPath(String property, String reason, String path, boolean replacesRequired) {
        String document = replacesRequired ? replaceRequired(property) : with(property);
        EventReadException e = failure(document);
        assertReason(e, reason);
        assertEquals(path, e.path(), e::getMessage);
        assertTrue(e.line() > 0 && e.column() > 0, e::getMessage);
        failure(() -> LENIENT.read(document));
    }

    @Test
    void aNameWithoutItsPrintedFormIsRejectedWithLineAndColumn() {
        EventReadException e = failure(with("\"people\": [\n    {\"id\": \"p\", \"name\": {\"given\": \"Ada\", "
                + "\"family\": \"LOVELACE\"}}\n  ]"));
        assertReason(e, "missing required property 'printed'");
        assertEquals("people[0].name", e.path());
        assertEquals(8, e.line(), e::getMessage);
        assertEquals(62, e.column(), e::getMessage);
    }

    /** The minimal document with one required property's value replaced. */
    private static String replaceRequired(String property) {
        String name = property.substring(0, property.indexOf(':'));
        Matcher current = Pattern.compile(Pattern.quote(name) + ": [^,\\n]+").matcher(MINIMAL);
        assertTrue(current.find(), name);
        return MINIMAL.substring(0, current.start()) + property + MINIMAL.substring(current.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"formatVersion", "id", "kind", "startDate", "endDate"})
    void aMissingRequiredPropertyIsRejected(String name) {
        String document = MINIMAL.replaceAll("\\n  \"" + name + "\": [^\\n]*\\n", "\n")
                .replace(",\n}", "\n}");
        EventReadException e = failure(document);
        assertReason(e, "missing required property '" + name + "'");
        assertEquals("", e.path());
    }

    // ---------------------------------------------------------------- encoding

    /** The minimal document with these bytes in place of the X of its id. */
    private static byte[] withBytesInId(String... hexBytes) {
        return spliced(MINIMAL.replace("\"e\"", "\"X\""), "X", hexBytes);
    }

    private static byte[] spliced(String document, String marker, String... hexBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = document.indexOf(marker);
        out.writeBytes(document.substring(0, at).getBytes(UTF_8));
        for (String hex : hexBytes) {
            out.writeBytes(HexFormat.of().parseHex(hex));
        }
        out.writeBytes(document.substring(at + marker.length()).getBytes(UTF_8));
        return out.toByteArray();
    }

    private static EventReadException failureFromBytes(byte[] bytes) {
        EventReadException fromArray = failure(() -> STRICT.read(bytes));
        EventReadException fromStream = failure(() -> STRICT.read(new ByteArrayInputStream(bytes)));
        assertEquals(fromArray.reason(), fromStream.reason());
        return fromArray;
    }

    @Test
    void invalidUtf8IsRejected() {
        assertAll(
                () -> assertReason(failureFromBytes(withBytesInId("c328")), "Invalid UTF-8: byte 0x28 cannot continue a multi-byte character"),
                () -> assertReason(failureFromBytes(withBytesInId("ff")), "Invalid UTF-8: byte 0xff cannot start a character"),
                () -> assertReason(failureFromBytes(withBytesInId("fe")), "Invalid UTF-8"),
                () -> assertReason(failureFromBytes(withBytesInId("80")), "Invalid UTF-8: byte 0x80 cannot start a character"),
                () -> assertReason(failureFromBytes(withBytesInId("e282")), "Invalid UTF-8"),
                () -> assertReason(failureFromBytes(withBytesInId("f09f98")), "Invalid UTF-8"),
                () -> assertReason(failureFromBytes(withBytesInId("f8888080", "80")), "Invalid UTF-8"),
                // an encoded surrogate (CESU-8) and a code point above U+10FFFF
                () -> failureFromBytes(withBytesInId("eda080")),
                () -> failureFromBytes(withBytesInId("eda080", "edb080")),
                () -> failureFromBytes(withBytesInId("f4908080")),
                () -> failureFromBytes(withBytesInId("f5808080")));
        EventReadException located = failureFromBytes(withBytesInId("c328"));
        assertEquals(3, located.line());
        assertEquals("id", located.path());
    }

    @Test
    void invalidUtf8InAPropertyNameIsRejected() {
        String document = with("\"title\": {\"K\": \"x\"}");
        for (String bad : List.of("c328", "ff", "c0af", "e080af", "eda080", "e282")) {
            failureFromBytes(spliced(document, "K", bad));
        }
    }

    /**
     * Issue #15: Jackson 3.2 took the 0xFF bytes of a property name for the padding of a name it
     * had already seen, so that once a document with {@code id} and {@code startDate} had been
     * read, {@code "\xFFid"} read as {@code id} and {@code "startDat\xFF\xFF\xFFe"} as
     * {@code startDate}. The same format instance, every kind of input.
     */
    @Test
    void invalidUtf8InAPropertyNameIsRejectedEvenOnceTheNameIsKnown(@TempDir Path dir) throws IOException {
        EventJson json = EventJson.with(ReadSettings.defaults()); // a parser factory of its own, as in a fresh JVM
        String good = "{\"formatVersion\":1,\"id\":\"x\",\"kind\":\"seminar\",\"startDate\":\"2017-04-06\","
                + "\"endDate\":\"2017-04-06\"}";
        Path goodFile = Files.writeString(dir.resolve("good.json"), good, UTF_8);
        for (String[] spoiled : new String[][] {{"\"id\"", "\"\u00ffid\""}, {"\"id\"", "\"\u00ff\u00ffid\""},
                {"\"startDate\"", "\"startDat\u00ff\u00ff\u00ffe\""}, {"\"endDate\"", "\"\u00ffendDate\""}}) {
            json.read(good.getBytes(UTF_8));
            json.read(goodFile);
            byte[] bad = good.replace(spoiled[0], spoiled[1]).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            Path badFile = Files.write(dir.resolve("bad.json"), bad);
            for (EventReadException e : List.of(failure(() -> json.read(bad)),
                    failure(() -> json.read(new ByteArrayInputStream(bad))), failure(() -> json.read(badFile)))) {
                assertReason(e, "Invalid UTF-8: byte 0xff cannot start a character");
                assertEquals(1, e.line());
                // Jackson reports the name's fault where the name ends: the column is within the name
                String spoilt = good.replace(spoiled[0], spoiled[1]);
                long from = spoilt.indexOf(spoiled[1]) + 1;
                long to = from + spoiled[1].length();
                assertTrue(e.column() >= from && e.column() <= to, e::getMessage);
            }
        }
    }

    @Test
    void overlongUtf8IsRejected() {
        for (String[] overlong : List.of(new String[] {"c0af"}, new String[] {"c0a2"}, new String[] {"c080"},
                new String[] {"c1bf"}, new String[] {"e080af"}, new String[] {"f08080af"})) {
            failureFromBytes(withBytesInId(overlong));
        }
    }

    @Test
    void wellFormedUtf8AndUtf16AreRead() {
        assertEquals("é😀", STRICT.read(withBytesInId("c3a9", "f09f9880")).id());
        String document = MINIMAL.replace("\"e\"", "\"é😀\"");
        assertEquals("é😀", STRICT.read(document.getBytes(java.nio.charset.StandardCharsets.UTF_16)).id());
        assertEquals("é😀", STRICT.read(("\ufeff" + document).getBytes(UTF_8)).id(), "a UTF-8 byte order mark");
    }

    @Test
    void aCharacterXmlCannotHoldIsRejectedToo() {
        // JSON could carry these escaped, but the same event could not be written as XML
        for (String escaped : List.of("\\u0000", "a\\u0001b", "\\u001f", "\\u000b", "\\ufffe", "x\\uffff")) {
            EventReadException e = failure(with("\"title\": {\"en\": \"" + escaped + "\"}"));
            assertReason(e, "a character no format of Disputatio can hold");
            assertEquals("title.en", e.path());
            assertEquals(7, e.line());
        }
        assertReason(failure(MINIMAL.replace("\"e\"", "\"e\\u0000\"")), "text contains U+0000");
        assertReason(failure(with("\"title\": {\"e\\u0007n\": \"x\"}")), "language tag contains U+0007");
        assertEquals("tab\tline\nreturn\r", STRICT.read(with("\"title\": {\"en\": \"tab\\tline\\nreturn\\r\"}"))
                .title().get("en").orElseThrow());
    }

    @Test
    void aLoneSurrogateInATextIsRejected() {
        for (String escaped : List.of("\\ud800", "\\udfff", "a\\ud800b", "\\ud800\\ud800", "\\udc00\\ud800", "x\\udbff")) {
            EventReadException e = failure(with("\"title\": {\"en\": \"" + escaped + "\"}"));
            assertReason(e, "unpaired surrogate");
            assertEquals("title.en", e.path());
            assertEquals(7, e.line());
        }
        assertReason(failure(MINIMAL.replace("\"e\"", "\"\\ud83d\"")), "unpaired surrogate");
        assertReason(failure(with("\"languages\": [\"en\\udc00\"]")), "unpaired surrogate");
        assertReason(failure(with("\"people\": [{\"id\": \"p\", \"name\": {\"printed\": \"\\ud800\"}}]")),
                "unpaired surrogate");
        // unescaped, in a Java string read as characters
        assertReason(failure(() -> STRICT.read(with("\"title\": {\"en\": \"a\ud800b\"}"))), "unpaired surrogate");
        assertReason(failure(() -> STRICT.read(new StringReader(with("\"title\": {\"en\": \"\udc00\"}")))),
                "unpaired surrogate");
        // a well-formed pair, escaped, is fine
        assertEquals("😀", STRICT.read(with("\"title\": {\"en\": \"\\ud83d\\ude00\"}")).title().get("en").orElseThrow());
    }

    @Test
    void aLoneSurrogateInALanguageTagIsRejected() {
        for (String document : List.of(with("\"title\": {\"\\ud800\": \"x\"}"), with("\"title\": {\"en-\\udc00\": \"x\"}"),
                with("\"venue\": {\"name\": {\"fr\": \"a\", \"\\ud800\": \"x\"}}"))) {
            EventReadException e = failure(document);
            assertTrue(e.reason().contains("surrogate"), e::getMessage);
            assertEquals(7, e.line());
            failure(() -> LENIENT.read(document));
        }
        assertReason(failure(() -> STRICT.read(with("\"title\": {\"\ud800\": \"x\"}"))), "unpaired surrogate");
    }

    @Test
    void rawControlCharactersInStringsAreRejected() {
        for (char control : new char[] {'\u0000', '\u0001', '\n', '\t', '\r', '\u001f'}) {
            EventReadException e = failure(MINIMAL.replace("\"e\"", "\"a" + control + "b\""));
            assertReason(e, "a control character (U+00", "must be escaped");
        }
    }

    // ---------------------------------------------------------------- not an event

    @Test
    void emptyInputIsRejected() {
        for (String empty : List.of("", " ", "\n\n\t  \r\n")) {
            EventReadException e = failure(empty);
            assertReason(e, "no event", "empty");
            failure(() -> STRICT.read(new ByteArrayInputStream(empty.getBytes(UTF_8))));
            failure(() -> STRICT.read(new StringReader(empty)));
        }
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRejected() {
        assertReason(failure("null"), "expected an event object, got null");
        assertReason(failure("[]"), "expected an event object, got an array");
        assertReason(failure("[" + MINIMAL + "]"), "expected an event object, got an array");
        assertReason(failure("\"an event\""), "expected an event object, got a string");
        assertReason(failure("42"), "expected an event object, got an integer");
        assertReason(failure("4.2"), "expected an event object, got a decimal number");
        assertReason(failure("true"), "expected an event object, got a boolean");
        assertReason(failure("}"), "unexpected '}': nothing is open to close");
        failure("nul");
        failure("'single quoted'");
        failure("/* comment */" + MINIMAL);
        failure("# comment\n" + MINIMAL);
    }

    @Test
    void contentAfterTheEventIsRejected() {
        EventReadException twice = failure(MINIMAL + MINIMAL);
        assertReason(twice, "unexpected content after the event");
        assertEquals(8, twice.line());
        assertEquals(1, twice.column());
        assertReason(failure(MINIMAL.trim() + " " + MINIMAL.trim()), "unexpected content after the event");
        assertReason(failure(MINIMAL + "null"), "unexpected content after the event");
        failure(MINIMAL + "}");
        failure(MINIMAL + "]");
        failure(MINIMAL + ",");
        failure(MINIMAL + "x");
        failure(MINIMAL + "{");
        assertEquals("e", STRICT.read(MINIMAL + "\n\n   \t\r\n").id(), "trailing white space is fine");
    }

    @Test
    void aTruncatedDocumentIsRejectedAtEveryCut() {
        String unesco = new String(JsonRoundTripProperties.golden("unesco-2017.json"), UTF_8);
        byte[] bytes = unesco.getBytes(UTF_8);
        int last = unesco.trim().length();
        for (int cut = 1; cut < last; cut += 97) {
            String prefix = unesco.substring(0, cut);
            EventReadException e = failure(prefix);
            assertTrue(e.line() >= 1 && e.line() <= prefix.lines().count() + 1, e::getMessage);
            byte[] truncated = java.util.Arrays.copyOf(bytes, cut);
            failure(() -> STRICT.read(truncated));
        }
        assertReason(failure(unesco.substring(0, last - 1)), "the input ends inside");
        assertReason(failure(MINIMAL.substring(0, MINIMAL.indexOf("seminar") + 3)), "the input ends inside a string");
    }

    // ---------------------------------------------------------------- document length

    @Test
    void aDocumentLongerThanTheLimitIsRejected() {
        EventJson small = EventJson.with(ReadSettings.defaults().withMaxDocumentLength(1_000));
        String unesco = new String(JsonRoundTripProperties.golden("unesco-2017.json"), UTF_8);
        byte[] bytes = unesco.getBytes(UTF_8);
        assertAll(
                () -> assertReason(failure(() -> small.read(unesco)), "Document length", "1000"),
                () -> assertReason(failure(() -> small.read(bytes)), "Document length"),
                () -> assertReason(failure(() -> small.read(new ByteArrayInputStream(bytes))), "Document length"),
                () -> assertReason(failure(() -> small.read(new StringReader(unesco))), "Document length"));
        assertEquals("e", small.read(MINIMAL).id(), "a document within the limit");
        EventJson exact = EventJson.with(ReadSettings.defaults().withMaxDocumentLength(MINIMAL.length()));
        assertEquals("e", exact.read(MINIMAL).id(), "a document exactly at the limit");
        EventJson oneLess = EventJson.with(ReadSettings.defaults().withMaxDocumentLength(MINIMAL.length() - 1));
        assertReason(failure(() -> oneLess.read(MINIMAL)), "Document length");
        assertReason(failure(() -> oneLess.read(MINIMAL.getBytes(UTF_8))), "Document length");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxDocumentLength(0));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxNestingDepth(-1));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxStringLength(0));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxNumberLength(0));
    }

    // ---------------------------------------------------------------- JSON Lines

    private static final String LINE = MINIMAL.replace("\n", "").replace("  ", "");

    private static String line(String id) {
        return LINE.replace("\"e\"", "\"" + id + "\"");
    }

    @Test
    void jsonLinesStopAtTheFirstMalformedLine() {
        String corpus = line("one") + "\n" + line("two") + "\n" + "{\"formatVersion\": 1, oops}\n" + line("four") + "\n";
        List<String> read = new ArrayList<>();
        try (Stream<Event> events = STRICT.readLines(new StringReader(corpus))) {
            EventReadException e = assertThrows(EventReadException.class, () -> events.forEach(ev -> read.add(ev.id())));
            JsonRoundTripProperties.assertWellFormed(e);
            assertEquals(3, e.line());
            assertTrue(e.column() > 0);
            assertTrue(e.getMessage().startsWith("<input>:3:"), e::getMessage);
        }
        assertEquals(List.of("one", "two"), read);
    }

    @Test
    void jsonLinesReportMalformedLinesAndGoOn() {
        String corpus = line("one") + "\n"
                + "\n"                                              // 2: blank, skipped
                + "{\"formatVersion\": 1, oops}\n"                  // 3: malformed
                + line("four") + "\r\n"                             // 4: CRLF
                + LINE.replace("\"e\"", "1") + "\n"                 // 5: wrong type
                + "   \t  \n"                                       // 6: blank
                + "[]\n"                                            // 7: not an object
                + line("eight");                                    // 8: no final newline
        List<EventReadException> errors = new ArrayList<>();
        List<String> ids;
        try (Stream<Event> events = STRICT.readLines(new StringReader(corpus), errors::add)) {
            ids = events.map(Event::id).collect(Collectors.toList());
        }
        assertEquals(List.of("one", "four", "eight"), ids);
        assertEquals(List.of(3L, 5L, 7L), errors.stream().map(EventReadException::line).collect(Collectors.toList()));
        errors.forEach(JsonRoundTripProperties::assertWellFormed);
        assertEquals("id", errors.get(1).path());
        assertTrue(errors.get(1).getMessage().startsWith("<input>:5:"), errors.get(1)::getMessage);
    }

    /** Only space, tab and CR make a line blank; other controls (which String.isBlank also skips) are malformed. */
    @Test
    void aJsonLinesLineOfControlCharactersIsMalformedNotBlank(@TempDir Path dir) throws IOException {
        String corpus = line("one") + "\n"
                + "\u000b\n"                                          // 2: vertical tab
                + "\u000c \u001c\u001d\u001e\u001f\n"            // 3: form feed, separators
                + " \t\r\n"                                          // 4: blank
                + line("five") + "\n";
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, corpus, UTF_8);
        for (boolean fromFile : new boolean[] {false, true}) {
            List<EventReadException> errors = new ArrayList<>();
            List<String> ids;
            try (Stream<Event> events = fromFile ? STRICT.readLines(file, errors::add)
                    : STRICT.readLines(new StringReader(corpus), errors::add)) {
                ids = events.map(Event::id).collect(Collectors.toList());
            }
            assertEquals(List.of("one", "five"), ids);
            assertEquals(List.of(2L, 3L), errors.stream().map(EventReadException::line).collect(Collectors.toList()),
                    fromFile ? "from a file" : "from a reader");
            errors.forEach(JsonRoundTripProperties::assertWellFormed);
        }
    }

    /** Issue #15, each control that String.isBlank takes for white space, alone on its line, from text and bytes. */
    @ParameterizedTest
    @ValueSource(chars = {'\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u001f'})
    void aJsonLinesLineOfOneControlCharacterIsReported(char control, @TempDir Path dir) throws IOException {
        String corpus = line("one") + "\n" + control + "\n" + line("three") + "\n";
        Path file = Files.writeString(dir.resolve("corpus.jsonl"), corpus, UTF_8);
        for (boolean fromFile : new boolean[] {false, true}) {
            List<EventReadException> errors = new ArrayList<>();
            List<String> ids;
            try (Stream<Event> events = fromFile ? STRICT.readLines(file, errors::add)
                    : STRICT.readLines(new StringReader(corpus), errors::add)) {
                ids = events.map(Event::id).collect(Collectors.toList());
            }
            assertEquals(List.of("one", "three"), ids);
            assertEquals(1, errors.size(), () -> String.format("U+%04X %s", (int) control, errors));
            assertEquals(2, errors.get(0).line());
            JsonRoundTripProperties.assertWellFormed(errors.get(0));
        }
        // without an error handler, the stream fails at that line
        try (Stream<Event> events = STRICT.readLines(new StringReader(corpus))) {
            assertEquals(2, assertThrows(EventReadException.class, () -> events.forEach(e -> { })).line());
        }
    }

    @Test
    void aJsonLinesLineLongerThanTheLimitIsReportedAndSkipped() {
        EventJson limited = EventJson.with(ReadSettings.defaults().withMaxDocumentLength(LINE.length() + 10));
        String tooLong = line("x".repeat(LINE.length()));
        String corpus = line("one") + "\n" + tooLong + "\n" + line("three") + "\n" + "y".repeat(100_000) + "\n" + line("five");
        List<EventReadException> errors = new ArrayList<>();
        List<String> ids;
        try (Stream<Event> events = limited.readLines(new StringReader(corpus), errors::add)) {
            ids = events.map(Event::id).collect(Collectors.toList());
        }
        assertEquals(List.of("one", "three", "five"), ids);
        assertEquals(List.of(2L, 4L), errors.stream().map(EventReadException::line).collect(Collectors.toList()));
        assertReason(errors.get(0), "longer than the limit");

        try (Stream<Event> events = limited.readLines(new StringReader(corpus))) {
            EventReadException e = assertThrows(EventReadException.class, () -> events.forEach(ev -> { }));
            assertEquals(2, e.line());
        }
    }

    @Test
    void aJsonLinesLineAtTheLimitIsReadWhateverItsLineEnd() {
        EventJson exact = EventJson.with(ReadSettings.defaults().withMaxDocumentLength(LINE.length()));
        try (Stream<Event> events = exact.readLines(new StringReader(LINE + "\r\n" + LINE + "\r\n"))) {
            assertEquals(2, events.count());
        }
    }

    @Test
    void aRawCarriageReturnInsideAJsonLinesStringIsRejectedAsByRead() {
        String line = LINE.replace("\"e\"", "\"a\rb\"");
        failure(() -> STRICT.read(line));
        try (Stream<Event> events = STRICT.readLines(new StringReader(line + "\n"))) {
            assertThrows(EventReadException.class, () -> events.forEach(e -> { }));
        }
    }

    @Test
    void jsonLinesFromAFileNameIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, line("one") + "\n" + line("two") + "\n" + "{\n", UTF_8);
        List<EventReadException> errors = new ArrayList<>();
        try (Stream<Event> events = STRICT.readLines(file, errors::add)) {
            assertEquals(2, events.count());
        }
        assertEquals(1, errors.size());
        assertEquals(3, errors.get(0).line());
        assertEquals(file.toString(), errors.get(0).source().orElseThrow());
        assertTrue(errors.get(0).getMessage().startsWith(file + ":3:"), errors.get(0)::getMessage);
    }

    @Test
    void aJsonLinesLineWithInvalidUtf8IsReportedAndSkipped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((line("one") + "\n").getBytes(UTF_8));
        bytes.writeBytes(spliced(line("X") + "\n", "X", "ff"));
        bytes.writeBytes((line("three") + "\n").getBytes(UTF_8));
        Files.write(file, bytes.toByteArray());
        List<EventReadException> errors = new ArrayList<>();
        try (Stream<Event> events = STRICT.readLines(file, errors::add)) {
            assertEquals(List.of("one", "three"), events.map(Event::id).collect(Collectors.toList()));
        }
        assertEquals(List.of(2L), errors.stream().map(EventReadException::line).collect(Collectors.toList()));
    }

    // ---------------------------------------------------------------- messages

    private static final Pattern MESSAGE = Pattern.compile("(?<source>.+?):(?<line>\\d+):(?<column>\\d+): (?<reason>.+) \\(at (?<path>.+)\\)");

    @Test
    void aFailureSaysWhereInTheDocumentAndWhatIsWrong() {
        EventReadException e = failure(with("\"programme\": {\"days\": [{\"date\": \"2026-11-26\", \"items\": [\n"
                + "    {\"id\": \"a\", \"kind\": \"break\", \"start\": \"9h30\"}]}]}"));
        Matcher m = MESSAGE.matcher(e.getMessage());
        assertTrue(m.matches(), e::getMessage);
        assertEquals("<input>", m.group("source"));
        assertEquals(8, Long.parseLong(m.group("line")));
        assertEquals(e.line(), Long.parseLong(m.group("line")));
        assertEquals(e.column(), Long.parseLong(m.group("column")));
        assertEquals(43, e.column());
        assertEquals("expected a time such as 09:30, got \"9h30\"", m.group("reason"));
        assertEquals(e.reason(), m.group("reason"));
        assertEquals("programme.days[0].items[0].start", m.group("path"));
        assertTrue(e.source().isEmpty());
    }

    @Test
    void aFailureAtTheRootHasNoPath() {
        assertEquals("<input>:1:1: expected an event object, got null", failure("null").getMessage());
        assertEquals("<input>:1:1: expected an event object, got a string", failure("\"x\"").getMessage());
        EventReadException missing = failure("{}");
        assertEquals("<input>:1:2: missing required properties 'formatVersion', 'id', 'kind', 'startDate' and 'endDate'",
                missing.getMessage());
    }

    @Test
    void anArrayWhereItDoesNotBelongIsReportedAtItsOwnPath() {
        assertEquals("", failure("[]").path());
        assertEquals("kind", failure(replaceRequired("\"kind\": [\"seminar\"]")).path());
        assertEquals("title.en", failure(with("\"title\": {\"en\": [\"x\"]}")).path());
        assertEquals("venue", failure(with("\"venue\": []")).path());
        assertEquals("programme", failure(with("\"programme\": [{\"days\": []}]")).path());
    }

    @Test
    void readingAFileNamesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unesco-2017.json");
        Files.writeString(file, MINIMAL.replace("\"2026-11-26\"", "\"6 avril\""), UTF_8);
        EventReadException e = failure(() -> STRICT.read(file));
        assertEquals(file.toString(), e.source().orElseThrow());
        assertEquals(file + ":5:16: expected a date such as 2017-04-06, got \"6 avril\" (at startDate)", e.getMessage());
        Path missing = dir.resolve("missing.json");
        EventReadException notThere = failure(() -> STRICT.read(missing));
        assertEquals(missing.toString(), notThere.source().orElseThrow());
        assertTrue(notThere.getMessage().startsWith(missing + ": cannot read the file"), notThere::getMessage);
        assertReason(failure(() -> STRICT.read(dir)), "Is a directory");
    }

    @Test
    void readingAFileWithInvalidUtf8NamesIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.write(file, withBytesInId("ff"));
        EventReadException e = failure(() -> STRICT.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e::getMessage);
        assertReason(e, "Invalid UTF-8");
    }

    // ---------------------------------------------------------------- a Jackson mapper with the module

    @Test
    void aMapperWithTheModuleFailsWithJacksonExceptionsOnly() {
        JsonMapper mapper = JsonMapper.builder().addModule(new DisputatioJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        for (String hostile : List.of(with("\"@class\": \"java.lang.ProcessBuilder\""), "[".repeat(100_000),
                with("\"title\": {\"en\": \"\\ud800\"}"), MINIMAL.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""),
                MINIMAL.substring(0, 40), with("\"links\": [{\"url\": \"u\", \"languageCount\": 1e1000000000}]"))) {
            assertThrows(tools.jackson.core.JacksonException.class, () -> mapper.readValue(hostile, Event.class));
        }
        DatabindException e = assertThrows(DatabindException.class,
                () -> mapper.readValue(with("\"@class\": \"java.lang.ProcessBuilder\""), Event.class));
        assertTrue(e.getOriginalMessage().contains("unknown property '@class'"), e::getMessage);
    }

    @Test
    void aDefaultMapperWithTheModuleIgnoresUnknownPropertiesAsDocumented() {
        JsonMapper mapper = JsonMapper.builder().addModule(new DisputatioJsonModule()).build();
        assertEquals("e", mapper.readValue(with("\"@class\": \"java.lang.ProcessBuilder\""), Event.class).id());
    }

    /**
     * FAIL_ON_UNKNOWN_PROPERTIES alone does not make a mapper as strict as EventJson (the README
     * says it does): duplicates need STRICT_DUPLICATE_DETECTION on the mapper's parser.
     */
    @Test
    void aMapperMadeStrictRejectsDuplicatesAndUnknownProperties() {
        JsonMapper onlyUnknown = JsonMapper.builder().addModule(new DisputatioJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertEquals("other", onlyUnknown.readValue(with("\"id\": \"other\""), Event.class).id(),
                "without duplicate detection the last value wins");
        JsonMapper strict = JsonMapper.builder().addModule(new DisputatioJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        assertThrows(tools.jackson.core.JacksonException.class,
                () -> strict.readValue(with("\"id\": \"other\""), Event.class));
        assertThrows(tools.jackson.core.JacksonException.class,
                () -> strict.readValue(with("\"title\": {\"en\": \"a\", \"en\": \"b\"}"), Event.class));
        assertThrows(DatabindException.class, () -> strict.readValue(with("\"@type\": \"x\""), Event.class));
    }

    @Test
    void theHostileDocumentsLeaveNothingBehind() {
        // the same reader, reused after all of the above, still reads a good document
        assertEquals("e", STRICT.read(MINIMAL).id());
        assertFalse(LENIENT.read(MINIMAL).id().isEmpty());
    }
}
