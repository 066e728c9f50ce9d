package org.disputatio.io.xml;

import static org.disputatio.io.xml.EventXsd.describe;
import static org.disputatio.io.xml.EventXsd.golden;
import static org.disputatio.io.xml.EventXsd.replaceFirst;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.disputatio.examples.QuickStart;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventReadException;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.disputatio.model.Programme;
import org.disputatio.validation.EventValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The XSD of the format ({@code event.xsd}), checked with the JDK's schema processor, hardened so
 * that it can fetch nothing: the schema loads that way and ships in the jar; the golden files, the
 * README's example and whatever the writer writes are valid; and documents that break the format
 * are rejected both by the XSD and by {@link EventXml}'s reader, the reader pointing at the
 * offending element. {@link XsdMsvTest} repeats the checks with a second, independent processor;
 * {@link XsdGapsTest} pins where the XSD and the reader knowingly differ.
 */
class XsdTest {

    private static final String NAMESPACE = "https://disputatio.org/ns/event/1";
    private static final String UNESCO = "unesco-2017.xml";
    private static final String SAINT_CYR = "saint-cyr-2014.xml";

    // ---------------------------------------------------------------- the schema itself

    @Test
    void theXsdIsInTheJarAtItsDocumentedPath() throws Exception {
        URL xsd = EventXml.class.getResource("/org/disputatio/io/xml/event.xsd");
        assertNotNull(xsd, "event.xsd is not on the class path next to EventXml");
        assertNotNull(EventXml.class.getResource("/org/disputatio/io/xml/xml.xsd"),
                "xml.xsd, which event.xsd imports, is not next to it");
        // from the module's main resources (what goes into the jar), not from the test resources
        assertFalse(xsd.getPath().contains("/test-classes/"), () -> "found at " + xsd);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document schema;
        try (InputStream in = xsd.openStream()) {
            schema = factory.newDocumentBuilder().parse(in);
        }
        Element root = schema.getDocumentElement();
        assertEquals(XMLConstants.W3C_XML_SCHEMA_NS_URI, root.getNamespaceURI());
        assertEquals(NAMESPACE, root.getAttribute("targetNamespace"));
        assertEquals("qualified", root.getAttribute("elementFormDefault"));
    }

    /**
     * The schema loads with every external access refused (no protocol allowed for DTDs or schema
     * documents, secure processing on): it needs nothing from the network. The only resource it
     * asks for is the XML namespace's schema document, which it finds next to itself.
     */
    @Test
    void theXsdLoadsWithoutAnyExternalAccess() {
        EventXsd.RESOLVED.clear();
        assertNotNull(EventXsd.loadWithJdk());
        assertEquals(List.of(XMLConstants.W3C_XML_SCHEMA_NS_URI + " " + XMLConstants.XML_NS_URI + " xml.xsd"),
                EventXsd.RESOLVED);
    }

