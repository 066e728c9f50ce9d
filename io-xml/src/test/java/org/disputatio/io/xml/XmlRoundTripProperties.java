package org.disputatio.io.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Role;
import org.disputatio.testkit.ReadErrorAssertions;
import org.disputatio.testkit.jqwik.AnyEvents;
import org.disputatio.testkit.jqwik.Events;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the XML format over generated events ({@link AnyEvents} from the testkit, shared with
 * io-json): every event XML 1.0 can hold reads back as written, pretty and compact, from every
 * kind of source, and JSON → model → XML → model → JSON changes nothing; no corruption of a
 * valid document makes the reader throw anything but an {@link EventReadException}: flipped
 * bytes, truncation, deleted, duplicated, moved, renamed or unknown elements and attributes,
 * junk values, text between elements, elements in text, a DOCTYPE, an entity reference, a
 * comment or processing instruction. Where the outcome of an edit is certain it is checked
 * too: text between elements, an element in text, a DOCTYPE and a truncation always fail; an
 * unknown element or attribute fails when reading strictly and is skipped, leaving the very
 * same event, with {@code allowUnknown(true)}; a comment or processing instruction changes
 * nothing.
 *
 * <p>Generated events often hold characters no XML 1.0 document can (U+0000 and the other C0
 * controls but tab, LF and CR, U+FFFE, U+FFFF, unpaired surrogates): the round trips replace
 * them by U+FFFD, and separate properties pin the writer's contract for them, which is to
 * refuse them with an {@link IllegalArgumentException} naming the character, as it refuses
 * whatever else the reader would refuse (codes that are not codes).
 */
class XmlRoundTripProperties {

