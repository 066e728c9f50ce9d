package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed JSON is reported in the library's words: what was expected and what was found, the
 * limit by its {@link ReadSettings} name, never a Jackson feature, class or internal offset.
 */
class ParserMessagesTest {

    private static final String HEAD = "{\"formatVersion\": 1, \"id\": \"e\", \"kind\": \"seminar\", "
            + "\"startDate\": \"2017-04-06\", \"endDate\": \"2017-04-06\"";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(HEAD + ", // a comment\n}", "comments are not allowed in JSON (found '/')"),
                Arguments.of(HEAD + ", id: \"x\"}", "expected a property name in double quotes, got 'i'"),
                Arguments.of(HEAD + " \"languages\": []}", "expected ',' or '}' after a property, got '\"'"),
                Arguments.of(HEAD + ", \"languages\": [\"fr\" \"en\"]}", "expected ',' or ']' after an array element, got '\"'"),
                Arguments.of(HEAD + ", \"languages\" []}", "expected ':' after the property name, got '['"),
                Arguments.of(HEAD + ", \"languages\": tru}", "expected a value (a string, a number, an object, an array, "
                        + "true, false or null), got 'tru'"),
                Arguments.of(HEAD + ", \"languages\": ]}", "expected a value (a string, a number, an object, an array, "
                        + "true, false or null), got ']'"),
                Arguments.of(HEAD + ", \"languages\": [", "the input ends inside an array: ']' is missing"),
                Arguments.of(HEAD, "the input ends inside an object: '}' is missing"),
                Arguments.of(HEAD + ", \"languages\": [\"fr", "the input ends inside a string"),
                Arguments.of(HEAD + ", \"languages\": [\"a\u0001b\"]}", "a control character (U+0001) must be escaped in a JSON string"),
                Arguments.of(HEAD + ", \"languages\": [\"a\\qb\"]}", "'\\q' is not a JSON escape"),
                Arguments.of(HEAD.replace("\"formatVersion\": 1", "\"formatVersion\": 01") + "}",
                        "a JSON number has no leading zeroes"),
                Arguments.of(HEAD + "]", "unexpected ']': nothing is open to close"),
                Arguments.of(HEAD + ", \"languages\": [-]}", "not a number: expected digit (0-9) to follow minus sign, "
                        + "got ']'"),
                Arguments.of(HEAD + ", \"languages\": [\"\\u12\"]}", "a \\u escape takes four hex digits, got '\"'"),
                Arguments.of(HEAD + ", \"languages\": [NaN]}", "'NaN' is not a JSON value"),
                Arguments.of(HEAD + ", \"langu", "the input ends inside a property name"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void saysWhatWasExpectedAndFound(String document, String reason) {
        for (EventReadException e : List.of(assertThrows(EventReadException.class, () -> EventJson.defaults().read(document)),
                assertThrows(EventReadException.class, () -> EventJson.defaults().read(document.getBytes(
                        StandardCharsets.UTF_8))))) {
            assertEquals(reason, e.reason());
            assertFalse(e.reason().matches("(?s).*(Feature|StreamReadConstraints|byte #|\\(code |JSON String, Number).*"),
                    e::reason);
        }
    }

    @ParameterizedTest
    @MethodSource("limits")
    void namesTheLimitBySetting(ReadSettings settings, String document, String reason) {
        EventReadException e = assertThrows(EventReadException.class, () -> EventJson.with(settings).read(document));
        assertEquals(reason, e.reason());
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of(ReadSettings.defaults().withMaxNestingDepth(2), HEAD + ", \"venue\": {\"address\": {}}}",
                        "nesting depth 3 exceeds the limit maxNestingDepth (2)"),
                Arguments.of(ReadSettings.defaults().withMaxStringLength(10), HEAD + ", \"languages\": [\"" + "x".repeat(20) + "\"]}",
                        "String value length 20 exceeds the limit maxStringLength (10)"));
    }
}
