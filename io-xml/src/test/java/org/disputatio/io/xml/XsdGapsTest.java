package org.disputatio.io.xml;

import static org.disputatio.io.xml.EventXsd.describe;
import static org.disputatio.io.xml.EventXsd.golden;
import static org.disputatio.io.xml.EventXsd.replaceFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.disputatio.io.EventReadException;
import org.disputatio.model.Event;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the XSD and the reader knowingly disagree, pinned so that a change on either side shows
 * up here and the case can move to {@link XsdTest}'s list of documents both reject.
 *
 * <p>The XSD is stricter about element order (it describes documents as the writer writes them;
 * the reader takes children in any order), about single values the reader leaves to
 * {@code EventValidator} (language tags, country codes, blank ids and names, a negative count:
 * a messy document still reads, and validation reports it), and about repeated elements the
 * format has once (a second venue, a second name: the reader keeps the last one). The reader is
 * stricter where XML Schema 1.0 cannot follow: a label on an item that is not a panel (a
 * co-constraint), tags that differ only in case, time zones the runtime does not know, a DOCTYPE.
 */
class XsdGapsTest {

    private static final String UNESCO = "unesco-2017.xml";

    /**
     * Documents the XSD rejects and the reader reads; whether {@code EventValidator} then reports
     * an error (true: the gap is by design; false: nothing but the XSD catches it).
     */
    static Stream<Arguments> stricterXsd() {
        String g = golden(UNESCO);
        return Stream.of(
                Arguments.of("children out of order (<language> before <title>)",
                        replaceFirst(replaceFirst(g, "  <language>fr</language>\n  <language>en</language>\n", ""),
                                "  <title xml:lang=\"fr\">", "  <language>fr</language>\n  <language>en</language>\n"
                                        + "  <title xml:lang=\"fr\">"),
                        false),
                Arguments.of("an ill-formed xml:lang",
                        replaceFirst(g, "<title xml:lang=\"en\">Building", "<title xml:lang=\"en_GB\">Building"), true),
                Arguments.of("an ill-formed language in <language>",
                        replaceFirst(g, "<language>en</language>", "<language>en_GB</language>"), true),
                Arguments.of("a country code in lower case",
                        replaceFirst(g, "sector=\"academia\" country=\"FR\"", "sector=\"academia\" country=\"fr\""), true),
                Arguments.of("a blank id",
                        replaceFirst(g, "<organisation id=\"inria\"", "<organisation id=\" \""), true),
                Arguments.of("a blank printed name",
                        replaceFirst(g, "printed=\"Frank LARUE\"", "printed=\"\""), true),
                Arguments.of("a blank note text",
                        replaceFirst(g, "<text>Printed twice on the flyers where a phone number would stand; a placeholder, "
                                + "not a contact, so not encoded.</text>", "<text> </text>"),
                        true),
                Arguments.of("a time with a decimal point but no fraction (java.time takes 09:30:00.)",
                        replaceFirst(g, "start=\"09:30\"", "start=\"09:30:00.\""), false),
                Arguments.of("a negative languageCount",
                        replaceFirst(g, "languageCount=\"11\"", "languageCount=\"-1\""), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stricterXsd")
    void theXsdRejectsWhatTheReaderReads(String name, String document, boolean validationReportsIt) {
        List<String> problems = EventXsd.validate(document);
        assertFalse(problems.isEmpty(), () -> "the XSD accepts " + name);
        Event read = EventXml.defaults().read(document);
        ValidationReport report = EventValidator.english().validate(read);
        assertEquals(validationReportsIt, !report.errors().isEmpty(),
                () -> "EventValidator on " + name + ": " + report.toText());
    }

    /** Documents the reader rejects and the XSD accepts. */
    static Stream<Arguments> stricterReader() {
        String g = golden(UNESCO);
        return Stream.of(
                Arguments.of("a label on an item that is not a panel (a co-constraint XSD 1.0 cannot express)",
                        replaceFirst(g, "kind=\"break\"", "kind=\"break\" label=\"L\"")),
                Arguments.of("two tags that differ only in case",
                        replaceFirst(g, "<title xml:lang=\"en\">Building", "<title xml:lang=\"FR\">Building")),
                Arguments.of("a time zone the runtime does not know",
                        replaceFirst(g, "timeZone=\"Europe/Paris\"", "timeZone=\"Mars/Olympus_Mons\"")),
                Arguments.of("formatVersion with white space (xs:int collapses it)",
                        replaceFirst(g, "formatVersion=\"1\"", "formatVersion=\" 1 \"")),
                Arguments.of("a URL with a space (xs:anyURI takes it, java.net.URI does not)",
                        replaceFirst(g, "url=\"https://jesuisinternet.today\"", "url=\"https://example.org/a b\"")),
                Arguments.of("parts on a name that gives neither given nor family (a co-constraint XSD 1.0 cannot "
                        + "express)", replaceFirst(g, "<name printed=\"Frank LARUE\" given=\"Frank\" family=\"LARUE\"/>",
                                "<name printed=\"Frank LARUE\" parts=\"inferred\"/>")),
                Arguments.of("a DOCTYPE",
                        replaceFirst(g, "<event ", "<!DOCTYPE event>\n<event ")));
    }

    /**
     * Documents both accept and {@code EventValidator} reports: an empty {@code xml:lang} is allowed
     * by the XML namespace's own declaration of the attribute (xml.xsd: xs:language or ""), which
     * the XSD imports rather than redefines, and the reader keeps tags as given for validation.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("leftToValidation")
    void bothAcceptWhatValidationReports(String name, String document) {
        List<String> problems = EventXsd.validate(document);
        assertTrue(problems.isEmpty(), () -> "the XSD now rejects " + name + describe(problems));
        ValidationReport report = EventValidator.english().validate(EventXml.defaults().read(document));
        assertFalse(report.errors().isEmpty(), () -> "EventValidator does not report " + name);
    }

    static Stream<Arguments> leftToValidation() {
        String g = golden(UNESCO);
        return Stream.of(
                Arguments.of("an empty xml:lang",
                        replaceFirst(g, "<title xml:lang=\"en\">Building", "<title xml:lang=\"\">Building")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stricterReader")
    void theReaderRejectsWhatTheXsdAccepts(String name, String document) {
        List<String> problems = EventXsd.validate(document);
        assertTrue(problems.isEmpty(), () -> "the XSD now rejects " + name + ": move it to XsdTest" + describe(problems));
        assertThrows(EventReadException.class, () -> EventXml.defaults().read(document), name);
    }
}
