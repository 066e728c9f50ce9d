package org.disputatio.io.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.disputatio.io.xml.XmlRoundTripProperties.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.xml.stream.XMLInputFactory;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The XML reader against hostile input: every failure must be an {@link EventReadException}
 * saying what is wrong (and, where the parser knows, where), never a parser exception, an NPE, a
 * stack overflow or an out-of-memory error; nothing is ever fetched, neither a local file nor
 * anything on the network; no limit can be bypassed; and nothing hostile is silently accepted.
 */
class HostileXmlTest {

    private static final EventXml STRICT = EventXml.defaults();
    private static final EventXml LENIENT = EventXml.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true));

    private static final String NS = "https://disputatio.org/ns/event/1";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** The root's start tag, without its closing bracket. */
    private static final String ROOT = "<event xmlns=\"" + NS + "\" formatVersion=\"1\" id=\"e\" kind=\"seminar\" "
            + "startDate=\"2026-11-26\" endDate=\"2026-11-26\"";
    private static final String MINIMAL = DECLARATION + ROOT + "/>\n";

    /** A valid event with these children, which start on line 3. */
    private static String with(String children) {
        return DECLARATION + ROOT + ">\n" + children + "\n</event>\n";
    }

    /** A document with this DOCTYPE (and internal subset) on line 2, in front of a valid event. */
    private static String withDoctype(String doctype, String children) {
        return DECLARATION + doctype + "\n" + ROOT + ">\n" + children + "\n</event>\n";
    }

    private static String unesco() {
        return new String(golden("unesco-2017.xml"), UTF_8);
    }

    // ---------------------------------------------------------------- reading, checked

    /** The EventReadException the read throws, checked; anything else fails the test. */
    static EventReadException failure(Supplier<Event> read) {
        try {
            Event event = read.get();
            return fail("read a hostile document as " + event);
        } catch (EventReadException e) {
            XmlRoundTripProperties.assertWellFormed(e);
            return e;
        } catch (Throwable t) { // NOPMD: anything else is the failure looked for
            throw new AssertionError("expected an EventReadException, got " + t, t);
        }
    }

    /** The failure of reading the document from a String, bytes, a stream and a reader, which must agree. */
    private static EventReadException failure(EventXml xml, String document) {
        byte[] bytes = document.getBytes(UTF_8);
        EventReadException fromString = failure(() -> xml.read(document));
        List<EventReadException> others = List.of(failure(() -> xml.read(bytes)),
                failure(() -> xml.read(new ByteArrayInputStream(bytes))),
                failure(() -> xml.read(new StringReader(document))));
        for (EventReadException other : others) {
            // a count in a limit's message may differ by source: compare without numbers
            assertEquals(fromString.reason().replaceAll("\\d+", "#"), other.reason().replaceAll("\\d+", "#"),
                    "the same reason whatever the source");
            if (!fromString.reason().contains("document characters limit")) {
                // that limit is hit where the parser loads its next buffer, which depends on the source
                assertEquals(fromString.path(), other.path(), "the same path whatever the source");
            }
        }
        return fromString;
    }

    private static EventReadException failure(String document) {
        return failure(STRICT, document);
    }

    /** The failure of reading the bytes as an array and as a stream, which must agree. */
    private static EventReadException failure(EventXml xml, byte[] bytes) {
        EventReadException fromBytes = failure(() -> xml.read(bytes));
        EventReadException fromStream = failure(() -> xml.read(new ByteArrayInputStream(bytes)));
        assertEquals(fromBytes.reason().replaceAll("\\d+", "#"), fromStream.reason().replaceAll("\\d+", "#"));
        return fromBytes;
    }

    private static void assertReason(EventReadException e, String... fragments) {
        String reason = e.reason().toLowerCase(Locale.ROOT);
        for (String fragment : fragments) {
            assertTrue(reason.contains(fragment.toLowerCase(Locale.ROOT)),
                    () -> "reason '" + e.reason() + "' does not mention '" + fragment + "'");
        }
    }

    private static void assertAt(EventReadException e, long line, long column) {
        assertEquals(line, e.line(), () -> "line of " + e.getMessage());
        assertEquals(column, e.column(), () -> "column of " + e.getMessage());
    }

    /** Neither the message nor any cause's message holds the text. */
    private static void assertNotLeaked(Throwable e, String secret) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), () -> "the secret leaked into " + e);
            assertFalse(t.toString().contains(secret), () -> "the secret leaked into " + e);
        }
    }

    /** The reason says that an entity reference is not allowed, and names it. */
    private static void assertNamesEntity(EventReadException e, String name) {
        assertReason(e, "entit");
        assertTrue(e.reason().contains("&" + name + ";") || e.reason().contains("\"" + name + "\""),
                () -> "reason '" + e.reason() + "' does not name the entity " + name);
    }

    @Test
    void theTemplatesAreValid() {
        assertEquals("e", STRICT.read(MINIMAL).id());
        assertEquals("x", STRICT.read(with("<title xml:lang=\"en\">x</title>")).title().get("en").orElseThrow());
        assertEquals("unesco-2017", STRICT.read(unesco()).id());
    }

    // ---------------------------------------------------------------- nothing is ever fetched

    /**
     * A server on the loopback interface that counts the connections made to it: any fetch of
     * an external entity or DTD pointed at it would show.
     */
    private static final class Listener implements AutoCloseable {
        private final ServerSocket server;
        private final AtomicInteger connections = new AtomicInteger();

        Listener() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            Thread accepting = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        connections.incrementAndGet();
                        socket.close();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "hostile-xml-listener");
            accepting.setDaemon(true);
            accepting.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /** Every way of pointing a document at another resource, refused before it is fetched. */
    private static List<String> externalReferences(String system) {
        return List.of(
                // XXE: an external general entity, in text and in an attribute
                withDoctype("<!DOCTYPE event [<!ENTITY xxe SYSTEM \"" + system + "\">]>", "<title xml:lang=\"en\">&xxe;</title>"),
                withDoctype("<!DOCTYPE event [<!ENTITY xxe SYSTEM \"" + system + "\">]>", "<language>&xxe;</language>"),
                // XXE through a parameter entity (the "out of band" pattern)
                withDoctype("<!DOCTYPE event [<!ENTITY % p SYSTEM \"" + system + "\"> %p;]>", ""),
                withDoctype("<!DOCTYPE event [<!ENTITY % file SYSTEM \"" + system + "\">"
                        + "<!ENTITY % wrap \"<!ENTITY send SYSTEM 'http://127.0.0.1:1/?%file;'>\"> %wrap;]>",
                        "<title xml:lang=\"en\">&send;</title>"),
                // an external DTD, by SYSTEM and by PUBLIC identifier
                withDoctype("<!DOCTYPE event SYSTEM \"" + system + "\">", ""),
                withDoctype("<!DOCTYPE event PUBLIC \"-//Disputatio//Hostile//EN\" \"" + system + "\">", ""),
                // an external DTD and an internal subset together
                withDoctype("<!DOCTYPE event SYSTEM \"" + system + "\" [<!ENTITY x \"y\">]>", "<title xml:lang=\"en\">&x;</title>"));
    }

    @Test
    void xxeToALocalFileIsRefusedAndTheFileNeverRead(@TempDir Path dir) throws IOException {
        String secret = "SECRET-MARKER-7f3a9c";
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, secret);
        for (String system : List.of(file.toUri().toString(), file.toString(), "file://" + file, "secret.txt")) {
            for (String document : externalReferences(system)) {
                for (EventXml xml : List.of(STRICT, LENIENT)) {
                    EventReadException e = failure(xml, document);
                    assertReason(e, "DOCTYPE is not allowed");
                    assertAt(e, 2, 1);
                    assertEquals("", e.path());
                    assertNotLeaked(e, secret);
                }
                // read from a file next to the secret, so that a relative system id would resolve to it
                Path hostile = dir.resolve("hostile.xml");
                Files.writeString(hostile, document);
                EventReadException fromFile = failure(() -> STRICT.read(hostile));
                assertTrue(fromFile.getMessage().startsWith(hostile + ":2:1: "), fromFile::getMessage);
                assertNotLeaked(fromFile, secret);
            }
        }
    }

    @Test
    @Timeout(10)
    void noExternalEntityOrDtdIsFetchedOverTheNetwork() throws IOException {
        try (Listener listener = new Listener()) {
            for (String document : externalReferences(listener.url("x.dtd"))) {
                for (EventXml xml : List.of(STRICT, LENIENT)) {
                    assertReason(failure(xml, document), "DOCTYPE");
                }
            }
            assertEquals(0, listener.connections(), "the reader connected to the URL of an external entity or DTD");
        }
    }

    /** Nothing listens at 127.0.0.1:1: a reader that tried would fail slowly or oddly; this one fails at once. */
    @Test
    void anExternalDtdWhereNothingListensFailsFast() {
        for (String document : externalReferences("http://127.0.0.1:1/x.dtd")) {
            EventReadException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> failure(STRICT, document));
            assertReason(e, "a DOCTYPE is not allowed: Disputatio documents have no DTD");
            assertAt(e, 2, 1);
        }
    }

    @Test
    @Timeout(5)
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE event [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        doctype.append("]>");
        for (String children : List.of("<title xml:lang=\"en\">&lol10;</title>", "<language>&lol10;</language>")) {
            String document = withDoctype(doctype.toString(), children);
            for (EventXml xml : List.of(STRICT, LENIENT)) {
                EventReadException e = failure(xml, document);
                assertReason(e, "DOCTYPE is not allowed");
                assertAt(e, 2, 1);
            }
        }
        // the same references without their declarations are undeclared entities
        assertNamesEntity(failure(with("<title xml:lang=\"en\">&lol10;</title>")), "lol10");
    }

    @Test
    @Timeout(5)
    void aQuadraticBlowupIsRefusedBeforeAnyExpansion() {
        String document = withDoctype("<!DOCTYPE event [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>",
                "<title xml:lang=\"en\">" + "&a;".repeat(50_000) + "</title>");
        EventReadException e = failure(document);
        assertReason(e, "DOCTYPE is not allowed");
        assertAt(e, 2, 1);
        // without the declaration: refused at the first reference, nothing expanded
        EventReadException undeclared = failure(with("<title xml:lang=\"en\">" + "&a;".repeat(50_000) + "</title>"));
        assertNamesEntity(undeclared, "a");
        assertEquals(3, undeclared.line());
        assertEquals("/event/title[1]", undeclared.path());
    }

    @Test
    void aDoctypeInAnOtherwiseValidDocumentIsRefused() {
        String unesco = unesco();
        for (String doctype : List.of("<!DOCTYPE event>", "<!DOCTYPE event [ ]>", "<!DOCTYPE event [<!ATTLIST event x CDATA \"1\">]>",
                "<!DOCTYPE event [<!ENTITY e \"harmless\">]>")) {
            String document = unesco.replaceFirst("\n", "\n" + doctype + "\n");
            for (EventXml xml : List.of(STRICT, LENIENT)) {
                EventReadException e = failure(xml, document);
                assertEquals("a DOCTYPE is not allowed: Disputatio documents have no DTD", e.reason());
                assertAt(e, 2, 1);
            }
        }
        EventReadException withoutDeclaration = failure("<!DOCTYPE event>" + ROOT + "/>");
        assertAt(withoutDeclaration, 1, 1);
    }

    @Test
    void anUndeclaredEntityReferenceInTextIsRefused() {
        for (String name : List.of("foo", "nbsp", "eacute", "xxe", "AMP")) {
            EventReadException inTitle = failure(with("<title xml:lang=\"en\">a &" + name + "; b</title>"));
            assertNamesEntity(inTitle, name);
            assertEquals("/event/title[1]", inTitle.path());
            assertEquals(3, inTitle.line());
            assertNamesEntity(failure(with("<language>&" + name + ";</language>")), name);
            // skipped as unknown content, it is refused too (today without its name: "a DOCTYPE or entity reference")
            assertReason(failure(LENIENT, with("<unknown>&" + name + ";</unknown>")), "entit");
        }
        // the five predefined entities and character references are fine
        assertEquals("<&>\"' é 😀", STRICT.read(with("<title xml:lang=\"en\">&lt;&amp;&gt;&quot;&apos; &#xe9; &#x1F600;</title>"))
                .title().get("en").orElseThrow());
        assertEquals("a<b&c", STRICT.read(MINIMAL.replace("id=\"e\"", "id=\"a&lt;b&amp;c\"")).id());
    }

    @Test
    void anUndeclaredEntityReferenceInAnAttributeIsRefused() {
        List<String> documents = List.of(MINIMAL.replace("id=\"e\"", "id=\"a&foo;b\""),
                MINIMAL.replace("kind=\"seminar\"", "kind=\"semi&foo;nar\""),
                MINIMAL.replace("startDate=\"2026-11-26\"", "startDate=\"2026-11-26&foo;\""),
                with("<title xml:lang=\"e&foo;n\">x</title>"),
                with("<organisation id=\"o\" acronym=\"&foo;\"/>"));
        for (String document : documents) {
            for (EventXml xml : List.of(STRICT, LENIENT)) {
                EventReadException e = failure(xml, document);
                assertNamesEntity(e, "foo");
                assertTrue(e.line() > 0, e::getMessage);
            }
        }
        // an unknown attribute skipped when lenient is still parsed: its reference is refused too
        assertNamesEntity(failure(LENIENT, MINIMAL.replace("id=\"e\"", "id=\"e\" future=\"&foo;\"")), "foo");
    }

    // ---------------------------------------------------------------- nesting

    @Test
    @Timeout(10)
    void nesting1200DeepInsideKnownElementsIsRefused() {
        String open = "<b>".repeat(1_200);
        String close = "</b>".repeat(1_200);
        for (EventXml xml : List.of(STRICT, LENIENT)) {
            EventReadException inText = failure(xml, with("<title xml:lang=\"en\">" + open + close + "</title>"));
            assertReason(inText, "mixed content");
            assertAt(inText, 3, 22);
        }
        EventReadException inVenue = failure(with("<venue>" + "<venue>".repeat(1_200) + "</venue>".repeat(1_201)));
        assertReason(inVenue, "unknown element <venue> in <venue>");
        assertEquals("/event/venue[1]/venue[1]", inVenue.path());
        // skipped when lenient, the nesting reaches the depth limit
        for (String children : List.of("<venue>" + "<venue>".repeat(1_200) + "</venue>".repeat(1_201),
                "<programme><day date=\"2026-11-26\">" + "<x>".repeat(1_200) + "</x>".repeat(1_200) + "</day></programme>")) {
            EventReadException deep = failure(LENIENT, with(children));
            assertReason(deep, "depth", "64");
        }
    }

    /** A programme whose one day holds an item nested {@code depth} deep. */
    private static String itemsNested(int depth) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            items.append("<item id=\"i").append(i).append("\" kind=\"other\">");
        }
        items.append("</item>".repeat(depth));
        return with("<programme><day date=\"2026-11-26\">" + items + "</day></programme>");
    }

    @Test
    @Timeout(10)
    void itemsNestedWithinTheLimitAreReadAndDeeperOnesAreCutAtTheLimit() {
        assertEquals(20, STRICT.read(itemsNested(20)).programme().items().count());
        for (EventXml xml : List.of(STRICT, LENIENT)) {
            EventReadException deep = failure(xml, itemsNested(100));
            assertReason(deep, "depth", "64");
            assertTrue(deep.path().startsWith("/event/programme[1]/day[1]/item[1]/item[1]/item[1]"), deep.path());
        }
        assertReason(failure(EventXml.with(ReadSettings.defaults().withMaxNestingDepth(16)), itemsNested(20)),
                "depth", "16");
    }

    @Test
    @Timeout(10)
    void nesting1200DeepInUnknownElementsIsCutAtTheDepthLimit() {
        String document = with("<x>".repeat(1_200) + "</x>".repeat(1_200));
        EventReadException strict = failure(document);
        assertReason(strict, "unknown element <x> in <event>");
        assertAt(strict, 3, 1);
        EventReadException lenient = failure(LENIENT, document);
        assertReason(lenient, "Maximum Element Depth limit (64) Exceeded");
        assertEquals("/event/x[1]", lenient.path());
        // far deeper, and in another namespace: no stack overflow, the same limit
        assertReason(failure(LENIENT, with("<x>".repeat(200_000) + "</x>".repeat(200_000))), "depth", "64");
        assertReason(failure(LENIENT, with("<y:x xmlns:y=\"urn:y\">".repeat(1_200) + "</y:x>".repeat(1_200))),
                "not in the format's namespace");
    }

    // ---------------------------------------------------------------- many elements

    @Test
    @Timeout(20)
    void aMillionUnknownElementsAreSkippedQuickly() {
        String document = with("<x a=\"1\"><y/>text</x>".repeat(1_000_000));
        long start = System.nanoTime();
        assertEquals("e", LENIENT.read(document).id());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "skipping a million unknown elements took over 5 s");
        EventReadException strict = failure(document);
        assertReason(strict, "unknown element <x> in <event>");
        assertEquals("/event/x[1]", strict.path());
    }

    @Test
    @Timeout(120)
    void unknownElementsWithManyDifferentNamesAreSkippedInLinearTime() {
        StringBuilder children = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            children.append("<x").append(i).append("/>");
        }
        String document = with(children.toString());
        long start = System.nanoTime();
        assertEquals("e", LENIENT.read(document).id());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3_000, () -> "skipping 100,000 differently named elements took " + millis + " ms");
        // and where they are reported, their positions are still counted by name
        assertEquals("/event/x99999[2]", failure(EventXml.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true).withMaxNestingDepth(2)),
                with(children + "<x99999><deep/></x99999>")).path());
    }

    // ---------------------------------------------------------------- sources that fail

    /** A stream of a valid document's first bytes, then an I/O error; records whether it was closed. */
    private static final class Failing extends InputStream {
        private final InputStream head;
        boolean closed;

        Failing(byte[] bytes, int failAfter) {
            this.head = new ByteArrayInputStream(Arrays.copyOf(bytes, failAfter));
        }

        @Override
        public int read() throws IOException {
            int b = head.read();
            if (b < 0) {
                throw new IOException("disk on fire");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = head.read(buffer, off, len);
            if (n < 0) {
                throw new IOException("disk on fire");
            }
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void anIoErrorWhileReadingIsAnEventReadExceptionAndTheStreamIsLeftOpen() {
        byte[] unesco = golden("unesco-2017.xml");
        for (int failAfter : List.of(0, 10, 100, 5_000, unesco.length - 2)) {
            Failing stream = new Failing(unesco, failAfter);
            EventReadException e = failure(() -> STRICT.read(stream));
            assertReason(e, "disk on fire");
            assertFalse(stream.closed, "read(InputStream) closed the caller's stream");
            Failing forReader = new Failing(unesco, failAfter);
            assertReason(failure(() -> STRICT.read(new java.io.InputStreamReader(forReader, UTF_8))), "disk on fire");
        }
        boolean[] closed = {false};
        InputStream complete = new ByteArrayInputStream(unesco) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertEquals("unesco-2017", STRICT.read(complete).id());
        assertFalse(closed[0], "read(InputStream) closed the caller's stream");
    }

    // ---------------------------------------------------------------- attributes

    @Test
    void a1001AttributesOnOneElementAreRefused() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 1_001; i++) {
            attributes.append(" a").append(i).append("=\"v\"");
        }
        for (EventXml xml : List.of(STRICT, LENIENT)) {
            assertReason(failure(xml, DECLARATION + ROOT + attributes + "/>"), "Attribute limit (1000) exceeded");
            EventReadException onTitle = failure(xml, with("<title xml:lang=\"en\"" + attributes + ">x</title>"));
            assertReason(onTitle, "Attribute limit (1000)");
            assertReason(failure(xml, with("<zz" + attributes + "/>")), "Attribute limit (1000)");
        }
    }

    @Test
    void anAttributeValueLongerThanTheStringLimitIsRefused() {
        String huge = "x".repeat(1_100_000);
        for (EventXml xml : List.of(STRICT, LENIENT)) {
            assertReason(failure(xml, MINIMAL.replace("id=\"e\"", "id=\"" + huge + "\"")),
                    "Maximum attribute size limit (1000000) exceeded");
            assertReason(failure(xml, with("<title xml:lang=\"" + huge + "\">x</title>")), "attribute size limit (1000000)");
        }
        assertReason(failure(LENIENT, MINIMAL.replace("id=\"e\"", "id=\"e\" future=\"" + huge + "\"")), "attribute size limit");
        // built of character references, it is counted as it expands
        assertReason(failure(MINIMAL.replace("id=\"e\"", "id=\"" + "&#x78;".repeat(1_000_001) + "\"")), "attribute size limit");
    }

    @Test
    void anAttributeAtTheLimitIsRead() {
        String largest = "é".repeat(1_000_000);
        assertEquals(largest, STRICT.read(MINIMAL.replace("id=\"e\"", "id=\"" + largest + "\"")).id());
    }

    // ---------------------------------------------------------------- text

    /** Bytes made on demand: a head, a character repeated, a tail; counts how many were read. */
    private static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        private final long units;
        private final byte[] tail;
        private long position;
        private long read;

        Generated(String head, String unit, long units, String tail) {
            this.head = head.getBytes(UTF_8);
            this.unit = unit.getBytes(UTF_8);
            this.units = units;
            this.tail = tail.getBytes(UTF_8);
        }

        long size() {
            return head.length + unit.length * units + tail.length;
        }

        long bytesRead() {
            return read;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size()) {
                return -1;
            }
            int n = 0;
            long bodyEnd = head.length + unit.length * units;
            while (n < len && position < size()) {
                if (position < head.length) {
                    b[off + n] = head[(int) position];
                } else if (position < bodyEnd) {
                    b[off + n] = unit[(int) ((position - head.length) % unit.length)];
                } else {
                    b[off + n] = tail[(int) (position - bodyEnd)];
                }
                n++;
                position++;
            }
            read += n;
            return n;
        }
    }

    @Test
    @Timeout(20)
    void a25MegabyteTextNodeIsRefusedWithoutReadingItAll() {
        String head = DECLARATION + ROOT + ">\n<title xml:lang=\"en\">";
        String tail = "</title>\n</event>\n";
        Generated stream = new Generated(head, "x", 25_000_000, tail);
        EventReadException e = failure(() -> STRICT.read(stream));
        assertReason(e, "Text size limit (1000000) exceeded");
        assertEquals("/event/title[1]", e.path());
        assertTrue(stream.bytesRead() < 2_000_000, () -> "read " + stream.bytesRead() + " bytes of " + stream.size());

        Generated forReader = new Generated(head, "é", 25_000_000, tail);
        EventReadException fromReader = failure(() -> STRICT.read(new java.io.InputStreamReader(forReader, UTF_8)));
        assertReason(fromReader, "Text size limit (1000000)");
        assertTrue(forReader.bytesRead() < 4_000_000, () -> "read " + forReader.bytesRead() + " bytes");

        // skipped as unknown content, it is still limited
        Generated unknown = new Generated(DECLARATION + ROOT + ">\n<future>", "x", 25_000_000, "</future>\n</event>\n");
        assertReason(failure(() -> LENIENT.read(unknown)), "Text size limit");
        assertTrue(unknown.bytesRead() < 2_000_000);
        // and so is white space between elements
        Generated blank = new Generated(DECLARATION + ROOT + ">\n", " ", 25_000_000, "</event>\n");
        assertReason(failure(() -> STRICT.read(blank)), "Text size limit");
        assertTrue(blank.bytesRead() < 2_000_000);
    }

    @Test
    void textSplitByCommentsProcessingInstructionsOrCdataIsLimitedAsAWhole() {
        for (String separator : List.of("<!---->", "<?pi?>", "<![CDATA[y]]>", "\n")) {
            String text = ("x".repeat(400_000) + separator).repeat(3);
            EventReadException e = failure(with("<title xml:lang=\"en\">" + text + "</title>"));
            assertReason(e, "text size limit (1000000)");
            assertEquals("/event/title[1]", e.path());
        }
    }

    @Test
    @Timeout(20)
    void textBuiltOfReferencesIsLimitedToo() {
        for (String unit : List.of("x&amp;", "&#x78;", "xxxxxxxxx&lt;", "&lt;")) {
            EventXml small = EventXml.with(ReadSettings.defaults().withMaxStringLength(100));
            EventReadException e = failure(small, with("<title xml:lang=\"en\">" + unit.repeat(1_000) + "</title>"));
            assertReason(e, "text size limit (100)");
            assertEquals("/event/title[1]", e.path());
            assertReason(failure(small, with("<language>" + unit.repeat(1_000) + "</language>")), "text size limit (100)");
        }
        Generated stream = new Generated(DECLARATION + ROOT + ">\n<title xml:lang=\"en\">", "xxxxxxxxx&lt;", 2_000_000,
                "</title>\n</event>\n");
        assertReason(failure(() -> STRICT.read(stream)), "text size limit (1000000)");
        assertTrue(stream.bytesRead() < 3_000_000, () -> "read " + stream.bytesRead() + " bytes of " + stream.size());
    }

    @Test
    void textAtTheLimitIsRead() {
        EventXml small = EventXml.with(ReadSettings.defaults().withMaxStringLength(100));
        String text = "é".repeat(100);
        assertEquals(text, small.read(with("<title xml:lang=\"en\">" + text + "</title>")).title().get("en").orElseThrow());
        assertReason(failure(small, with("<title xml:lang=\"en\">" + text + "x</title>")), "text size limit (100)");
    }

    @Test
    void mixedContentIsRefused() {
        EventReadException textAmongElements = failure(with("<title xml:lang=\"en\">a</title>stray<language>en</language>"));
        assertEquals("text is not allowed in <event>, which holds elements only (mixed content)", textAmongElements.reason());
        assertEquals(3, textAmongElements.line());
        for (String children : List.of("<venue>text<name xml:lang=\"en\">v</name></venue>",
                "<venue><name xml:lang=\"en\">v</name>text</venue>", "<involvement organisation=\"o\" kind=\"host\">x</involvement>",
                "<programme><day date=\"2026-11-26\">x<item id=\"i\" kind=\"break\"/></day></programme>",
                "<proceedings><summary>paragraph</summary></proceedings>")) {
            for (EventXml xml : List.of(STRICT, LENIENT)) {
                assertReason(failure(xml, with(children)), "mixed content");
            }
        }
        for (String children : List.of("<title xml:lang=\"fr\">Réponse <b>aux</b> attaques</title>",
                "<language>e<b/>n</language>", "<provenance><claim path=\"p\" certainty=\"stated\"><rationale>a<i>b</i>"
                        + "</rationale></claim></provenance>",
                "<title xml:lang=\"fr\"><x:b xmlns:x=\"urn:x\">foreign</x:b></title>")) {
            for (EventXml xml : List.of(STRICT, LENIENT)) {
                EventReadException e = failure(xml, with(children));
                assertReason(e, "holds text only, but contains element", "mixed content");
                assertEquals(3, e.line());
            }
        }
    }

    @Test
    void aLangAttributeInAForeignNamespaceIsNotXmlLang() {
        String document = with("<title xmlns:x=\"urn:x\" x:lang=\"en\">Foreign</title>");
        EventReadException strict = failure(document);
        assertEquals("unknown attribute {urn:x}lang on <title> (expected: xml:lang)", strict.reason());
        assertEquals("/event/title[1]", strict.path());
        // skipped when lenient, it leaves a title without a language
        assertEquals("missing xml:lang on <title>", failure(LENIENT, document).reason());
        assertEquals("missing xml:lang on <title>", failure(LENIENT, with("<title lang=\"en\">No namespace</title>")).reason());
        // the xml prefix cannot be bound elsewhere, nor another prefix to the xml namespace be taken for it wrongly
        assertReason(failure(with("<title xmlns:xml=\"urn:x\" xml:lang=\"en\">x</title>")), "xml");
        assertReason(failure(with("<title xmlns:l=\"http://www.w3.org/XML/1998/namespace\" l:lang=\"en\">x</title>")), "xml");
    }

    // ---------------------------------------------------------------- not an event

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\t  \r\n", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<!-- only a comment -->", "<?pi only?>"})
    void aDocumentWithoutRootElementIsRefused(String document) {
        EventReadException e = failure(document);
        // Woodstox reports it before the reader can: "Unexpected EOF in prolog"
        assertTrue(e.reason().matches("(?i).*(EOF|no root element|empty).*"), e::getMessage);
        assertTrue(e.line() >= 1, e::getMessage);
    }

    @Test
    void twoRootElementsAreRefused() {
        EventReadException e = failure(MINIMAL + ROOT + "/>");
        assertReason(e, "multiple roots");
        assertAt(e, 3, 2);
        assertReason(failure(LENIENT, MINIMAL + "<other/>"), "multiple roots");
    }

    @Test
    void contentOutsideTheRootIsRefused() {
        EventReadException after = failure(MINIMAL + "junk");
        assertReason(after, "epilog");
        assertEquals(3, after.line());
        assertReason(failure(MINIMAL + "<![CDATA[x]]>"), "epilog");
        assertReason(failure(MINIMAL + "&amp;"), "epilog");
        EventReadException before = failure("junk" + MINIMAL);
        assertReason(before, "prolog");
        assertAt(before, 1, 1);
        assertReason(failure("\n" + MINIMAL), "xml");
        // comments, processing instructions and white space are fine
        assertEquals("e", STRICT.read("<!-- a -->\n<?pi b?>\n" + MINIMAL.substring(DECLARATION.length()) + "\n<!-- c --><?d?>\n \t").id());
    }

    @Test
    void aTruncatedDocumentIsRefusedAtEveryCut() {
        for (String name : XmlRoundTripProperties.GOLDEN_FILES) {
            byte[] bytes = golden(name);
            String text = new String(bytes, UTF_8);
            int last = text.stripTrailing().length() - 1; // the final '>'
            for (int cut = 0; cut <= last; cut += cut < 200 ? 1 : 61) {
                String prefix = text.substring(0, cut);
                // (a cut XML declaration is reported differently from a String and from bytes)
                EventReadException e = failure(() -> STRICT.read(prefix));
                long lines = prefix.lines().count() + 1;
                assertTrue(e.line() <= lines, e::getMessage);
                byte[] truncated = Arrays.copyOf(bytes, prefix.getBytes(UTF_8).length);
                failure(() -> LENIENT.read(truncated));
            }
        }
        // cut in the middle of a multi-byte character
        String unesco = unesco();
        int accent = unesco.indexOf('é');
        int inside = unesco.substring(0, accent).getBytes(UTF_8).length + 1;
        EventReadException cutInside = failure(STRICT, Arrays.copyOf(golden("unesco-2017.xml"), inside));
        assertReason(cutInside, "Invalid UTF-8: the input ends inside the character that byte 0xc3 starts");
        assertEquals(unesco.substring(0, accent).lines().count(), cutInside.line(), cutInside::getMessage);
        EventReadException unclosed = failure(unesco.substring(0, unesco.lastIndexOf('>')));
        assertTrue(unclosed.reason().matches("(?i).*(EOF|end of input).*"), unclosed::getMessage);
    }

    /**
     * A byte that cannot start a character is located exactly wherever it falls: after runs of
     * ASCII that the check skims a word at a time, right after a line break of each kind, and
     * within the first and last bytes of a buffer.
     */
    @Test
    void anIllFormedByteIsLocatedExactlyAnywhere() {
        for (String lineEnd : List.of("\n", "\r\n", "\r")) {
            byte[] document = unesco().replace("\n", lineEnd).getBytes(UTF_8);
            int afterDeclaration = new String(document, UTF_8).indexOf("?>") + 2; // which says UTF-8
            for (int at = afterDeclaration; at < document.length; at += at < 300 ? 1 : 97) {
                if (document[at] < 0) {
                    continue; // part of a multi-byte character: replacing it breaks the character earlier
                }
                byte[] broken = document.clone();
                broken[at] = (byte) 0xFF;
                long line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    boolean crlf = broken[i] == '\r' && i + 1 < at && broken[i + 1] == '\n';
                    if (broken[i] == '\n' || broken[i] == '\r' && !crlf) {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int column = at - lineStart + 1;
                EventReadException e = failure(STRICT, broken);
                assertReason(e, "Invalid UTF-8: byte 0xff cannot start a character");
                assertAt(e, line, column);
            }
        }
    }

    // ---------------------------------------------------------------- characters and encodings

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] head = before.getBytes(UTF_8);
        byte[] tail = after.getBytes(UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + middle.length + tail.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static final List<String> INVALID_UTF8 = List.of(
            "c0af",       // overlong '/'
            "e080af",     // overlong '/', three bytes
            "f08080af",   // overlong '/', four bytes
            "c080",       // overlong U+0000
            "eda080",     // an encoded surrogate (U+D800)
            "edbfbf",     // an encoded surrogate (U+DFFF)
            "f4908080",   // beyond U+10FFFF
            "f888808080", // a five-byte form
            "ff", "fe", "80", "bf",   // never a first byte
            "c3",         // a first byte without its continuation
            "e282",       // three-byte form cut short
            "c328");      // a continuation byte that is not one

    @Test
    void invalidUtf8IsRefused(@TempDir Path dir) throws IOException {
        for (String hex : INVALID_UTF8) {
            byte[] bad = HexFormat.of().parseHex(hex);
            List<byte[]> documents = List.of(
                    bytes(DECLARATION + ROOT + ">\n<title xml:lang=\"en\">ab", bad, "cd</title>\n</event>\n"),
                    bytes(DECLARATION + ROOT.replace("id=\"e\"", "id=\"a"), bad, "b\"/>"),
                    bytes(DECLARATION + ROOT + ">\n<title", bad, " xml:lang=\"en\">x</title></event>"),
                    bytes(DECLARATION + ROOT + "/>\n<!-- ", bad, " -->"));
            for (byte[] document : documents) {
                for (EventXml xml : List.of(STRICT, LENIENT)) {
                    EventReadException e = failure(xml, document);
                    assertTrue(e.reason().matches("(?i).*(UTF-8|EOF|character|byte).*"), () -> hex + ": " + e.getMessage());
                }
                Path file = dir.resolve(hex + ".xml");
                Files.write(file, document);
                EventReadException fromFile = failure(() -> STRICT.read(file));
                assertTrue(fromFile.getMessage().startsWith(file.toString()), fromFile::getMessage);
            }
        }
    }

    @Test
    void overlongUtf8IsRefusedByWoodstoxItself() {
        for (String hex : List.of("c0af", "e080af", "c080", "f08080af")) {
            byte[] document = bytes(DECLARATION + ROOT + ">\n<title xml:lang=\"en\">", HexFormat.of().parseHex(hex),
                    "</title>\n</event>\n");
            assertReason(failure(STRICT, document), "overlong");
        }
        assertReason(failure(STRICT, bytes(MINIMAL.replace("id=\"e\"", "id=\""), HexFormat.of().parseHex("eda080"), "\"/>")),
                "surrogate");
    }

    @Test
    void wellFormedEncodingsAreRead() {
        String document = with("<title xml:lang=\"fr\">Sécurité 😀 網絡</title>");
        Event expected = STRICT.read(document);
        assertEquals("Sécurité 😀 網絡", expected.title().get("fr").orElseThrow());
        byte[] bom = HexFormat.of().parseHex("efbbbf");
        assertEquals(expected, STRICT.read(bytes("", bom, document)));
        assertEquals(expected, STRICT.read(document.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16)));
        assertEquals(expected.id(), STRICT.read(document.replace("UTF-8", "ISO-8859-1").replace("😀 網絡", "")
                .getBytes(StandardCharsets.ISO_8859_1)).id());
        assertReason(failure(STRICT, document.replace("UTF-8", "x-no-such-encoding").getBytes(UTF_8)), "encoding");
    }

    @Test
    void aLoneSurrogateByCharacterReferenceIsRefused() {
        for (String reference : List.of("&#xD800;", "&#xdc00;", "&#55296;", "&#xDFFF;")) {
            EventReadException inText = failure(with("<title xml:lang=\"en\">a" + reference + "b</title>"));
            assertReason(inText, "character");
            assertEquals("/event/title[1]", inText.path());
            assertEquals(3, inText.line());
            assertTrue(inText.column() > 22, inText::getMessage);
            assertReason(failure(MINIMAL.replace("id=\"e\"", "id=\"" + reference + "\"")), "character");
        }
        // a pair of references is not a pair: each is a lone surrogate
        assertReason(failure(with("<title xml:lang=\"en\">&#xD83D;&#xDE00;</title>")), "character");
    }

    @Test
    void aCharacterReferenceToNulOrAnotherCharacterXmlCannotHoldIsRefused() {
        for (String reference : List.of("&#0;", "&#x0;", "&#x00000;", "&#1;", "&#x1F;", "&#xFFFE;", "&#xFFFF;", "&#x110000;")) {
            EventReadException inText = failure(with("<title xml:lang=\"en\">" + reference + "</title>"));
            assertReason(inText, "character");
            assertEquals(3, inText.line());
            assertReason(failure(MINIMAL.replace("id=\"e\"", "id=\"" + reference + "\"")), "character");
            assertReason(failure(with("<language>" + reference + "</language>")), "character");
        }
    }

    @Test
    void rawControlCharactersAreRefused() {
        for (String raw : List.of("\u0000", "\u0001", "\u001f", "\u000b", "\u000c")) {
            for (String document : List.of(with("<title xml:lang=\"en\">a" + raw + "b</title>"),
                    MINIMAL.replace("id=\"e\"", "id=\"a" + raw + "b\""), with("<language>" + raw + "</language>"))) {
                assertReason(failure(document), "character");
            }
        }
    }

    @Test
    void rawNonCharactersAndEncodedSurrogatesAreRefusedInBytes() {
        for (String hex : List.of("efbfbe", "efbfbf", "eda080", "edb080")) {
            assertReason(failure(STRICT, bytes(with("<title xml:lang=\"en\">a").replace("\n</event>\n", ""),
                    HexFormat.of().parseHex(hex), "b</title>\n</event>\n")), "UTF-8");
        }
    }

    @Test
    void rawNonCharactersAndLoneSurrogatesAreRefusedFromAStringToo() {
        for (String raw : List.of("\ufffe", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff", "\ude00\ud83d")) {
            List<String> documents = List.of(with("<title xml:lang=\"en\">a" + raw + "b</title>"),
                    MINIMAL.replace("id=\"e\"", "id=\"a" + raw + "b\""), with("<title xml:lang=\"en" + raw + "\">x</title>"),
                    with("<language>" + raw + "</language>"));
            for (String document : documents) {
                for (EventXml xml : List.of(STRICT, LENIENT)) {
                    EventReadException fromString = failure(() -> xml.read(document));
                    assertReason(fromString, String.format("U+%04X", (int) raw.charAt(0)));
                    assertTrue(fromString.line() >= 2, fromString::getMessage);
                    failure(() -> xml.read(new StringReader(document)));
                }
            }
        }
        // a well-formed pair is fine
        assertEquals("a😀b", STRICT.read(with("<title xml:lang=\"en\">a\ud83d\ude00b</title>")).title().get("en").orElseThrow());
    }

    @Test
    void anXml11DocumentIsRefused() {
        String document = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>\n" + ROOT + ">\n"
                + "<title xml:lang=\"en\">&#x1;\u0085|\u2028</title>\n</event>\n";
        EventReadException e = failure(document);
        assertReason(e, "1.1");
        assertEquals(1, e.line());
        assertReason(failure("<?xml version=\"1.1\"?>" + ROOT + "/>"), "1.1");
    }

    @Test
    void anXmlVersionOtherThan1Point0Or1Point1IsRefused() {
        assertReason(failure("<?xml version=\"2.0\"?>" + ROOT + "/>"), "version");
        assertReason(failure("<?xml version=\"1.0\" standalone=\"maybe\"?>" + ROOT + "/>"), "standalone");
    }

    // ---------------------------------------------------------------- comments, processing instructions, CDATA

    @Test
    void commentsAndProcessingInstructionsAnywhereAreIgnored() {
        String unesco = unesco();
        Event expected = STRICT.read(unesco);
        String noisy = unesco
                .replace(">\n", "><!-- after a tag --><?pi data?>\n")       // after every line's last tag
                .replace("xml:lang=\"fr\">", "xml:lang=\"fr\"><!-- in text --><?pi?>")   // at the start of text
                .replace("</title>", "<!--c--><?p q?></title>")                       // at the end of text
                .replace("<language>", "<language><!---->")
                .replaceFirst("<event ", "<!-- before the root -->\n<?stylesheet href=\"x\"?>\n<event ");
        assertFalse(noisy.equals(unesco));
        assertEquals(expected, STRICT.read(noisy));
        assertEquals(expected, LENIENT.read(noisy.getBytes(UTF_8)));
        assertEquals(expected, STRICT.read(noisy + "<!-- after the root --><?pi?>\n"));
        // a comment splitting a word leaves the word whole
        assertEquals("Ouverture", STRICT.read(with("<title xml:lang=\"fr\">Ouv<!-- - -->er<?x y?>ture</title>"))
                .title().get("fr").orElseThrow());
        // in an element that must be empty
        assertEquals(STRICT.read(with("<involvement organisation=\"o\" kind=\"host\"/>")),
                STRICT.read(with("<involvement organisation=\"o\" kind=\"host\"><!-- c --><?p?></involvement>")));
    }

    @Test
    void aProcessingInstructionNamedXmlIsRefused() {
        assertReason(failure(with("<?xml version=\"1.0\"?>")), "xml");
        assertReason(failure(with("<?XmL x?>")), "xml");
    }

    @Test
    void cdataInTextIsText() {
        Event event = STRICT.read(with("<title xml:lang=\"en\">a<![CDATA[<b>&amp;</b> ]]]]><![CDATA[>]]>z</title>"));
        assertEquals("a<b>&amp;</b> ]]>z", event.title().get("en").orElseThrow());
        assertEquals("", STRICT.read(with("<title xml:lang=\"en\"><![CDATA[]]></title>")).title().get("en").orElseThrow());
    }

    @Test
    void cdataWithTextInElementOnlyContentIsRefused() {
        EventReadException e = failure(with("<![CDATA[x]]>"));
        assertEquals("text is not allowed in <event>, which holds elements only (mixed content)", e.reason());
        assertAt(e, 3, 1);
        assertReason(failure(LENIENT, with("<venue><![CDATA[<name xml:lang=\"en\">v</name>]]></venue>")), "mixed content");
        // white space in CDATA is white space
        assertEquals("e", STRICT.read(with("<![CDATA[ \n\t ]]>")).id());
    }

    // ---------------------------------------------------------------- limits

    @Test
    void aDocumentLongerThanTheConfiguredLimitIsRefused() {
        String unesco = unesco();
        EventXml small = EventXml.with(ReadSettings.defaults().withMaxDocumentLength(1_000));
        EventReadException e = failure(small, unesco);
        assertReason(e, "Maximum document characters limit (1000) exceeded");
        failure(() -> small.read(golden("unesco-2017.xml")));
        EventXml exact = EventXml.with(ReadSettings.defaults().withMaxDocumentLength(unesco.length()));
        assertEquals("unesco-2017", exact.read(unesco).id(), "a document exactly at the limit");
        EventXml oneLess = EventXml.with(ReadSettings.defaults().withMaxDocumentLength(unesco.length() - 1));
        assertReason(failure(oneLess, unesco), "document characters limit");
        // comments and white space count
        String padded = MINIMAL + "<!--" + "c".repeat(2_000) + "-->";
        assertReason(failure(small, padded), "document characters limit");
        assertReason(failure(small, MINIMAL + " \n".repeat(1_000)), "document characters limit");
    }

    @Test
    @Timeout(60)
    void aDocumentLongerThanTheDefaultLimitIsRefusedWhileStreaming() {
        // 60,000,000 characters of comments between elements, produced as they are read
        String comment = "<!--" + "c".repeat(993) + "-->"; // 1,000 characters
        Generated stream = new Generated(DECLARATION + ROOT + ">\n", comment, 60_000, "</event>\n");
        EventReadException e = failure(() -> STRICT.read(stream));
        assertReason(e, "Maximum document characters limit (50000000) exceeded");
        assertTrue(stream.bytesRead() > 49_000_000 && stream.bytesRead() < 51_000_000, () -> "read " + stream.bytesRead() + " bytes");
    }

    @Test
    void eachLimitConfiguredSmallerIsEnforced() {
        String unesco = unesco();
        // depth: an event needs 5 levels (event/programme/day/item/title)
        assertEquals("unesco-2017", EventXml.with(ReadSettings.defaults().withMaxNestingDepth(5)).read(unesco).id());
        EventReadException depth = failure(EventXml.with(ReadSettings.defaults().withMaxNestingDepth(4)), unesco);
        assertReason(depth, "Maximum Element Depth limit (4) Exceeded");
        assertTrue(depth.path().startsWith("/event/programme[1]/day[1]/item["), depth::getMessage);
        // attributes per element: the root has six
        assertEquals("unesco-2017", EventXml.with(ReadSettings.defaults().withMaxProperties(6)).read(unesco).id());
        assertReason(failure(EventXml.with(ReadSettings.defaults().withMaxProperties(5)), unesco), "Attribute limit (5) exceeded");
        // attribute length (the namespace declaration is an attribute too: 33 characters)
        EventXml shortAttributes = EventXml.with(ReadSettings.defaults().withMaxStringLength(40));
        assertEquals("e", shortAttributes.read(MINIMAL).id());
        assertReason(failure(shortAttributes, MINIMAL.replace("id=\"e\"", "id=\"" + "i".repeat(41) + "\"")),
                "Maximum attribute size limit (40) exceeded");
        assertEquals("i".repeat(40), shortAttributes.read(MINIMAL.replace("id=\"e\"", "id=\"" + "i".repeat(40) + "\"")).id());
        // text
        // (one limit for every string: at least the namespace declaration's 33 characters here)
        EventXml shortText = EventXml.with(ReadSettings.defaults().withMaxStringLength(40));
        EventReadException text = failure(shortText, with("<title xml:lang=\"en\">" + "t".repeat(41) + "</title>"));
        assertReason(text, "text size limit (40)");
        assertEquals("/event/title[1]", text.path());
        assertReason(failure(shortText, with("<language>" + "t".repeat(41) + "</language>")), "text size limit (40)");
        // document
        assertReason(failure(EventXml.with(ReadSettings.defaults().withMaxDocumentLength(MINIMAL.length() - 1)), MINIMAL),
                "document characters limit");
        // every limit stays when writing is switched between pretty and compact
        EventXml derived = EventXml.with(ReadSettings.defaults().withMaxStringLength(40)).compact().pretty();
        assertReason(failure(derived, with("<title xml:lang=\"en\">" + "t".repeat(41) + "</title>")), "text size limit (40)");
    }

    @Test
    void namesAndNumbersHaveTheLimitsOfEveryFormat() {
        EventXml shortNames = EventXml.with(ReadSettings.defaults().withUnknownPropertiesAllowed(true).withMaxNameLength(8));
        assertEquals("e", shortNames.read(with("<x1234567 a1234567=\"1\"/>")).id());
        EventReadException element = failure(shortNames, with("<x12345678/>"));
        assertReason(element, "a name of 9 characters, more than the limit maxNameLength (8): x12345678");
        assertEquals("/event/x12345678[1]", element.path());
        assertReason(failure(shortNames, MINIMAL.replace("id=\"e\"", "id=\"e\" a12345678=\"1\"")),
                "a name of 9 characters, more than the limit maxNameLength (8)");
        assertReason(failure(shortNames, with("<x><y12345678/></x>")),
                "a name of 9 characters, more than the limit maxNameLength (8)");
        assertReason(failure(shortNames, with("<x b12345678=\"1\"/>")),
                "a name of 9 characters, more than the limit maxNameLength (8)");
        EventXml shortNumbers = EventXml.with(ReadSettings.defaults().withMaxNumberLength(2));
        assertEquals("e", shortNumbers.read(MINIMAL.replace("formatVersion=\"1\"", "formatVersion=\"01\"")).id());
        assertReason(failure(shortNumbers, MINIMAL.replace("formatVersion=\"1\"", "formatVersion=\"001\"")),
                "attribute formatVersion: a number of 3 characters, more than the limit maxNumberLength (2)");
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxNestingDepth(0));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxProperties(-1));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxStringLength(0));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxNameLength(0));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxNumberLength(0));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxDocumentLength(0));
        assertThrows(IllegalArgumentException.class, () -> ReadSettings.defaults().withMaxDocumentLength(-5));
    }

    @Test
    void limitErrorsSayWhereTheyHappened() {
        List<EventReadException> errors = List.of(
                failure(EventXml.with(ReadSettings.defaults().withMaxStringLength(40)), with("<title xml:lang=\"en\">" + "x".repeat(41) + "</title>")),
                failure(EventXml.with(ReadSettings.defaults().withMaxStringLength(40)), with("<title xml:lang=\"" + "x".repeat(41) + "\"/>")),
                failure(EventXml.with(ReadSettings.defaults().withMaxProperties(2)), with("<organisation id=\"o\" acronym=\"a\" country=\"FR\"/>")),
                failure(EventXml.with(ReadSettings.defaults().withMaxNestingDepth(2)), with("<venue><name xml:lang=\"en\">v</name></venue>")),
                failure(EventXml.with(ReadSettings.defaults().withMaxDocumentLength(300)), with("<!--" + "c".repeat(300) + "-->")));
        for (EventReadException e : errors) {
            assertTrue(e.line() >= 2, e::getMessage);
            assertTrue(e.column() > 0, e::getMessage);
        }
        assertAt(errors.get(0), 3, 22);
    }

    /**
     * A decoding error carries no location: Woodstox decodes ahead of the token it parses, so
     * the stream reader's location would point before the bad bytes. No location is better
     * than a wrong one.
     */
    @Test
    void aDecodingErrorClaimsNoWrongLocation() {
        EventReadException e = failure(STRICT, bytes(DECLARATION + ROOT + ">\n<title xml:lang=\"en\">",
                HexFormat.of().parseHex("c0af"), "</title>\n</event>\n"));
        assertTrue(e.line() == 0 || e.line() == 3, e::getMessage);
    }

    // ---------------------------------------------------------------- the hardening cannot be switched off

    private static final Set<Class<?>> SAFE_PARAMETERS = Set.of(String.class, byte[].class, InputStream.class, Reader.class,
            Path.class, Event.class, OutputStream.class, Writer.class, boolean.class, int.class, long.class,
            ReadSettings.class);

    @Test
    void thePublicApiTakesNoParserFactoryResolverOrProperty() {
        List<Executable> members = new ArrayList<>();
        for (Class<?> type : List.of(EventXml.class)) {
            assertTrue(Modifier.isFinal(type.getModifiers()), type + " can be subclassed");
            members.addAll(Arrays.asList(type.getConstructors()));
            members.addAll(Arrays.asList(type.getMethods()));
            for (Field field : type.getFields()) {
                fail("public field " + field);
            }
        }
        assertEquals(0, EventXml.class.getConstructors().length, "EventXml has a public constructor");
        for (Executable member : members) {
            if (member.getDeclaringClass() == Object.class) {
                continue;
            }
            for (Class<?> parameter : member.getParameterTypes()) {
                assertTrue(SAFE_PARAMETERS.contains(parameter), () -> member + " takes a " + parameter.getName());
                assertFalse(parameter.getName().startsWith("javax.xml") || parameter.getName().startsWith("com.ctc")
                        || parameter.getName().startsWith("org.codehaus"), () -> member + " takes a parser type");
            }
            if (member instanceof Method) {
                Class<?> returned = ((Method) member).getReturnType();
                assertFalse(returned.getName().startsWith("javax.xml") || returned.getName().startsWith("com.ctc")
                        || returned.getName().startsWith("org.codehaus"), () -> member + " hands out a parser type");
            }
        }
    }

    @Test
    void theJdkFactoryPropertyDoesNotChangeTheParser() throws Exception {
        String property = "javax.xml.stream.XMLInputFactory";
        String previous = System.getProperty(property);
        String xxe = withDoctype("<!DOCTYPE event [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<title xml:lang=\"en\">&xxe;</title>");
        String unesco = unesco();
        Event expected = STRICT.read(unesco);
        try {
            for (String factory : List.of("com.sun.xml.internal.stream.XMLInputFactoryImpl", "no.such.Factory")) {
                System.setProperty(property, factory);
                EventXml built = EventXml.with(ReadSettings.defaults().withMaxDocumentLength(50_000_001L)); // built anew
                assertEquals(expected, built.read(unesco));
                EventReadException e = failure(built, xxe);
                assertEquals("a DOCTYPE is not allowed: Disputatio documents have no DTD", e.reason());
                assertNamesEntity(failure(built, with("<title xml:lang=\"en\">&foo;</title>")), "foo");
                assertEquals(expected, EventXml.defaults().read(unesco));
                for (Field field : EventXml.class.getDeclaredFields()) {
                    if (XMLInputFactory.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        assertEquals("com.ctc.wstx.stax.WstxInputFactory", field.get(built).getClass().getName(),
                                "EventXml builds its Woodstox factory itself");
                    }
                }
            }
        } finally {
            if (previous == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, previous);
            }
        }
    }

    // ---------------------------------------------------------------- namespaces

    @Test
    void namespaceTrickeryIsRefused() {
        assertReason(failure("<event formatVersion=\"1\" id=\"e\" kind=\"seminar\" startDate=\"2026-11-26\" endDate=\"2026-11-26\"/>"),
                "expected the root element");
        assertReason(failure(MINIMAL.replace(NS, NS + "/")), "expected the root element");
        assertReason(failure(MINIMAL.replace(NS, "https://disputatio.org/ns/event/2")), "expected the root element");
        EventReadException reset = failure(with("<title xmlns=\"\" xml:lang=\"en\">x</title>"));
        assertReason(reset, "not in the format's namespace");
        assertEquals("/event/title[1]", reset.path());
        assertReason(failure(LENIENT, with("<title xmlns=\"urn:other\" xml:lang=\"en\">x</title>")), "not in the format's namespace");
        assertReason(failure(with("<x:title xml:lang=\"en\">x</x:title>")), "prefix");
        // a prefix bound to the format's namespace is the same namespace
        assertEquals("e", STRICT.read("<d:event xmlns:d=\"" + NS + "\" formatVersion=\"1\" id=\"e\" kind=\"seminar\" "
                + "startDate=\"2026-11-26\" endDate=\"2026-11-26\"><d:title xml:lang=\"en\">x</d:title></d:event>").id());
        // an attribute in the format's namespace is not the unprefixed one
        assertReason(failure(MINIMAL.replace("<event ", "<event xmlns:d=\"" + NS + "\" d:timeZone=\"Europe/Paris\" ")),
                "unknown attribute {" + NS + "}timeZone");
    }

    @Test
    void duplicateAttributesAreRefused() {
        assertReason(failure(MINIMAL.replace("id=\"e\"", "id=\"e\" id=\"f\"")), "duplicate attribute");
        assertReason(failure(with("<title xml:lang=\"en\" xml:lang=\"fr\">x</title>")), "duplicate attribute");
        assertReason(failure(MINIMAL.replace("<event ", "<event xmlns:a=\"urn:x\" xmlns:b=\"urn:x\" a:z=\"1\" b:z=\"2\" ")),
                "duplicate attribute");
    }
}
