package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Speaker;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Finding;

/**
 * The JSON reader vouches for the strings of every event it reads, so that validation does not
 * scan them again (rule {@code writable-text}): whatever a document holds, an event it reads is
 * validated exactly as the same event built anew, which is scanned.
 */
class CheckedOnReadingProperties {

    private static final EventValidator VALIDATOR = EventValidator.english();
    private static final Event TEMPLATE = Event.builder("e").kind(EventKind.SEMINAR)
            .dates(LocalDate.of(2031, 3, 4), LocalDate.of(2031, 3, 4))
            .title(LocalizedText.of("en", "TITLE"))
            .person(Speaker.builder("p").name("NAME").build())
            .build();

    /** Any UTF-16 unit, lone surrogates and controls included, and pairs. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> unit = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> edges = Arbitraries.of("\u0000", "\t", "\n", "\u001F", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF",
                "\uD83D\uDE00", "\"", "\\", "é", "中");
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(5, unit), Tuple.of(3, edges));
        return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    /** A JSON string literal of the text, every character escaped: it can hold lone surrogates. */
    private static String literal(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.chars().forEach(c -> json.append(String.format("\\u%04x", c)));
        return json.append('"').toString();
    }

    /** The template as a document, with the text as the title, the printed name and a title's language tag. */
    private static String document(String text, String where) {
        String json = EventJson.defaults().compact().write(TEMPLATE);
        return switch (where) {
            case "title" -> json.replace("\"TITLE\"", literal(text));
            case "name" -> json.replace("\"NAME\"", literal(text));
            default -> json.replace("\"en\":\"TITLE\"", literal(text) + ":\"TITLE\"");
        };
    }

    private static List<Finding> findings(Event event) {
        return VALIDATOR.validate(event).findings();
    }

    @Property(tries = 300)
    void anEventReadIsValidatedAsTheSameEventBuiltAnew(@ForAll("anyText") String text,
            @ForAll("places") String where) {
        Event read;
        try {
            read = EventJson.defaults().read(document(text, where));
        } catch (EventReadException refused) {
            return; // the reader refused it: nothing to vouch for
        }
        Event rebuilt = read.toBuilder().build();
        assertEquals(rebuilt, read);
        assertEquals(findings(rebuilt), findings(read));
    }

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.of("title", "name", "tag");
    }

    @Example
    void aStringLongerThanTheWritersWriteIsScannedWhenAReaderAcceptsIt() {
        String longTitle = "x".repeat(1_000_001);
        EventJson lenient = EventJson.with(ReadSettings.defaults().withMaxStringLength(2_000_000));
        Event read = lenient.read(document(longTitle, "title"));
        assertTrue(findings(read).stream().anyMatch(f -> f.constraint().equals("writable-text")), () -> findings(read)
                .toString());
        assertFalse(findings(EventJson.defaults().read(document("fine", "title"))).stream()
                .anyMatch(f -> f.constraint().equals("writable-text")));
    }
}