    /** Without the resolver, the same hardened factory is not allowed to read even xml.xsd next to it. */
    @Test
    void theHardenedFactoryReallyRefusesExternalAccess() throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL xsd = EventXsd.resource(EventXsd.RESOURCE);
        SAXException refused = assertThrows(SAXException.class, () -> {
            try (InputStream in = xsd.openStream()) {
                factory.newSchema(new StreamSource(in, xsd.toExternalForm()));
            }
        });
        assertTrue(refused.getMessage().contains("accessExternalSchema"), refused::getMessage);
    }

    /** Unrestricted, the XSD loads from its URL as any user would load it: xml.xsd resolves next to it. */
    @Test
    void theXsdLoadsFromItsUrlWithAPlainFactory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        assertNotNull(factory.newSchema(EventXsd.resource(EventXsd.RESOURCE)));
    }

    // ---------------------------------------------------------------- valid documents

    @ParameterizedTest
    @ValueSource(strings = {UNESCO, SAINT_CYR})
    void theGoldenFilesAreValid(String name) {
        List<String> problems = EventXsd.validate(golden(name));
        assertTrue(problems.isEmpty(), () -> name + " breaks the XSD:" + describe(problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void whatTheWriterWritesIsValid(String sample) {
        Event event = Samples.get(sample).orElseThrow();
        for (EventXml xml : List.of(EventXml.defaults(), EventXml.defaults().compact())) {
            String written = xml.write(event);
            List<String> problems = EventXsd.validate(written);
            assertTrue(problems.isEmpty(), () -> sample + " as written breaks the XSD:" + describe(problems));
        }
    }

    /**
     * An event that uses every element and attribute of the format (every-element.json, read with
     * the JSON reader), as the XML writer writes it, is valid: this checks the XSD's order and
     * occurrences for the parts the golden files do not use (rooms, roles, external ids, a
     * listed text without text, times with seconds, ...).
     */
    @Test
    void whatTheWriterWritesOfEveryElementIsValid() throws Exception {
        Event event = everyElement();
        assertTrue(EventValidator.english().validate(event).errors().isEmpty(),
                () -> EventValidator.english().validate(event).toText());
        for (EventXml xml : List.of(EventXml.defaults(), EventXml.defaults().compact())) {
            String written = xml.write(event);
            List<String> problems = EventXsd.validate(written);
            assertTrue(problems.isEmpty(), () -> "every-element as written breaks the XSD:" + describe(problems)
                    + "\n" + written);
            assertEquals(event, xml.read(written));
        }
        Set<String> declared = names(parse(EventXsd.resource(EventXsd.RESOURCE).openStream()), true);
        Set<String> used = names(parse(new java.io.ByteArrayInputStream(EventXml.defaults().writeBytes(event))), false);
        assertTrue(declared.containsAll(List.of("element room", "attribute statedWeekday", "element acknowledgement")),
                () -> "declared: " + declared);
        Set<String> unused = new TreeSet<>(declared);
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), () -> "every-element.json does not use " + unused);
    }

    static Event everyElement() {
        try (InputStream in = XsdTest.class.getResourceAsStream("every-element.json")) {
            return EventJson.defaults().read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document parse(InputStream in) throws Exception {
        try (in) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** Element and attribute names: declared in the schema (xs:element/@name, xs:attribute/@name), or used in a document. */
    private static Set<String> names(Document document, boolean schema) {
        Set<String> names = new TreeSet<>();
        org.w3c.dom.NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (schema) {
                if ((e.getLocalName().equals("element") || e.getLocalName().equals("attribute")) && e.hasAttribute("name")) {
                    names.add(e.getLocalName() + " " + e.getAttribute("name"));
                }
            } else {
                names.add("element " + e.getLocalName());
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                    org.w3c.dom.Node attribute = e.getAttributes().item(a);
                    if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                        names.add("attribute " + attribute.getLocalName());
                    }
                }
            }
        }
        return names;
    }

    @Test
    void theReadmeExampleIsValid() {
        String example = EventXsd.readmeExample();
        List<String> problems = EventXsd.validate(example);
        assertTrue(problems.isEmpty(), () -> "the README's example breaks the XSD:" + describe(problems));
    }

    /** The README's example is QuickStart's event, exactly as the writer writes it. */
    @Test
    void theReadmeExampleIsTheQuickStartEventAsWritten() {
        String example = EventXsd.readmeExample();
        Event read = EventXml.defaults().read(example);
        QuickStart.Sample quickStart = quietly(QuickStart::buildAndValidate); // it prints its report
        assertEquals(quickStart.event(), read);
        assertEquals(quickStart.report(), EventValidator.english().validate(read));
        assertEquals(example, EventXml.defaults().write(read), "the README's example is not what the writer writes");
    }

    // ---------------------------------------------------------------- invalid documents

    /**
     * Documents that break the format, each an edit of the UNESCO golden file: the name, the
     * document, a fragment of the JDK processor's message, a fragment of the reader's reason, and
     * the path the reader reports (null: not checked).
     */
    static final List<Arguments> BROKEN = broken();

    private static List<Arguments> broken() {
        String g = golden(UNESCO);
        String root = "<event xmlns=\"" + NAMESPACE + "\" formatVersion=\"1\" id=\"unesco-2017\" kind=\"conference\"";
        String firstTitle = "<title xml:lang=\"fr\">Construire";
        return List.of(
                Arguments.of("a missing required attribute (kind on the root)",
                        replaceFirst(g, " kind=\"conference\"", ""),
                        "Attribute 'kind' must appear on element 'event'", "missing required attribute kind", "/event"),
                Arguments.of("a missing required attribute (printed on a person's name)",
                        replaceFirst(g, "printed=\"Frank LARUE\" ", ""),
                        "Attribute 'printed' must appear on element 'name'", "missing required attribute printed",
                        "/event/person[1]/name[1]"),
                Arguments.of("a bad certainty of a name's parts",
                        replaceFirst(g, "parts=\"inferred\"", "parts=\"guessed\""),
                        "Value 'guessed' is not facet-valid", "unknown certainty", "/event/person[27]/name[1]"),
                Arguments.of("a missing required attribute (date on a day)",
                        replaceFirst(g, "<day date=\"2017-04-06\"", "<day"),
                        "Attribute 'date' must appear on element 'day'", "missing required attribute date",
                        "/event/programme[1]/day[1]"),
                Arguments.of("an unknown attribute",
                        replaceFirst(g, "<organisation id=\"unesco\"", "<organisation id=\"unesco\" founded=\"1945\""),
                        "Attribute 'founded' is not allowed", "unknown attribute founded", "/event/organisation[1]"),
                Arguments.of("xml:lang where no text is",
                        replaceFirst(g, root, root + " xml:lang=\"fr\""),
                        "Attribute 'xml:lang' is not allowed", "unknown attribute xml:lang", "/event"),
                Arguments.of("an unknown element",
                        replaceFirst(g, "<language>en</language>", "<language>en</language>\n  <keyword>cyber</keyword>"),
                        "Invalid content was found starting with element", "unknown element <keyword>", "/event/keyword[1]"),
                Arguments.of("an element in another namespace",
                        replaceFirst(g, "<access mode=\"bus\" line=\"28\"/>",
                                "<access mode=\"bus\" line=\"28\"/><x:lift xmlns:x=\"urn:example:other\"/>"),
                        "Invalid content was found starting with element", "is not in the format's namespace",
                        "/event/venue[1]/lift[1]"),
                Arguments.of("the wrong namespace",
                        replaceFirst(g, "xmlns=\"" + NAMESPACE + "\"", "xmlns=\"https://disputatio.org/ns/event/2\""),
                        "Cannot find the declaration of element 'event'", "expected the root element", ""),
                Arguments.of("no namespace",
                        replaceFirst(g, " xmlns=\"" + NAMESPACE + "\"", ""),
                        "Cannot find the declaration of element 'event'", "expected the root element", ""),
                Arguments.of("a missing xml:lang",
                        replaceFirst(g, firstTitle, "<title>Construire"),
                        "Attribute 'lang' belonging to namespace 'http://www.w3.org/XML/1998/namespace', must appear on element 'title'",
                        "missing xml:lang on <title>",
                        "/event/title[1]"),
                Arguments.of("a lang attribute in another namespace instead of xml:lang",
                        replaceFirst(g, firstTitle, "<title xmlns:x=\"urn:example:other\" x:lang=\"fr\">Construire"),
                        "Attribute 'lang' belonging to namespace 'http://www.w3.org/XML/1998/namespace', must appear on element 'title'",
                        "unknown attribute {urn:example:other}lang",
                        "/event/title[1]"),
                Arguments.of("a language given twice",
                        replaceFirst(g, "<title xml:lang=\"en\">Building", "<title xml:lang=\"fr\">Building"),
                        "Duplicate unique value [fr]", "language fr given twice", null), // see readerPathsAfterContent
                Arguments.of("a sector that is not a code",
                        replaceFirst(g, "sector=\"international-organisation\"", "sector=\"civil society\""),
                        "Value 'civil society' is not facet-valid with respect to pattern", "expected a code",
                        "/event/organisation[1]"),
                Arguments.of("a sector in upper case",
                        replaceFirst(g, "sector=\"academia\"", "sector=\"ACADEMIA\""),
                        "Value 'ACADEMIA' is not facet-valid with respect to pattern", "expected a code",
                        "/event/organisation[2]"),
                Arguments.of("an item kind that is not a code",
                        replaceFirst(g, "kind=\"break\"", "kind=\"Lunch\""),
                        "Value 'Lunch' is not facet-valid", "expected a code", "/event/programme[1]/day[1]/item[3]"),
                Arguments.of("a bad transport mode",
                        replaceFirst(g, "mode=\"metro\"", "mode=\"subway\""),
                        "Value 'subway' is not facet-valid", "unknown transport mode 'subway'", "/event/venue[1]/access[1]"),
                Arguments.of("a bad involvement kind",
                        replaceFirst(g, "<organisation id=\"unesco\"",
                                "<involvement organisation=\"unesco\" kind=\"patron\"/>\n  <organisation id=\"unesco\""),
                        "Value 'patron' is not facet-valid", "unknown", "/event/involvement[1]"),
                Arguments.of("a weekday in title case",
                        replaceFirst(g, "statedWeekday=\"thursday\"", "statedWeekday=\"Thursday\""),
                        "Value 'Thursday' is not facet-valid", "unknown weekday 'Thursday'", "/event/programme[1]/day[1]"),
                Arguments.of("a bad certainty",
                        replaceFirst(g, "certainty=\"inferred\"", "certainty=\"probable\""),
                        "Value 'probable' is not facet-valid", "unknown", "/event/provenance[1]/claim[1]"),
                Arguments.of("a bad note kind",
                        replaceFirst(g, "kind=\"placeholder\"", "kind=\"typo\""),
                        "Value 'typo' is not facet-valid", "unknown", "/event/provenance[1]/note[2]"),
                Arguments.of("a bad name order",
                        replaceFirst(g, "order=\"family-first\"", "order=\"surname-first\""),
                        "Value 'surname-first' is not facet-valid", "unknown", "/event/person[27]/name[1]"),
                Arguments.of("an open code that is not a code (event kind)",
                        replaceFirst(g, "kind=\"conference\"", "kind=\"Conference\""),
                        "Value 'Conference' is not facet-valid with respect to pattern", "expected a code", "/event"),
                Arguments.of("an open code that is not a code (participant role)",
                        replaceFirst(g, "role=\"opening-speaker\"", "role=\"opening speaker\""),
                        "is not facet-valid with respect to pattern", "expected a code",
                        "/event/programme[1]/day[1]/item[1]/participant[1]"),
                Arguments.of("formatVersion 2",
                        replaceFirst(g, "formatVersion=\"1\"", "formatVersion=\"2\""),
                        "formatVersion", "unsupported formatVersion 2", "/event"),
                Arguments.of("formatVersion not a number",
                        replaceFirst(g, "formatVersion=\"1\"", "formatVersion=\"one\""),
                        "formatVersion", "expected an integer", "/event"),
                Arguments.of("text inside <programme> (mixed content)",
                        replaceFirst(g, "<programme>", "<programme>Programme"),
                        "cannot have character [children]", "mixed content", "/event/programme[1]"),
                Arguments.of("text inside an empty element (<address>)",
                        replaceFirst(g, "country=\"FR\"/>", "country=\"FR\">Paris</address>"),
                        "must have no character or element information item [children]",
                        "text is not allowed in <address>", "/event/venue[1]/address[1]"),
                Arguments.of("an element inside <title>",
                        replaceFirst(g, "Building international peace", "Building international <b>peace</b>"),
                        "must have no element [children]", "holds text only", "/event/title[2]"),
                Arguments.of("a bad date (31 April)",
                        replaceFirst(g, "startDate=\"2017-04-06\"", "startDate=\"2017-04-31\""),
                        "2017-04-31", "expected a date", "/event"),
                Arguments.of("a bad date (not ISO 8601)",
                        replaceFirst(g, "<day date=\"2017-04-06\"", "<day date=\"06/04/2017\""),
                        "06/04/2017", "expected a date", "/event/programme[1]/day[1]"),
                Arguments.of("a date with a time zone",
                        replaceFirst(g, "endDate=\"2017-04-07\"", "endDate=\"2017-04-07Z\""),
                        "2017-04-07Z", "expected a date", "/event"),
                Arguments.of("a bad time (French style)",
                        replaceFirst(g, "start=\"09:30\"", "start=\"9h30\""),
                        "9h30", "expected a time", "/event/programme[1]/day[1]/item[1]"),
                Arguments.of("a time past midnight",
                        replaceFirst(g, "start=\"17:30\"", "start=\"24:30\""),
                        "24:30", "expected a time", "/event/programme[1]/day[1]/item[6]"),
                Arguments.of("an offset for a time zone",
                        replaceFirst(g, "timeZone=\"Europe/Paris\"", "timeZone=\"+01:00\""),
                        "+01:00", "expected an IANA time zone", "/event"),
                Arguments.of("a languageCount that is not a number",
                        replaceFirst(g, "languageCount=\"11\"", "languageCount=\"eleven\""),
                        "eleven", "expected an integer", "/event/link[1]"),
                Arguments.of("a person without a name",
                        replaceFirst(g, "<name printed=\"Frank LARUE\" given=\"Frank\" family=\"LARUE\"/>", ""),
                        "Invalid content was found starting with element", "missing required element <name>",
                        null), // see readerPathsAfterContent
                Arguments.of("a note without its text",
                        replaceFirst(g, "<text>Printed twice on the flyers where a phone number would stand; a placeholder, "
                                + "not a contact, so not encoded.</text>", ""),
                        "is not complete", "missing required element <text>", null), // see readerPathsAfterContent
                Arguments.of("a text element with an attribute (<language>)",
                        replaceFirst(g, "<language>fr</language>", "<language type=\"primary\">fr</language>"),
                        "Element 'language' is a simple type, so it cannot have attributes", "unknown attribute type", "/event/language[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("BROKEN")
    void theXsdRejectsBrokenDocuments(String name, String document, String xsdSays) {
        List<String> problems = EventXsd.validate(document);
        assertFalse(problems.isEmpty(), () -> "the XSD accepts " + name);
        assertTrue(problems.stream().anyMatch(p -> p.contains(xsdSays)),
                () -> "the XSD rejects " + name + " but not for the expected reason (" + xsdSays + "):"
                        + describe(problems));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("BROKEN")
    void theReaderRejectsBrokenDocuments(String name, String document, String xsdSays, String readerSays,
            String path) {
        EventReadException e = assertThrows(EventReadException.class, () -> EventXml.defaults().read(document),
                () -> "the reader accepts " + name);
        assertAll(
                () -> assertTrue(e.reason().contains(readerSays),
                        () -> "the reader rejects " + name + " but says: " + e.getMessage()),
                () -> assertTrue(e.line() > 0, () -> "no line in " + e.getMessage()),
                () -> {
                    if (path != null) {
                        assertEquals(path, e.path(), () -> "path of " + e.getMessage());
                    }
                });
    }

    /**
     * Problems the reader finds only once it has read an element's content are reported at the
     * element itself, not at its parent, though the reader has left the element by then.
     */
    @Test
    void readerPathsAfterContent() {
        String g = golden(UNESCO);
        assertAll(
                () -> assertEquals("/event/person[1]", readError(replaceFirst(g,
                        "<name printed=\"Frank LARUE\" given=\"Frank\" family=\"LARUE\"/>", "")).path()),
                () -> assertEquals("/event/provenance[1]/note[2]", readError(replaceFirst(g,
                        "<text>Printed twice on the flyers where a phone number would stand; a placeholder, "
                                + "not a contact, so not encoded.</text>", "")).path()),
                () -> assertEquals("/event/title[2]", readError(replaceFirst(g,
                        "<title xml:lang=\"en\">Building", "<title xml:lang=\"fr\">Building")).path()));
    }

    private static EventReadException readError(String document) {
        return assertThrows(EventReadException.class, () -> EventXml.defaults().read(document));
    }

    /** The broken documents of {@link #BROKEN}, for the other test classes. */
    static Stream<Arguments> brokenDocuments() {
        return BROKEN.stream();
    }

    /** Runs a sample that prints, keeping the test output clean. */
    private static <T> T quietly(java.util.function.Supplier<T> sample) {
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return sample.get();
        } finally {
            System.setOut(console);
        }
    }
}
