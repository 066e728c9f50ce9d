package org.disputatio.io.json;

import static org.disputatio.io.json.JsonSchemaTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ValidatedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the schema and the reader knowingly disagree, pinned so that a change on either side
 * shows up here and the case can move to {@link JsonSchemaTest}'s "rejected by both" list.
 *
 * <p>Every document the schema refuses, the reader refuses too. Both take well-formed values
 * that are wrong (language tags, country codes, blank ids), which {@code EventValidator}
 * reports, so that a flawed document still reads and every problem is seen at once. The reader
 * is stricter where JSON Schema cannot follow: duplicate properties, tags that differ only in
 * case, time zones the runtime does not know, integers written with a decimal point, broken
 * Unicode.
 */
class JsonSchemaGapsTest {

    private static final String UNESCO = "unesco-2017.json";

    /**
     * Documents with values that are wrong but well-formed: the schema and the reader both take
     * them, as the format allows, and {@code EventValidator} reports the ones that are errors
     * (true), so that a flawed document can be read and every problem seen at once. An empty
     * title is simply an absent one (false).
     */
    static Stream<Arguments> valuesForTheValidator() {
        return Stream.of(
                edited("an empty language tag", e -> obj(e, "/title").put("", "Sans langue"), true),
                edited("an ill-formed language tag", e -> obj(e, "/title").put("en_GB", "Building peace"), true),
                edited("an ill-formed language in languages", e -> e.putArray("languages").add("en_GB"), true),
                edited("a country code in lower case", e -> obj(e, "/organisations/1").put("country", "fr"), true),
                edited("a blank id", e -> obj(e, "/organisations/1").put("id", " "), true),
                edited("a blank printed name", e -> obj(e, "/people/0/name").put("printed", " "), true),
                edited("a negative languageCount", e -> obj(e, "/links/0").put("languageCount", -1), true),
                edited("an empty title", e -> e.putObject("title"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesForTheValidator")
    void theSchemaAndTheReaderTakeThemAndTheValidatorJudges(String name, String document, boolean validationReportsIt) {
        List<Error> errors = EventSchema.validate(document);
        assertTrue(errors.isEmpty(), () -> "the schema refuses " + name + EventSchema.describe(errors));
        ValidatedEvent read = EventJson.defaults().readAndValidate(document);
        assertEquals(validationReportsIt, !read.report().errors().isEmpty(),
                () -> "EventValidator on " + name + ": " + read.report().toText());
    }

    /** Documents the reader rejects and the schema cannot: JSON Schema sees parsed values only. */
    static Stream<Arguments> stricterReader() {
        String golden = EventSchema.goldenText(UNESCO);
        return Stream.of(
                Arguments.of("a duplicate property",
                        golden.replaceFirst("\"id\": \"unesco-2017\",", "\"id\": \"unesco-2017\", \"id\": \"unesco\",")),
                Arguments.of("an unpaired surrogate",
                        golden.replaceFirst("\"id\": \"unesco-2017\"", "\"id\": \"unesco-\\\\ud800\"")),
                edited("two tags that differ only in case", e -> obj(e, "/title").put("EN", "Building peace")),
                edited("a time zone the runtime does not know", e -> e.put("timeZone", "Mars/Olympus_Mons")),
                edited("formatVersion written as 1.0", e -> e.put("formatVersion", 1.0)),
                edited("languageCount written as 11.0", e -> obj(e, "/links/0").put("languageCount", 11.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stricterReader")
    void theReaderRejectsWhatTheSchemaCannotSee(String name, String document) {
        List<Error> errors = EventSchema.validate(document);
        assertTrue(errors.isEmpty(), () -> "the schema now rejects " + name + ": move it to JsonSchemaTest"
                + EventSchema.describe(errors));
        assertThrows(EventReadException.class, () -> EventJson.defaults().read(document), name);
    }

    private static Arguments edited(String name, Consumer<ObjectNode> edit, Object... more) {
        ObjectNode document = EventSchema.golden(UNESCO);
        edit.accept(document);
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = name;
        arguments[1] = EventSchema.text(document);
        System.arraycopy(more, 0, arguments, 2, more.length);
        return Arguments.of(arguments);
    }
}
