package org.disputatio.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.model.Event;
import org.disputatio.testkit.ReadErrorAssertions;
import org.disputatio.testkit.jqwik.AnyEvents;
import org.disputatio.testkit.jqwik.Events;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.JsonNodeType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the JSON format: every event reads back as written, whatever the sink and
 * source (String, bytes, streams, a Jackson mapper with {@link DisputatioJsonModule}); and no
 * corruption of a valid document, however hostile, makes the reader throw anything but an
 * {@link EventReadException}.
 *
 * <p>The mutations start from a written generated event or from a golden file, and flip a byte,
 * truncate, delete a property or element, replace a value by one of another JSON type, duplicate
 * a property, insert an unknown property or rename one. Where the outcome is certain it is
 * checked too: a truncated document, a type change and a duplicate always fail; an unknown
 * property outside a localized text always fails when reading strictly and is ignored, leaving
 * the very same event, with {@code allowUnknownProperties(true)}.
 */
class JsonRoundTripProperties {

    private static final EventJson PRETTY = EventJson.defaults();
    private static final EventJson COMPACT = EventJson.defaults().compact();
    private static final EventJson LENIENT = EventJson.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true));
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new DisputatioJsonModule()).build();
    /** A mapper that knows nothing of events: the mutations edit documents as plain trees. */
    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> GOLDEN_FILES = List.of("unesco-2017.json", "saint-cyr-2014.json");

    // ---------------------------------------------------------------- round trips

    @Provide
    Arbitrary<Event> events() {
        return AnyEvents.events();
    }

    @Property(tries = 250)
    void prettyDocumentsReadBackFromEverySource(@ForAll("events") Event event) {
        assertReadsBackFromEverySource(PRETTY, event);
    }

    @Property(tries = 250)
    void compactDocumentsReadBackFromEverySourceAndTakeOneLine(@ForAll("events") Event event) {
        String text = assertReadsBackFromEverySource(COMPACT, event);
        assertFalse(text.contains("\n") || text.contains("\r"), () -> "a compact document spans lines: " + text);
    }

    @Property(tries = 100)
    void eventsWithOnlyTheRequiredPartsReadBack(@ForAll("minimalEvents") Event event) {
        assertReadsBackFromEverySource(PRETTY, event);
        assertReadsBackFromEverySource(COMPACT, event);
    }

    @Provide
    Arbitrary<Event> minimalEvents() {
        return AnyEvents.minimalEvents();
    }

    /**
     * Valid events of a larger programme than {@link AnyEvents} makes (items nested three deep,
     * up to a dozen a day, in four languages and three scripts) read back as written.
     */
    @Property(tries = 50)
    void validEventsReadBack(@ForAll("validEvents") Event event) {
        assertReadsBackFromEverySource(PRETTY, event);
        assertReadsBackFromEverySource(COMPACT, event);
    }

    @Provide
    Arbitrary<Event> validEvents() {
        return Events.valid().days(0, 4).itemsPerDay(0, 12).nesting(3).people(0, 10).tracks(0, 3).rooms(0, 3)
                .languages("en", "fr", "ar", "zh-Hant");
    }

    private static String assertReadsBackFromEverySource(EventJson json, Event event) {
        String text = json.write(event);
        byte[] bytes = json.writeBytes(event);
        assertEquals(text, new String(bytes, UTF_8), "write and writeBytes give different documents");
        assertEquals(event, json.read(text), "read(String)");
        assertEquals(event, json.read(bytes), "read(byte[])");
        assertEquals(event, json.read(new ByteArrayInputStream(bytes)), "read(InputStream)");
        assertEquals(event, json.read(new StringReader(text)), "read(Reader)");
        return text;
    }

    @Property(tries = 150)
    void writingIsStable(@ForAll("events") Event event) {
        String once = PRETTY.write(event);
        assertEquals(once, PRETTY.write(PRETTY.read(once)));
        assertEquals(COMPACT.write(event), COMPACT.write(COMPACT.read(once)));
    }

    @Property(tries = 150)
    void aJacksonMapperWithTheModuleReadsAndWritesTheSameFormat(@ForAll("events") Event event) {
        String viaMapper = MAPPER.writeValueAsString(event);
        assertEquals(event, MAPPER.readValue(viaMapper, Event.class), "mapper to mapper");
        assertEquals(event, MAPPER.readValue(PRETTY.write(event), Event.class), "EventJson to mapper");
        assertEquals(event, PRETTY.read(viaMapper), "mapper to EventJson");
        assertEquals(COMPACT.write(event), viaMapper, "the mapper writes what EventJson.compact() writes");
    }

    @Property(tries = 50)
    void jsonLinesReadBackInOrder(@ForAll("eventLists") List<Event> events) {
        StringWriter out = new StringWriter();
        PRETTY.writeLines(events.stream(), out);
        assertEquals(events.size(), out.toString().lines().count(), "one line per event");
        try (Stream<Event> lines = PRETTY.readLines(new StringReader(out.toString()))) {
            assertEquals(events, lines.collect(Collectors.toList()));
        }
    }

    @Provide
    Arbitrary<List<Event>> eventLists() {
        return AnyEvents.events().list().ofMaxSize(5);
    }

    /** The writer refuses what would not read back; whatever it writes reads back. */
    @Property(tries = 200)
    void whateverTheWriterWritesReadsBack(@ForAll("messyEvents") Event event) {
        for (EventJson json : List.of(PRETTY, COMPACT)) {
            String text;
            try {
                text = json.write(event);
            } catch (IllegalArgumentException refused) {
                assertTrue(refused.getMessage().startsWith("cannot write "), refused::getMessage);
                continue;
            }
            ReadOutcome outcome = readsOrFailsCleanly(json, text);
            assertFalse(outcome.failed(), () -> "written but not read back: " + outcome + "\n" + text);
            assertEquals(event, outcome.event());
            assertEquals(event, json.read(json.writeBytes(event)));
        }
    }

    @Provide
    Arbitrary<Event> messyEvents() {
        return AnyEvents.messyEvents();
    }

    @Example
    void goldenFilesReadAndWriteBackUnchanged() {
        for (String name : GOLDEN_FILES) {
            String text = new String(golden(name), UTF_8);
            Event event = PRETTY.read(text);
            assertEquals(text, PRETTY.write(event), name + " is not written back as it was");
        }
    }

    // ---------------------------------------------------------------- corrupted documents

    /** Written generated events, pretty and compact, and the golden files. */
    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, AnyEvents.events().map(PRETTY::write)),
                Tuple.of(2, AnyEvents.events().map(COMPACT::write)),
                Tuple.of(2, Arbitraries.of(GOLDEN_FILES).map(name -> new String(golden(name), UTF_8))));
    }

    @Property(tries = 400)
    void aFlippedByteGivesAnEventOrAnEventReadException(@ForAll("documents") String document,
            @ForAll @IntRange(min = 0) int where, @ForAll byte value, @ForAll boolean xorOneBit) {
        byte[] bytes = document.getBytes(UTF_8);
        int at = where % bytes.length;
        bytes[at] = xorOneBit ? (byte) (bytes[at] ^ (1 << (value & 7))) : value;
        readsOrFailsCleanly(PRETTY, bytes);
        readsOrFailsCleanly(LENIENT, bytes);
        mapperReadsOrFailsCleanly(bytes);
    }

    @Property(tries = 300)
    void aTruncatedDocumentAlwaysFailsCleanly(@ForAll("documents") String document, @ForAll @IntRange(min = 0) int where) {
        byte[] bytes = document.getBytes(UTF_8);
        // only ASCII white space follows the final brace, one byte a character
        int lastBrace = bytes.length - (document.length() - document.lastIndexOf('}'));
        int cut = where % (lastBrace + 1); // keeps at most everything before the final brace
        byte[] truncated = Arrays.copyOf(bytes, cut);
        EventReadException error = failsCleanly(PRETTY, truncated);
        if (cut == 0 || new String(truncated, UTF_8).isBlank()) {
            assertTrue(error.reason().contains("empty"), () -> "reason for an empty input: " + error.reason());
        }
        failsCleanly(LENIENT, truncated);
        mapperReadsOrFailsCleanly(truncated);
    }

    @Property(tries = 600)
    void anEditedDocumentGivesAnEventOrAnEventReadException(@ForAll("documents") String document,
            @ForAll("mutations") Mutation mutation) {
        Edited edited = mutation.apply(document);
        byte[] bytes = edited.text().getBytes(UTF_8);

        ReadOutcome strict = readsOrFailsCleanly(PRETTY, bytes);
        ReadOutcome lenient = readsOrFailsCleanly(LENIENT, bytes);
        mapperReadsOrFailsCleanly(bytes);

        switch (edited.expectation()) {
            case FAILS:
                assertTrue(strict.failed(), () -> mutation + " was read: " + edited.text());
                assertTrue(lenient.failed(), () -> mutation + " was read leniently: " + edited.text());
                break;
            case FAILS_AS_DUPLICATE:
                assertTrue(strict.failed() && strict.error().reason().contains("Duplicate"),
                        () -> mutation + " not reported as a duplicate: " + strict + "\n" + edited.text());
                assertTrue(lenient.failed() && lenient.error().reason().contains("Duplicate"),
                        () -> mutation + " not reported as a duplicate when lenient: " + lenient);
                break;
            case UNKNOWN_PROPERTY:
                assertTrue(strict.failed() && strict.error().reason().contains("unknown property"),
                        () -> mutation + " not reported as an unknown property: " + strict + "\n" + edited.text());
                assertFalse(lenient.failed(), () -> mutation + " not ignored when lenient: " + lenient);
                assertEquals(PRETTY.read(document), lenient.event(), () -> mutation + " changed the event");
                break;
            default:
                break;
        }
    }

    /** Whatever the source type, the same document gives the same event or the same failure. */
    @Property(tries = 200)
    void everySourceReadsAnEditedDocumentAlike(@ForAll("documents") String document,
            @ForAll("mutations") Mutation mutation) {
        String text = mutation.apply(document).text();
        byte[] bytes = text.getBytes(UTF_8);
        ReadOutcome fromString = readsOrFailsCleanly(PRETTY, text);
        List<ReadOutcome> others = List.of(readsOrFailsCleanly(PRETTY, bytes),
                readsOrFailsCleanly(PRETTY, new ByteArrayInputStream(bytes)),
                readsOrFailsCleanly(PRETTY, new StringReader(text)));
        for (ReadOutcome other : others) {
            assertEquals(fromString.failed(), other.failed(), () -> fromString + " vs " + other);
            if (fromString.failed()) {
                // a length in a limit's message may be counted in bytes or in characters
                assertEquals(fromString.error().reason().replaceAll("\\d+", "#"),
                        other.error().reason().replaceAll("\\d+", "#"), () -> fromString + " vs " + other);
                assertEquals(fromString.error().line(), other.error().line(), () -> fromString + " vs " + other);
                assertEquals(fromString.error().path(), other.error().path());
            } else {
                assertEquals(fromString.event(), other.event());
            }
        }
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

    private static ReadOutcome readsOrFailsCleanly(EventJson json, byte[] bytes) {
        return outcome(() -> json.read(bytes), new String(bytes, UTF_8));
    }

    private static ReadOutcome readsOrFailsCleanly(EventJson json, String text) {
        return outcome(() -> json.read(text), text);
    }

    private static ReadOutcome readsOrFailsCleanly(EventJson json, InputStream in) {
        return outcome(() -> json.read(in), null);
    }

    private static ReadOutcome readsOrFailsCleanly(EventJson json, StringReader in) {
        return outcome(() -> json.read(in), null);
    }

    private static EventReadException failsCleanly(EventJson json, byte[] bytes) {
        ReadOutcome outcome = readsOrFailsCleanly(json, bytes);
        assertTrue(outcome.failed(), () -> "read a broken document: " + new String(bytes, UTF_8));
        return outcome.error();
    }

    private interface Read {
        Event read();
    }

    /** The event read, or the EventReadException, checked; anything else thrown fails the property. */
    private static ReadOutcome outcome(Read read, String text) {
        try {
            Event event = read.read();
            assertNotNull(event, "read returned null");
            return new ReadOutcome(event, null);
        } catch (EventReadException e) {
            assertWellFormed(e, text);
            return new ReadOutcome(null, e);
        } catch (Throwable t) { // NOPMD: StackOverflowError and the like are exactly what this looks for
            throw new AssertionError("reading threw " + t + " instead of an EventReadException", t);
        }
    }

    /** Reason, path, line and column are there, and the message is {@code <input>:LINE:COLUMN: reason (at path)}. */
    static void assertWellFormed(EventReadException e) {
        assertWellFormed(e, null);
    }

    /** As {@link #assertWellFormed(EventReadException)}, and the line is one of the text's. */
    static void assertWellFormed(EventReadException e, String text) {
        ReadErrorAssertions.assertWellFormed(e, text);
    }

    /** The module reports through Jackson: an Event, null for a JSON null, or a JacksonException. */
    private static void mapperReadsOrFailsCleanly(byte[] bytes) {
        try {
            MAPPER.readValue(bytes, Event.class);
        } catch (JacksonException expected) {
            // Jackson's own exceptions are the module's documented way to fail
        } catch (Throwable t) { // NOPMD
            throw new AssertionError("the mapper threw " + t + " instead of a JacksonException", t);
        }
    }

    // ---------------------------------------------------------------- mutations

    enum Kind {
        DELETE, REPLACE_BY_OTHER_TYPE, DUPLICATE_SAME_VALUE, DUPLICATE_OTHER_VALUE, INSERT_UNKNOWN, RENAME
    }

    enum Expectation {
        ANYTHING, FAILS, FAILS_AS_DUPLICATE, UNKNOWN_PROPERTY
    }

    record Edited(String text, Expectation expectation) {
    }

    /** Names no object of the format knows: wrong case, polymorphic type ids, prototype pollution. */
    static final List<String> UNKNOWN_NAMES = List.of("@class", "@type", "@c", "$type", "$ref", "__proto__",
            "constructor", "ID", "Id", "formatversion", "FormatVersion", "title ", " id", "", "zz-unknown",
            "x-extension", "未知", "😀", "\u0000", "type", "version", "class");

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> names = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(UNKNOWN_NAMES)),
                Tuple.of(1, AnyEvents.strings()));
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.integers().greaterOrEqual(0), jsonValues(2), names, Arbitraries.of(true, false))
                .as(Mutation::new);
    }

    /** Any JSON value, nested at most {@code depth} deep, often one the format gives a meaning. */
    static Arbitrary<JsonNode> jsonValues(int depth) {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.of(0L, 1L, -1L, 2L, Long.MAX_VALUE, Long.MIN_VALUE, 2_147_483_648L).map(NODES::numberNode),
                Arbitraries.of(new BigInteger("9".repeat(101)), new BigInteger("-" + "1".repeat(150)))
                        .map(NODES::numberNode),
                Arbitraries.of(1.5, -0.0, 1e300, 4.9e-324, 1.0).map(NODES::numberNode),
                Arbitraries.of(new BigDecimal("1e1000000000"), new BigDecimal("1." + "0".repeat(120)))
                        .map(NODES::numberNode),
                AnyEvents.strings().map(NODES::stringNode),
                Arbitraries.of("2017-04-06", "09:30", "Europe/Paris", "panel", "conference", "en", "1", "",
                        "2017-02-30", "25:00", "Mars/Olympus", "http://[", "monday", "given-first").map(NODES::stringNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonNode> arrays = jsonValues(depth - 1).list().ofMaxSize(3).map(values -> {
            ArrayNode array = NODES.arrayNode();
            values.forEach(array::add);
            return array;
        });
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(KNOWN_NAMES), Arbitraries.of(AnyEvents.wellKnownLanguageTags()),
                AnyEvents.strings());
        Arbitrary<JsonNode> objects = Combinators.combine(keys, jsonValues(depth - 1)).as(Tuple::of).list().ofMaxSize(3)
                .map(properties -> {
                    ObjectNode object = NODES.objectNode();
                    properties.forEach(p -> object.set(p.get1(), p.get2()));
                    return object;
                });
        return Arbitraries.frequencyOf(Tuple.of(6, scalars), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    /** Every property name of the format. */
    static final List<String> KNOWN_NAMES = List.of("formatVersion", "id", "kind", "title", "subtitle", "description",
            "languages", "startDate", "endDate", "timeZone", "venue", "involvements", "organisations", "people", "roles",
            "programme", "links", "audience", "proceedings", "provenance", "name", "acronym", "sector", "country",
            "externalIds", "scheme", "value", "honorific", "affiliations", "printed", "given", "family", "order", "parts",
            "organisation", "position", "unit", "code", "label", "heading", "days", "date", "statedWeekday", "items", "start", "end",
            "participants", "person", "role", "address", "access", "facilities", "rooms", "street", "postalCode",
            "locality", "district", "mode", "line", "stop", "url", "tagline", "languageCount", "groups", "admission",
            "summary", "themes", "dimensions", "quotes", "acknowledgements", "text", "speaker", "attribution",
            "sources", "claims", "notes", "reference", "path", "source", "certainty", "rationale", "quoted", "note");

    /** Values of each JSON type, to replace a value by one of another type. */
    private static final List<JsonNode> ONE_OF_EACH_TYPE = List.of(NODES.numberNode(7), NODES.numberNode(1.5),
            NODES.stringNode("x"), NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(), NODES.booleanNode(true));

    private static final String PLACEHOLDER = "zz-placeholder-5f0c2a";

    /**
     * One edit of a document's tree.
     *
     * @param where picks the value (or object) to edit
     * @param position picks where in an object a property goes
     * @param value the new value, for replacements, duplicates and insertions
     * @param name the new name, for insertions and renamings
     * @param pretty whether the edited tree is written indented
     */
    record Mutation(Kind kind, int where, int position, JsonNode value, String name, boolean pretty) {

        Edited apply(String document) {
            JsonNode root = TREES.readTree(document);
            List<Slot> slots = new ArrayList<>();
            List<Slot> objects = new ArrayList<>();
            collect(root, null, null, -1, List.of(), slots, objects);
            List<Slot> properties = slots.stream().filter(slot -> slot.name() != null).collect(Collectors.toList());
            String newName = null;
            Expectation expectation = Expectation.ANYTHING;
            switch (kind) {
                case DELETE: {
                    Slot slot = slots.get(where % slots.size());
                    if (slot.name() != null) {
                        ((ObjectNode) slot.parent()).remove(slot.name());
                    } else {
                        ((ArrayNode) slot.parent()).remove(slot.index());
                    }
                    break;
                }
                case REPLACE_BY_OTHER_TYPE: {
                    if (where % (slots.size() + 1) == slots.size()) {
                        root = otherType(root); // the document itself
                    } else {
                        Slot slot = slots.get(where % (slots.size() + 1));
                        JsonNode replacement = otherType(slot.value());
                        if (slot.name() != null) {
                            ((ObjectNode) slot.parent()).set(slot.name(), replacement);
                        } else {
                            ((ArrayNode) slot.parent()).set(slot.index(), replacement);
                        }
                    }
                    expectation = Expectation.FAILS;
                    break;
                }
                case DUPLICATE_SAME_VALUE:
                case DUPLICATE_OTHER_VALUE: {
                    Slot slot = properties.get(where % properties.size());
                    JsonNode copy = kind == Kind.DUPLICATE_SAME_VALUE ? slot.value().deepCopy() : value;
                    insert((ObjectNode) slot.parent(), position, PLACEHOLDER, copy);
                    newName = slot.name();
                    expectation = kind == Kind.DUPLICATE_SAME_VALUE ? Expectation.FAILS_AS_DUPLICATE : Expectation.FAILS;
                    break;
                }
                case INSERT_UNKNOWN: {
                    Slot object = objects.get(where % objects.size());
                    insert((ObjectNode) object.value(), position, PLACEHOLDER, value);
                    newName = name;
                    boolean unknown = !isLocalizedText(object.path()) && !KNOWN_NAMES.contains(name);
                    // a value beyond the parser's limits fails as it is read, before its name is judged
                    expectation = !unknown ? Expectation.ANYTHING
                            : exceedsLimits(value) ? Expectation.FAILS : Expectation.UNKNOWN_PROPERTY;
                    break;
                }
                case RENAME: {
                    Slot slot = properties.get(where % properties.size());
                    ObjectNode parent = (ObjectNode) slot.parent();
                    int index = new ArrayList<>(parent.propertyNames()).indexOf(slot.name());
                    parent.remove(slot.name());
                    insert(parent, index, PLACEHOLDER, slot.value());
                    newName = name;
                    break;
                }
                default:
                    throw new IllegalStateException(kind.toString());
            }
            String text = pretty ? TREES.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : TREES.writeValueAsString(root);
            if (newName != null) {
                text = text.replace('"' + PLACEHOLDER + '"', TREES.writeValueAsString(newName));
            }
            return new Edited(text, expectation);
        }

        private JsonNode otherType(JsonNode original) {
            if (category(value) != category(original)) {
                return value;
            }
            for (int i = 0; i < ONE_OF_EACH_TYPE.size(); i++) {
                JsonNode candidate = ONE_OF_EACH_TYPE.get((position + i) % ONE_OF_EACH_TYPE.size());
                if (category(candidate) != category(original)) {
                    return candidate.deepCopy();
                }
            }
            throw new IllegalStateException("no other type for " + original);
        }
    }

    /** Whether the value holds a number longer than the default limit of 100 characters. */
    private static boolean exceedsLimits(JsonNode value) {
        if (value.isNumber()) {
            return TREES.writeValueAsString(value).length() > 100;
        }
        for (JsonNode child : value.values()) {
            if (exceedsLimits(child)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON type, with integers and decimals apart: the format never accepts one for the other. */
    private static String category(JsonNode node) {
        if (node.getNodeType() == JsonNodeType.NUMBER) {
            return node.isIntegralNumber() ? "integer" : "decimal";
        }
        return node.getNodeType().toString();
    }

    /** A value in the tree: a property of an object (name set) or an element of an array (index set). */
    record Slot(JsonNode parent, String name, int index, JsonNode value, List<Object> path) {
    }

    private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Object> path,
            List<Slot> slots, List<Slot> objects) {
        if (node.isObject()) {
            objects.add(new Slot(parent, name, index, node, path));
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                List<Object> below = append(path, property.getKey());
                slots.add(new Slot(node, property.getKey(), -1, property.getValue(), below));
                collect(property.getValue(), node, property.getKey(), -1, below, slots, objects);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> below = append(path, i);
                slots.add(new Slot(node, null, i, node.get(i), below));
                collect(node.get(i), node, null, i, below, slots, objects);
            }
        }
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    private static void insert(ObjectNode object, int position, String name, JsonNode value) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            entries.add(Map.entry(entry.getKey(), entry.getValue()));
        }
        object.removeAll();
        entries.add(Math.floorMod(position, entries.size() + 1), Map.entry(name, value));
        entries.forEach(entry -> object.set(entry.getKey(), entry.getValue()));
    }

    private static final Set<String> TEXT_PROPERTIES = Set.of("title", "heading", "subtitle", "description", "tagline", "position",
            "unit", "admission", "attribution", "text", "label");
    private static final Set<String> TEXT_LISTS = Set.of("groups", "facilities", "summary", "acknowledgements");

    /** Whether the object at this path is a localized text, whose property names are language tags. */
    static boolean isLocalizedText(List<Object> path) {
        if (path.isEmpty()) {
            return false;
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer) {
            return path.size() >= 2 && TEXT_LISTS.contains(path.get(path.size() - 2));
        }
        if (TEXT_PROPERTIES.contains(last)) {
            return true;
        }
        // a person's name is {printed, given, family, order, parts}; every other name is localized
        return "name".equals(last) && !(path.size() == 3 && "people".equals(path.get(0)));
    }

    // ---------------------------------------------------------------- resources

    static byte[] golden(String name) {
        try (InputStream in = JsonRoundTripProperties.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