    static final EventXml PRETTY = EventXml.defaults();
    static final EventXml COMPACT = EventXml.defaults().compact();
    static final EventXml LENIENT = EventXml.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true));
    static final String NAMESPACE = "https://disputatio.org/ns/event/1";
    static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    static final List<String> GOLDEN_FILES = List.of("unesco-2017.xml", "saint-cyr-2014.xml");

    private static final JsonMapper TREES = JsonMapper.builder().build();

    // ---------------------------------------------------------------- what XML 1.0 can hold

    /**
     * The first character of the text that no XML 1.0 document can hold, not even as a
     * character reference (U+0000 and the other C0 controls but tab, LF and CR; U+FFFE; U+FFFF;
     * an unpaired surrogate), or -1 when there is none.
     */
    static int firstNonXmlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : Character.isSurrogate(c) || c >= 0xFFFE) {
                return c;
            }
        }
        return -1;
    }

    /** Whether every string of the event (values and language tags) is text XML 1.0 can hold. */
    static boolean xmlCanHold(Event event) {
        return everyString(event).stream().allMatch(text -> firstNonXmlCharacter(text) < 0);
    }

    /** Every string in the event, found through its JSON form (which holds every part of the model). */
    private static List<String> everyString(Event event) {
        List<String> strings = new ArrayList<>();
        collectStrings(TREES.readTree(EventJson.defaults().write(event)), strings);
        return strings;
    }

    private static void collectStrings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                into.add(property.getKey());
                collectStrings(property.getValue(), into);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node.values()) {
                collectStrings(element, into);
            }
        }
    }

    // ---------------------------------------------------------------- round trips

    /** Generated events, without the characters XML 1.0 cannot hold (a separate property covers those). */
    @Provide
    Arbitrary<Event> events() {
        return AnyEvents.events().map(XmlRoundTripProperties::xmlSafe).filter(Objects::nonNull);
    }

    /**
     * The event with every character XML 1.0 cannot hold replaced by U+FFFD (most generated
     * events hold one somewhere), or null when that makes two language tags of a text equal.
     */
    static Event xmlSafe(Event event) {
        if (xmlCanHold(event)) {
            return event;
        }
        JsonNode tree = TREES.readTree(EventJson.defaults().write(event));
        try {
            return EventJson.defaults().read(TREES.writeValueAsString(replaceNonXml(tree)));
        } catch (EventReadException sameLanguageTwice) {
            return null;
        }
    }

    private static JsonNode replaceNonXml(JsonNode node) {
        if (node.isString()) {
            return TREES.getNodeFactory().stringNode(replaceNonXml(node.asString()));
        }
        if (node.isObject()) {
            tools.jackson.databind.node.ObjectNode copy = TREES.createObjectNode();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                copy.set(replaceNonXml(property.getKey()), replaceNonXml(property.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode copy = TREES.createArrayNode();
            node.values().forEach(element -> copy.add(replaceNonXml(element)));
            return copy;
        }
        return node;
    }

    private static String replaceNonXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(firstNonXmlCharacter(String.valueOf(c)) < 0 ? c : '\ufffd');
            }
        }
        return out.toString();
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void prettyDocumentsReadBackFromEverySource(@ForAll("events") Event event) {
        assertReadsBackFromEverySource(PRETTY, event);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void compactDocumentsReadBackFromEverySource(@ForAll("events") Event event) {
        String text = assertReadsBackFromEverySource(COMPACT, event);
        assertFalse(text.contains(">\n  <"), () -> "a compact document is indented: " + text);
    }

    /**
     * Valid events of a larger programme than {@link AnyEvents} makes (items nested three deep,
     * up to a dozen a day, in four languages and three scripts) read back as written.
     */
    @Property(tries = 50, shrinking = ShrinkingMode.BOUNDED)
    void validEventsReadBack(@ForAll("validEvents") Event event) {
        assertReadsBackFromEverySource(PRETTY, event);
    }

    @Provide
    Arbitrary<Event> validEvents() {
        return Events.valid().days(0, 4).itemsPerDay(0, 12).nesting(3).people(0, 10).tracks(0, 3).rooms(0, 3)
                .languages("en", "fr", "ar", "zh-Hant");
    }

    private static String assertReadsBackFromEverySource(EventXml xml, Event event) {
        String text = xml.write(event);
        byte[] bytes = xml.writeBytes(event);
        assertEquals(text, new String(bytes, UTF_8), "write and writeBytes give different documents");
        StringWriter writer = new StringWriter();
        xml.write(event, writer);
        assertEquals(text, writer.toString(), "write(Event, Writer)");
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        xml.write(event, stream);
        assertEquals(text, stream.toString(UTF_8), "write(Event, OutputStream)");
        assertEquals(event, xml.read(text), "read(String)");
        assertEquals(event, xml.read(bytes), "read(byte[])");
        assertEquals(event, xml.read(new ByteArrayInputStream(bytes)), "read(InputStream)");
        assertEquals(event, xml.read(new StringReader(text)), "read(Reader)");
        return text;
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void writingIsStable(@ForAll("events") Event event) {
        String pretty = PRETTY.write(event);
        assertEquals(pretty, PRETTY.write(PRETTY.read(pretty)));
        assertEquals(COMPACT.write(event), COMPACT.write(COMPACT.read(pretty)));
        assertEquals(event, PRETTY.read(COMPACT.write(event)), "pretty and compact documents hold the same event");
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void jsonToXmlToJsonGivesTheSameJson(@ForAll("events") Event event) {
        EventJson json = EventJson.defaults();
        String first = json.write(event);
        Event fromJson = json.read(first);
        Event throughXml = PRETTY.read(PRETTY.write(fromJson));
        assertEquals(first, json.write(throughXml));
        assertEquals(json.write(throughXml), json.write(COMPACT.read(COMPACT.writeBytes(fromJson))));
    }

    @Example
    void goldenFilesReadAndWriteBackUnchanged() {
        for (String name : GOLDEN_FILES) {
            String text = new String(golden(name), UTF_8);
            Event event = PRETTY.read(text);
            assertEquals(text, PRETTY.write(event), name + " is not written back as it was");
            assertEquals(event, COMPACT.read(COMPACT.write(event)));
        }
    }

    /** Everything XML 1.0 can hold reads back, whether written raw or as a character reference. */
    @Example
    void charactersXmlCanHoldReadBack() {
        Event base = PRETTY.read(golden("saint-cyr-2014.xml"));
        for (String text : List.of("tab\there", "line\nfeed", "carriage\rreturn", "crlf\r\n", "\r\n\r\n", " \t\n ",
                "  lead and trail  ", "delete\u007f", "next line\u0085", "line\u2028separator\u2029",
                "\ufeffbyte order mark", "private\ue000use", "replacement\ufffd", "😀 𝄞 𠜎", "]]>", "]]&gt;",
                "<b>&amp;</b>", "\"'", "&#0;", "")) {
            Event event = base.toBuilder().title(LocalizedText.of("en", text)).id(text.isEmpty() ? "x" : text)
                    .subtitle(LocalizedText.of(text.isEmpty() ? "x" : text, text)).build();
            assertReadsBackFromEverySource(PRETTY, event);
            assertReadsBackFromEverySource(COMPACT, event);
        }
    }

    @Example
    void aLanguageCountOfTenDigitsReadsBack() {
        for (int count : List.of(999_999_999, 1_000_000_000, Integer.MAX_VALUE, -1_000_000_000, Integer.MIN_VALUE)) {
            Event event = withLanguageCount(count);
            assertEquals(event, PRETTY.read(PRETTY.write(event)), "languageCount " + count);
        }
        String beyond = PRETTY.write(withLanguageCount(1)).replace("languageCount=\"1\"", "languageCount=\"2147483648\"");
        EventReadException e = assertThrows(EventReadException.class, () -> PRETTY.read(beyond));
        assertTrue(e.reason().contains("2147483648"), e::getMessage);
        assertEquals("/event/link[1]", e.path());
    }

    private static Event withLanguageCount(int count) {
        return PRETTY.read(golden("saint-cyr-2014.xml")).toBuilder().links(List.of(new Link(
                java.net.URI.create("https://example.org"), LocalizedText.empty(), LocalizedText.empty(),
                LocalizedText.empty(), List.of(), java.util.Optional.of(count)))).build();
    }

    // ---------------------------------------------------------------- what the writer refuses

    /** Characters no XML 1.0 document can hold. */
    static final List<String> NOT_XML = List.of("\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001f", "\ufffe",
            "\uffff", "\ud800", "\udbff", "\udc00", "\udfff", "\ude00\ud83d");

    /**
     * Text XML 1.0 cannot hold is refused with an {@link IllegalArgumentException} naming the
     * problem, wherever it is (text, attribute, language tag) and whatever the target, rather
     * than failing inside the parser's writer (an {@link UncheckedIOException} today for
     * controls), written as a character reference the reader refuses ({@code &#xfffe;}), or
     * written raw into a String whose UTF-8 form cannot exist (a lone surrogate).
     */
    @Example
    void theWriterRefusesTextXmlCannotHold() {
        Event base = PRETTY.read(golden("saint-cyr-2014.xml"));
        for (String bad : NOT_XML) {
            String text = "a" + bad + "b";
            List<Event> events = List.of(
                    base.toBuilder().title(LocalizedText.of("en", text)).build(),
                    base.toBuilder().id(text).build(),
                    base.toBuilder().subtitle(LocalizedText.of("en-" + text, "x")).build(),
                    base.toBuilder().languages(List.of(text)).build(),
                    base.toBuilder().organisation(new Organisation("o", LocalizedText.empty(), java.util.Optional.of(text),
                            java.util.Optional.empty(), java.util.Optional.empty(), List.of())).build());
            for (Event event : events) {
                assertRefused(event, bad);
            }
        }
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void eventsWithTextXmlCannotHoldAreRefusedByTheWriter(@ForAll("eventsXmlCannotHold") Tuple.Tuple2<Event, String> spoilt) {
        assertRefused(spoilt.get1(), spoilt.get2());
    }

    /** An event XML 1.0 can hold, spoilt in one place with one character it cannot hold (which is given too). */
    @Provide
    Arbitrary<Tuple.Tuple2<Event, String>> eventsXmlCannotHold() {
        return Combinators.combine(events(), Arbitraries.of(NOT_XML), Arbitraries.integers().between(0, 4))
                .as((event, bad, where) -> {
                    String text = "x" + bad;
                    switch (where) {
                        case 0: return Tuple.of(event.toBuilder().title(event.title().with("xx", text)).build(), bad);
                        case 1: return Tuple.of(event.toBuilder().id(event.id() + bad).build(), bad);
                        case 2: return Tuple.of(event.toBuilder().description(LocalizedText.of(text, "x")).build(), bad);
                        case 3: return Tuple.of(event.toBuilder().languages(List.of(text)).build(), bad);
                        default: return Tuple.of(event.toBuilder().subtitle(LocalizedText.of("en", bad + bad)).build(), bad);
                    }
                });
    }

    private static void assertRefused(Event event, String bad) {
        String hex = String.format("U+%04X", (int) bad.charAt(0));
        List<Runnable> writes = List.of(() -> PRETTY.write(event), () -> COMPACT.write(event), () -> PRETTY.writeBytes(event),
                () -> PRETTY.write(event, new StringWriter()), () -> PRETTY.write(event, new ByteArrayOutputStream()));
        for (Runnable write : writes) {
            IllegalArgumentException refusal;
            try {
                write.run();
                throw new AssertionError("wrote text holding " + hex + " that XML 1.0 cannot hold");
            } catch (IllegalArgumentException refused) {
                refusal = refused;
            } catch (RuntimeException other) {
                throw new AssertionError("expected an IllegalArgumentException for " + hex + ", got " + other, other);
            }
            IllegalArgumentException e = refusal;
            String message = e.getMessage();
            assertTrue(message.startsWith("cannot write "), message);
            assertTrue(message.contains(hex), () -> message + " does not name " + hex);
            assertTrue(message.contains("a character no format of Disputatio can hold"), message);
            assertTrue(e instanceof org.disputatio.io.EventWriteException, () -> e.getClass().getName());
        }
    }

    /** The writer refuses what would not read back; whatever it writes reads back. */
    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void whateverTheWriterWritesReadsBack(@ForAll("messyEvents") Event event) {
        for (EventXml xml : List.of(PRETTY, COMPACT)) {
            String text;
            byte[] bytes;
            try {
                text = xml.write(event);
                bytes = xml.writeBytes(event);
            } catch (IllegalArgumentException refused) {
                assertTrue(refused.getMessage().startsWith("cannot write "), refused::getMessage);
                assertThrows(IllegalArgumentException.class, () -> xml.writeBytes(event), "write refuses, writeBytes must too");
                continue;
            }
            ReadOutcome outcome = outcome(() -> xml.read(text), text);
            assertFalse(outcome.failed(), () -> "written but not read back: " + outcome + "\n" + text);
            assertEquals(event, outcome.event());
            assertEquals(event, xml.read(bytes));
        }
    }

    @Provide
    Arbitrary<Event> messyEvents() {
        return Arbitraries.oneOf(AnyEvents.messyEvents(), AnyEvents.events());
    }

    @Example
    void theWriterRefusesCodesTheReaderWouldRefuse() {
        Event base = PRETTY.read(golden("saint-cyr-2014.xml"));
        List<Event> events = List.of(base.toBuilder().kind(EventKind.of("Round Table")).build(),
                base.toBuilder().kind(EventKind.of("")).build(),
                base.toBuilder().role(new Role("Keynote_Speaker", LocalizedText.empty(), LocalizedText.empty())).build(),
                base.toBuilder().organisation(new Organisation("o", LocalizedText.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), List.of(new ExternalId("Wiki Data", "Q1"))))
                        .build());
        for (Event event : events) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PRETTY.write(event));
            assertTrue(e.getMessage().startsWith("cannot write "), e::getMessage);
            assertTrue(e.getMessage().contains("code"), e::getMessage);
        }
    }

    // ---------------------------------------------------------------- corrupted documents

    /** Written generated events, pretty and compact, and the golden files. */
    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, events().map(PRETTY::write)),
                Tuple.of(2, events().map(COMPACT::write)),
                Tuple.of(2, Arbitraries.of(GOLDEN_FILES).map(name -> new String(golden(name), UTF_8))));
    }

    @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED)
    void aFlippedByteGivesAnEventOrAnEventReadException(@ForAll("documents") String document,
            @ForAll @IntRange(min = 0) int where, @ForAll byte value, @ForAll boolean xorOneBit) {
        byte[] bytes = document.getBytes(UTF_8);
        int at = where % bytes.length;
        bytes[at] = xorOneBit ? (byte) (bytes[at] ^ (1 << (value & 7))) : value;
        outcome(() -> PRETTY.read(bytes), null);
        outcome(() -> LENIENT.read(bytes), null);
        outcome(() -> PRETTY.read(new ByteArrayInputStream(bytes)), null);
        String text = new String(bytes, UTF_8);
        outcome(() -> PRETTY.read(text), text);
        outcome(() -> LENIENT.read(new StringReader(text)), text);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void aTruncatedDocumentAlwaysFails(@ForAll("documents") String document, @ForAll @IntRange(min = 0) int where) {
        byte[] bytes = document.getBytes(UTF_8);
        // the root's end tag is the last markup: cutting anywhere before its '>' leaves it unclosed
        int end = document.getBytes(UTF_8).length - (document.length() - document.lastIndexOf('>'));
        int cut = where % (end + 1);
        byte[] truncated = Arrays.copyOf(bytes, cut);
        ReadOutcome strict = outcome(() -> PRETTY.read(truncated), null);
        assertTrue(strict.failed(), () -> "read a truncated document: " + new String(truncated, UTF_8));
        assertTrue(outcome(() -> LENIENT.read(new ByteArrayInputStream(truncated)), null).failed());
        String text = new String(truncated, UTF_8);
        assertTrue(outcome(() -> PRETTY.read(text), text).failed());
    }

    @Property(tries = 600, shrinking = ShrinkingMode.BOUNDED)
    void anEditedDocumentGivesAnEventOrAnEventReadException(@ForAll("documents") String document,
            @ForAll("mutations") Mutation mutation) {
        Edited edited = mutation.apply(document);
        byte[] bytes = edited.text().getBytes(UTF_8);
        ReadOutcome strict = outcome(() -> PRETTY.read(bytes), edited.text());
        ReadOutcome lenient = outcome(() -> LENIENT.read(bytes), edited.text());
        switch (edited.expectation()) {
            case FAILS:
                assertTrue(strict.failed(), () -> mutation + " was read: " + edited.text());
                assertTrue(lenient.failed(), () -> mutation + " was read leniently: " + edited.text());
                assertTrue(strict.error().reason().toLowerCase(Locale.ROOT).contains(edited.reason()),
                        () -> mutation + ": the reason does not mention '" + edited.reason() + "': " + strict);
                break;
            case UNKNOWN:
                assertTrue(strict.failed() && strict.error().reason().contains("unknown " + edited.reason()),
                        () -> mutation + " not reported as an unknown " + edited.reason() + ": " + strict + "\n" + edited.text());
                assertFalse(lenient.failed(), () -> mutation + " not skipped when lenient: " + lenient + "\n" + edited.text());
                assertEquals(PRETTY.read(edited.original()), lenient.event(), () -> mutation + " changed the event");
                break;
            case SAME:
                assertFalse(strict.failed(), () -> mutation + " made the document unreadable: " + strict + "\n" + edited.text());
                assertEquals(PRETTY.read(edited.original()), strict.event(), () -> mutation + " changed the event");
                assertEquals(strict.event(), lenient.event());
                break;
            default:
                break;
        }
    }

    /** The mutations' own parser and serializer change nothing: what they write reads as the same event. */
    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void theMutationsStartFromTheSameEvent(@ForAll("documents") String document) {
        assertEquals(PRETTY.read(document), PRETTY.read(serialize(parse(document))));
    }

    /** Whatever the source type, the same document gives the same event or the same failure. */
    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void everySourceReadsAnEditedDocumentAlike(@ForAll("documents") String document,
            @ForAll("mutations") Mutation mutation) {
        String text = mutation.apply(document).text();
        byte[] bytes = text.getBytes(UTF_8);
        ReadOutcome fromString = outcome(() -> PRETTY.read(text), text);
        List<ReadOutcome> others = List.of(outcome(() -> PRETTY.read(bytes), text),
                outcome(() -> PRETTY.read(new ByteArrayInputStream(bytes)), text),
                outcome(() -> PRETTY.read(new StringReader(text)), text));
        for (ReadOutcome other : others) {
            assertEquals(fromString.failed(), other.failed(), () -> fromString + " vs " + other);
            if (fromString.failed()) {
                assertEquals(fromString.error().reason().replaceAll("\\d+", "#"),
                        other.error().reason().replaceAll("\\d+", "#"), () -> fromString + " vs " + other);
                assertEquals(fromString.error().path(), other.error().path(), () -> fromString + " vs " + other);
            } else {
                assertEquals(fromString.event(), other.event());
            }
        }
    }

    /**
     * An entity reference other than the five predefined ones is an error wherever it stands:
     * no entity is ever declared (a DOCTYPE is refused).
     */
    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void anUndeclaredEntityReferenceInAnAttributeIsRefused(@ForAll("documents") String document,
            @ForAll @IntRange(min = 0) int where, @ForAll("entityNames") String name) {
        Document tree = parse(document);
        List<Attr> attributes = new ArrayList<>();
        collect(tree.getDocumentElement(), new ArrayList<>(), attributes);
        Attr attribute = attributes.get(where % attributes.size());
        String placeholder = "zz-placeholder-5f0c2a";
        attribute.setValue(attribute.getValue() + placeholder);
        String text = serialize(tree).replace(placeholder, "&" + name + ";");
        for (EventXml xml : List.of(PRETTY, LENIENT)) {
            ReadOutcome outcome = outcome(() -> xml.read(text), text);
            assertTrue(outcome.failed(), () -> "&" + name + "; in " + attribute.getName() + " was read: " + outcome);
            assertTrue(outcome.error().reason().contains(name), outcome::toString);
        }
    }

    @Provide
    Arbitrary<String> entityNames() {
        return Arbitraries.of("foo", "xxe", "lol9", "nbsp", "eacute", "AMP", "Lt", "x.y", "_", "a-b");
    }

    // ---------------------------------------------------------------- reading, checked

    record ReadOutcome(Event event, EventReadException error) {
        boolean failed() {
            return error != null;
        }

        @Override
        public String toString() {
            return failed() ? "failed: " + error.getMessage() : "read " + event;
        }
    }

    /** The event read, or the EventReadException, checked; anything else thrown fails the property. */
    static ReadOutcome outcome(Supplier<Event> read, String text) {
        try {
            Event event = read.get();
            assertNotNull(event, "read returned null");
            return new ReadOutcome(event, null);
        } catch (EventReadException e) {
            assertWellFormed(e, text);
            return new ReadOutcome(null, e);
        } catch (Throwable t) { // NOPMD: StackOverflowError, WstxLazyException and the like are what this looks for
            throw new AssertionError("reading threw " + t + " instead of an EventReadException", t);
        }
    }

    /** Reason, path, line and column are there, and the message is {@code <input>:LINE:COLUMN: reason (at path)}. */
    static void assertWellFormed(EventReadException e) {
        assertWellFormed(e, null);
    }

    /** As {@link #assertWellFormed(EventReadException)}, and the line is one of the text's. */
    static void assertWellFormed(EventReadException e, String text) {
        assertTrue(e.path().isEmpty() || e.path().startsWith("/event"), () -> "path " + e.path());
        ReadErrorAssertions.assertWellFormed(e, text);
    }

    // ---------------------------------------------------------------- mutations

    enum Kind {
        DELETE_ELEMENT, DELETE_ATTRIBUTE, DUPLICATE_ELEMENT, RENAME_ELEMENT, MOVE_ELEMENT, INSERT_UNKNOWN_ELEMENT,
        INSERT_FOREIGN_ELEMENT, INSERT_UNKNOWN_ATTRIBUTE, REPLACE_ATTRIBUTE_VALUE, REPLACE_TEXT, INSERT_TEXT_BETWEEN_ELEMENTS,
        INSERT_ELEMENT_INTO_TEXT, INSERT_DOCTYPE, INSERT_ENTITY_REFERENCE_IN_TEXT, INSERT_ENTITY_REFERENCE_IN_ATTRIBUTE,
        INSERT_COMMENT_OR_PI
    }

    enum Expectation {
        ANYTHING, FAILS, UNKNOWN, SAME
    }

    /**
     * An edited document.
     *
     * @param text the document
     * @param expectation what reading it must give
     * @param reason a fragment the reason must hold (in lower case), for {@link Expectation#FAILS};
     *     "element" or "attribute" for {@link Expectation#UNKNOWN}
     * @param original the document before the edit, as the edit's serializer writes it
     */
    record Edited(String text, Expectation expectation, String reason, String original) {
    }

    /** Element names the format does not have, and some it has elsewhere. */
    static final List<String> UNKNOWN_ELEMENTS = List.of("zz-unknown", "future", "Title", "EVENT", "extension", "b", "br",
            "span", "x.y", "_", "未知");

    /** Attribute names no element of the format has (without a namespace), or in other namespaces. */
    static final List<String> UNKNOWN_ATTRIBUTES = List.of("zz", "ID", "Id", "lang", "class", "type", "version", "xmlid",
            "x:lang", "x:id", "xml:space", "xml:base", "xml:id", "xsi:type", "xsi:nil", "xsi:schemaLocation", "未知");

    /** Every element name of the format. */
    static final List<String> KNOWN_ELEMENTS = List.of("event", "title", "subtitle", "description", "language", "venue",
            "name", "address", "access", "facility", "room", "involvement", "organisation", "externalId", "person",
            "affiliation", "position", "unit", "role", "label", "programme", "day", "item", "participant", "link",
            "tagline", "audience", "group", "admission", "proceedings", "summary", "theme", "dimension", "quote", "text",
            "attribution", "acknowledgement", "provenance", "source", "claim", "rationale", "note", "quoted", "track",
            "unscheduledItem", "condition", "heading");

    /** Values that mean something somewhere in the format, or almost. */
    static final List<String> JUNK = List.of("", " ", "2017-04-06", "2017-02-30", "+1000000000-01-01", "09:30", "25:00",
            "24:00", "Europe/Paris", "Mars/Olympus", "+01:00", "panel", "conference", "Round Table", "en", "1", "0", "-1",
            "2147483648", "99999999999999999999", "http://[", "monday", "Monday", "given-first", "academia", "certain",
            "source-error", "bus", "1.5", "NaN", "true", "\u00a0", "&", "<", "]]>", "\"", "'");

    static final List<String> DOCTYPES = List.of(
            "<!DOCTYPE event>",
            "<!DOCTYPE event SYSTEM \"http://127.0.0.1:1/x.dtd\">",
            "<!DOCTYPE event [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE event [<!ENTITY % p SYSTEM \"http://127.0.0.1:1/p.dtd\"> %p;]>",
            "<!DOCTYPE event [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> junk = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(JUNK)),
                Tuple.of(1, AnyEvents.strings().filter(s -> firstNonXmlCharacter(s) < 0)));
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.integers().greaterOrEqual(0), junk, Arbitraries.of(true, false))
                .as(Mutation::new);
    }

    /**
     * One edit of a document's tree (parsed with the JDK's DOM parser, which is trusted with the
     * writer's own documents, and written back with the JDK's serializer).
     *
     * @param kind the edit
     * @param where picks the element or attribute to edit
     * @param position picks where among its siblings an element goes, and a name from a list
     * @param value the new value or text, for replacements and insertions
     * @param beforeContent whether text goes before the parent's first child rather than after its last
     */
    record Mutation(Kind kind, int where, int position, String value, boolean beforeContent) {

        Edited apply(String document) {
            Document tree = parse(document);
            String original = serialize(tree);
            Element root = tree.getDocumentElement();
            List<Element> elements = new ArrayList<>();
            List<Attr> attributes = new ArrayList<>();
            collect(root, elements, attributes);
            List<Element> children = elements.subList(1, elements.size()); // all but the root
            List<Element> elementOnly = elements.stream().filter(e -> !holdsText(e)).collect(java.util.stream.Collectors.toList());
            List<Element> textHolders = elements.stream().filter(XmlRoundTripProperties::holdsText)
                    .collect(java.util.stream.Collectors.toList());
            String placeholder = "zz-placeholder-5f0c2a";
            switch (kind) {
                case DELETE_ELEMENT: {
                    if (children.isEmpty()) {
                        return unchanged(original);
                    }
                    Element victim = children.get(where % children.size());
                    victim.getParentNode().removeChild(victim);
                    return new Edited(serialize(tree), Expectation.ANYTHING, "", original);
                }
                case DELETE_ATTRIBUTE: {
                    Attr victim = attributes.get(where % attributes.size());
                    victim.getOwnerElement().removeAttributeNode(victim);
                    return new Edited(serialize(tree), Expectation.ANYTHING, "", original);
                }
                case DUPLICATE_ELEMENT: {
                    if (children.isEmpty()) {
                        return unchanged(original);
                    }
                    Element copy = children.get(where % children.size());
                    insertChild((Element) copy.getParentNode(), copy.cloneNode(true), position);
                    return new Edited(serialize(tree), Expectation.ANYTHING, "", original);
                }
                case RENAME_ELEMENT: {
                    Element renamed = elements.get(where % elements.size());
                    tree.renameNode(renamed, NAMESPACE, KNOWN_ELEMENTS.get(position % KNOWN_ELEMENTS.size()));
                    return new Edited(serialize(tree), Expectation.ANYTHING, "", original);
                }
                case MOVE_ELEMENT: {
                    if (children.isEmpty()) {
                        return unchanged(original);
                    }
                    Element moved = children.get(where % children.size());
                    Element parent = (Element) moved.getParentNode();
                    parent.removeChild(moved);
                    insertChild(parent, moved, position);
                    return new Edited(serialize(tree), Expectation.ANYTHING, "", original);
                }
                case INSERT_UNKNOWN_ELEMENT:
                case INSERT_FOREIGN_ELEMENT: {
                    boolean foreign = kind == Kind.INSERT_FOREIGN_ELEMENT;
                    Element parent = elements.get(where % elements.size());
                    String name = UNKNOWN_ELEMENTS.get(position % UNKNOWN_ELEMENTS.size());
                    Element unknown = foreign ? tree.createElementNS("urn:example:other", "x:" + name)
                            : tree.createElementNS(NAMESPACE, name);
                    unknown.setAttribute("a", value);
                    unknown.appendChild(tree.createElementNS(NAMESPACE, "title")).appendChild(tree.createTextNode(value));
                    insertChild(parent, unknown, position / 7);
                    String text = serialize(tree);
                    if (holdsText(parent)) {
                        return new Edited(text, Expectation.FAILS, "mixed content", original);
                    }
                    if (foreign) {
                        return new Edited(text, Expectation.FAILS, "not in the format's namespace", original);
                    }
                    return new Edited(text, Expectation.UNKNOWN, "element", original);
                }
                case INSERT_UNKNOWN_ATTRIBUTE: {
                    Element owner = elements.get(where % elements.size());
                    String name = UNKNOWN_ATTRIBUTES.get(position % UNKNOWN_ATTRIBUTES.size());
                    if (name.startsWith("xml:")) {
                        owner.setAttributeNS(XML_NAMESPACE, name, value);
                    } else if (name.startsWith("xsi:")) {
                        owner.setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", name, value);
                    } else if (name.startsWith("x:")) {
                        owner.setAttributeNS("urn:example:other", name, value);
                    } else {
                        owner.setAttribute(name, value);
                    }
                    return new Edited(serialize(tree), Expectation.UNKNOWN, "attribute", original);
                }
                case REPLACE_ATTRIBUTE_VALUE: {
                    attributes.get(where % attributes.size()).setValue(value);
                    return new Edited(serialize(tree), Expectation.ANYTHING, "", original);
                }
                case REPLACE_TEXT: {
                    if (textHolders.isEmpty()) {
                        return unchanged(original);
                    }
                    textHolders.get(where % textHolders.size()).setTextContent(value);
                    return new Edited(serialize(tree), Expectation.ANYTHING, "", original);
                }
                case INSERT_TEXT_BETWEEN_ELEMENTS: {
                    Element parent = elementOnly.get(where % elementOnly.size());
                    String text = value.isBlank() ? "stray " + value : value;
                    Node node = tree.createTextNode(text);
                    if (beforeContent) {
                        parent.insertBefore(node, parent.getFirstChild());
                    } else {
                        parent.appendChild(node);
                    }
                    return new Edited(serialize(tree), Expectation.FAILS, "mixed content", original);
                }
                case INSERT_ELEMENT_INTO_TEXT: {
                    if (textHolders.isEmpty()) {
                        return unchanged(original);
                    }
                    Element holder = textHolders.get(where % textHolders.size());
                    Element b = tree.createElementNS(NAMESPACE, "b");
                    b.setTextContent(value);
                    if (beforeContent) {
                        holder.insertBefore(b, holder.getFirstChild());
                    } else {
                        holder.appendChild(b);
                    }
                    return new Edited(serialize(tree), Expectation.FAILS, "mixed content", original);
                }
                case INSERT_DOCTYPE: {
                    String doctype = DOCTYPES.get(position % DOCTYPES.size());
                    String text = original.replaceFirst("\\?>", "?>" + (beforeContent ? "\n" : "") + doctype.replace("$", "\\$"));
                    return new Edited(text, Expectation.FAILS, "doctype", original);
                }
                case INSERT_ENTITY_REFERENCE_IN_TEXT: {
                    if (textHolders.isEmpty()) {
                        return unchanged(original);
                    }
                    Element holder = textHolders.get(where % textHolders.size());
                    holder.setTextContent(beforeContent ? placeholder + holder.getTextContent()
                            : holder.getTextContent() + placeholder);
                    String reference = List.of("&foo;", "&xxe;", "&nbsp;", "&#0;", "&#xD800;", "&#xFFFE;", "&#x1;")
                            .get(position % 7);
                    String text = serialize(tree).replace(placeholder, reference);
                    return new Edited(text, Expectation.FAILS, "", original);
                }
                case INSERT_ENTITY_REFERENCE_IN_ATTRIBUTE: {
                    Attr attribute = attributes.get(where % attributes.size());
                    attribute.setValue(attribute.getValue() + placeholder);
                    String reference = List.of("&foo;", "&xxe;", "&#0;", "&#xDC00;", "&#xFFFF;").get(position % 5);
                    String text = serialize(tree).replace(placeholder, reference);
                    // every reference is refused: undeclared entities, and characters XML cannot hold
                    return new Edited(text, Expectation.FAILS, "", original);
                }
                case INSERT_COMMENT_OR_PI: {
                    Element parent = elements.get(where % elements.size());
                    Node node = beforeContent ? tree.createComment(" " + value.replace("-", "_") + " ")
                            : tree.createProcessingInstruction("pi", "data " + value.replace("?>", "? >"));
                    insertChild(parent, node, position);
                    return new Edited(serialize(tree), Expectation.SAME, "", original);
                }
                default:
                    throw new IllegalStateException(kind.toString());
            }
        }

        private static Edited unchanged(String original) {
            return new Edited(original, Expectation.ANYTHING, "", original);
        }

        private static void insertChild(Element parent, Node child, int position) {
            List<Node> elementChildren = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.ELEMENT_NODE) {
                    elementChildren.add(node);
                }
            }
            int at = Math.floorMod(position, elementChildren.size() + 1);
            parent.insertBefore(child, at == elementChildren.size() ? null : elementChildren.get(at));
        }
    }

    /** Whether the element holds text rather than elements: a localized text, or a plain one. */
    static boolean holdsText(Element element) {
        if (element.hasAttributeNS(XML_NAMESPACE, "lang")) {
            return true;
        }
        String name = element.getLocalName();
        Node parent = element.getParentNode();
        String parentName = parent instanceof Element ? ((Element) parent).getLocalName() : "";
        return name.equals("language") || name.equals("rationale") || name.equals("quoted") || name.equals("condition")
                || (name.equals("text") && parentName.equals("note"))
                || (name.equals("room") && (parentName.equals("item") || parentName.equals("unscheduledItem")));
    }

    private static void collect(Element element, List<Element> elements, List<Attr> attributes) {
        elements.add(element);
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                attributes.add(attribute);
            }
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                collect((Element) node, elements, attributes);
            }
        }
    }

    static Document parse(String document) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new org.xml.sax.InputSource(new StringReader(document)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the JDK cannot parse a written document: " + e, e);
        }
    }

    static String serialize(Document tree) {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(tree), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- resources

    static byte[] golden(String name) {
        try (InputStream in = XmlRoundTripProperties.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
