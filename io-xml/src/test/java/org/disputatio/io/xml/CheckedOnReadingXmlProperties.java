package org.disputatio.io.xml;

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
 * The XML reader vouches for the strings of every event it reads, so that validation does not
 * scan them again (rule {@code writable-text}): whatever a document holds, an event it reads is
 * validated exactly as the same event built anew, which is scanned.
 */
class CheckedOnReadingXmlProperties {

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
                "\uD83D\uDE00", "&#x1;", "&#xFFFE;", "&#x1F600;", "é", "中");
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(5, unit), Tuple.of(3, edges));
        return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    /** The text as XML character data: markup characters escaped, character references kept. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("&amp;#x", "&#x").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String document(String text, String where) {
        String xml = EventXml.defaults().write(TEMPLATE);
        return switch (where) {
            case "title" -> xml.replace(">TITLE<", ">" + escaped(text) + "<");
            case "name" -> xml.replace("NAME", escaped(text));
            default -> xml.replace("xml:lang=\"en\">TITLE", "xml:lang=\"" + escaped(text) + "\">TITLE");
        };
    }

    private static List<Finding> findings(Event event) {
        return VALIDATOR.validate(event).findings();
    }

    @Property(tries = 300)
    void anEventReadIsValidatedAsTheSameEventBuiltAnew(@ForAll("anyText") String text,
            @ForAll("places") String where) {
        String document = document(text, where);
        Event read;
        try {
            read = EventXml.defaults().read(document);
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
    void theTemplateHoldsEachPlace() {
        String xml = EventXml.defaults().write(TEMPLATE);
        assertTrue(xml.contains(">TITLE<") && xml.contains("NAME") && xml.contains("xml:lang=\"en\">TITLE"), xml);
    }

    @Example
    void aStringLongerThanTheWritersWriteIsScannedWhenAReaderAcceptsIt() {
        String longTitle = "x".repeat(1_000_001);
        EventXml lenient = EventXml.with(ReadSettings.defaults().withMaxStringLength(2_000_000));
        Event read = lenient.read(document(longTitle, "title"));
        assertTrue(findings(read).stream().anyMatch(f -> f.constraint().equals("writable-text")), () -> findings(read)
                .toString());
        assertFalse(findings(EventXml.defaults().read(document("fine", "title"))).stream()
                .anyMatch(f -> f.constraint().equals("writable-text")));
    }
}
