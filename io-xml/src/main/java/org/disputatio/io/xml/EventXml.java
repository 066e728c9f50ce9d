package org.disputatio.io.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.disputatio.io.EventReadException;
import org.disputatio.io.xml.internal.XmlEventReader;
import org.disputatio.io.xml.internal.XmlEventWriter;
import org.disputatio.model.Event;

/**
 * Reads and writes events in Disputatio's XML format (see the module README): one namespace,
 * localized text as elements carrying {@code xml:lang}, ids and references as attributes.
 *
 * <pre>{@code
 * EventXml xml = EventXml.defaults();
 * Event event = xml.read(Path.of("unesco-2017.xml"));
 * String pretty = xml.write(event);
 * }</pre>
 *
 * <p>Hardened: DTDs are refused and no external entity, DTD or schema is ever fetched, whatever
 * the input — the parser is built here and cannot be replaced; depth, attributes per element,
 * attribute length, text length and document size are limited ({@link Builder}). Every read
 * failure is an {@link EventReadException} with line, column and an XPath-like path. Instances
 * are immutable and thread-safe; build one and reuse it.
 */
public final class EventXml {

    private static final EventXml DEFAULTS = builder().build();

    private final XMLInputFactory inputFactory;
    private final XMLOutputFactory outputFactory;
    private final boolean allowUnknown;
    private final boolean pretty;
    private final int maxTextLength;

    private EventXml(Builder settings) {
        this.maxTextLength = settings.maxTextLength;
        this.allowUnknown = settings.allowUnknown;
        this.pretty = settings.pretty;
        this.inputFactory = hardenedInputFactory(settings);
        this.outputFactory = new WstxOutputFactory();
        this.outputFactory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        this.outputFactory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    }

    /**
     * A Woodstox factory that never resolves anything: no DTD support, no external entities,
     * a resolver that refuses every request, and the limits of the settings.
     */
    private static XMLInputFactory hardenedInputFactory(Builder settings) {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // true, so that an undeclared entity reference is an error everywhere: with false, Woodstox
        // reports one in text as an ENTITY_REFERENCE event (refused below) but silently drops one
        // inside an attribute value (id="a&x;b" reads as "ab"). No entity is ever declared (a
        // DOCTYPE is refused), so only the five predefined ones and character references expand.
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to resolve " + systemId + ": Disputatio never fetches external resources");
        });
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, settings.maxDepth);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, settings.maxAttributes);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, settings.maxAttributeLength);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, settings.maxTextLength);
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, settings.maxDocumentLength);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        return factory;
    }

    /** The same settings and parser factories, writing pretty or not: cheap, nothing is rebuilt. */
    private EventXml(EventXml base, boolean pretty) {
        this.maxTextLength = base.maxTextLength;
        this.allowUnknown = base.allowUnknown;
        this.pretty = pretty;
        this.inputFactory = base.inputFactory;
        this.outputFactory = base.outputFactory;
    }

    /**
     * Strict reading with the default limits; pretty writing.
     *
     * @return the shared instance with every default of {@link Builder}
     */
    public static EventXml defaults() {
        return DEFAULTS;
    }

    /**
     * A builder of settings, each starting at its safe default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same settings, writing without indentation.
     *
     * @return an instance that writes compactly; this one if it already does
     */
    public EventXml compact() {
        return pretty ? new EventXml(this, false) : this;
    }

    /**
     * The same settings, writing indented XML with a final newline.
     *
     * @return an instance that writes indented XML; this one if it already does
     */
    public EventXml pretty() {
        return pretty ? this : new EventXml(this, true);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a document held in a string.
     *
     * @param xml one XML document whose root element is an event
     * @return the event, not yet validated
     * @throws EventReadException if the document is malformed, has a DTD, breaks a limit or is not
     *     an event
     * @throws NullPointerException if the string is null
     */
    public Event read(String xml) {
        Objects.requireNonNull(xml, "xml");
        return parse(() -> inputFactory.createXMLStreamReader(new StringReader(xml)), null);
    }

    /**
     * Reads a document held in bytes, in the encoding it declares (UTF-8 by default).
     *
     * @param xml one XML document whose root element is an event
     * @return the event, not yet validated
     * @throws EventReadException if the document is malformed, has a DTD, breaks a limit or is not
     *     an event
     * @throws NullPointerException if the array is null
     */
    public Event read(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        return parse(() -> inputFactory.createXMLStreamReader(new ByteArrayInputStream(xml)), null);
    }

    /**
     * Reads bytes, in the encoding the document declares (UTF-8 by default); the stream is not closed.
     *
     * @param xml a stream holding one XML document whose root element is an event
     * @return the event, not yet validated
     * @throws EventReadException if the input cannot be read, is malformed, has a DTD, breaks a
     *     limit or is not an event
     * @throws NullPointerException if the stream is null
     */
    public Event read(InputStream xml) {
        Objects.requireNonNull(xml, "xml");
        return parse(() -> inputFactory.createXMLStreamReader(xml), null);
    }

    /**
     * Reads characters; the reader is not closed.
     *
     * @param xml a reader of one XML document whose root element is an event
     * @return the event, not yet validated
     * @throws EventReadException if the input cannot be read, is malformed, has a DTD, breaks a
     *     limit or is not an event
     * @throws NullPointerException if the reader is null
     */
    public Event read(Reader xml) {
        Objects.requireNonNull(xml, "xml");
        return parse(() -> inputFactory.createXMLStreamReader(xml), null);
    }

    /**
     * Reads a file; errors name it.
     *
     * @param file an XML file whose root element is an event
     * @return the event, not yet validated
     * @throws EventReadException if the file cannot be opened or read, is malformed, has a DTD,
     *     breaks a limit or is not an event; its source is the file's name
     * @throws NullPointerException if the path is null
     */
    public Event read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(() -> inputFactory.createXMLStreamReader(in), file.toString());
        } catch (IOException e) {
            throw new EventReadException("cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), file.toString(), 0, 0, "", e);
        }
    }

    @FunctionalInterface
    private interface ReaderSource {
        XMLStreamReader open() throws XMLStreamException;
    }

    private Event parse(ReaderSource source, String sourceName) {
        XMLStreamReader reader = null;
        XmlEventReader events = null;
        try {
            reader = source.open();
            events = new XmlEventReader(reader, allowUnknown, maxTextLength);
            return events.readDocument();
        } catch (EventReadException e) {
            throw sourceName == null ? e : e.withSource(sourceName);
        } catch (XMLStreamException | WstxLazyException | XmlEventReader.UncheckedXml e) {
            throw located(e, reader, events, sourceName);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing after a failure: the failure is what matters
                }
            }
        }
    }

    private static EventReadException located(Exception failure, XMLStreamReader reader, XmlEventReader events,
            String sourceName) {
        XMLStreamException e = failure instanceof XMLStreamException ? (XMLStreamException) failure
                : failure instanceof XmlEventReader.UncheckedXml ? ((XmlEventReader.UncheckedXml) failure).getCause()
                : failure.getCause() instanceof XMLStreamException ? (XMLStreamException) failure.getCause()
                : new XMLStreamException(failure.getMessage());
        Location location = e.getLocation();
        if (location == null && reader != null && !(e instanceof com.ctc.wstx.exc.WstxIOException)) {
            // Woodstox's limit errors carry no location: the reader's is the token that broke it. (Not for
            // I/O and decoding errors: the input is decoded ahead, and the token is not where the bytes are.)
            location = reader.getLocation();
        }
        long line = location == null ? 0 : Math.max(0, location.getLineNumber());
        long column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        String path = events == null ? "" : events.currentPath();
        return new EventReadException(reason(e), sourceName, line, column, path, failure);
    }

    /** The parser's message without the location it prefixes ("ParseError at [row,col]:[1,2]\nMessage: …"). */
    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        int newline = message.indexOf('\n');
        message = (newline < 0 ? message : message.substring(0, newline)).strip();
        int at = message.indexOf(" at [row,col");
        return "malformed XML: " + (at < 0 ? message : message.substring(0, at)).strip();
    }

    // ---------------------------------------------------------------- writing

    /**
     * The event as an XML document.
     *
     * @param event the event to write
     * @return the document, indented or compact as this instance writes
     * @throws IllegalArgumentException if a value the format requires is missing (an event
     *     without id, say), a code is not spelled as one, or a text holds a character XML 1.0
     *     cannot represent (U+0000 and the other C0 controls but tab, line feed and carriage
     *     return, U+FFFE, U+FFFF, an unpaired surrogate): such a document would not read back
     * @throws NullPointerException if the event is null
     */
    public String write(Event event) {
        StringWriter out = new StringWriter();
        write(event, out);
        return out.toString();
    }

    /**
     * The event as UTF-8 XML.
     *
     * @param event the event to write
     * @return the document's bytes, indented or compact as this instance writes
     * @throws IllegalArgumentException if the event cannot be written, as for {@link #write(Event)}
     * @throws NullPointerException if the event is null
     */
    public byte[] writeBytes(Event event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(event, out);
        return out.toByteArray();
    }

    /**
     * Writes UTF-8 XML; the stream is flushed, not closed.
     *
     * @param event the event to write
     * @param out where the document goes
     * @throws IllegalArgumentException if the event cannot be written, as for {@link #write(Event)}
     * @throws UncheckedIOException if the XML writer fails
     * @throws NullPointerException if the event is null
     */
    public void write(Event event, OutputStream out) {
        Objects.requireNonNull(event, "event");
        try {
            XMLStreamWriter writer = outputFactory.createXMLStreamWriter(out, "UTF-8");
            writeDocument(event, writer);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write XML: " + e.getMessage(), e));
        }
    }

    /**
     * Writes XML; the writer is flushed, not closed.
     *
     * @param event the event to write
     * @param out where the document goes
     * @throws IllegalArgumentException if the event cannot be written, as for {@link #write(Event)}
     * @throws UncheckedIOException if the XML writer fails
     * @throws NullPointerException if the event is null
     */
    public void write(Event event, Writer out) {
        Objects.requireNonNull(event, "event");
        try {
            XMLStreamWriter writer = outputFactory.createXMLStreamWriter(out);
            writeDocument(event, writer);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write XML: " + e.getMessage(), e));
        }
    }

    /**
     * Writes a UTF-8 file, replacing it.
     *
     * @param event the event to write
     * @param file the file to create or replace
     * @throws IllegalArgumentException if the event cannot be written, as for {@link #write(Event)}
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Event event, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(event, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void writeDocument(Event event, XMLStreamWriter writer) throws XMLStreamException {
        new XmlEventWriter(writer, pretty).writeDocument(event);
        writer.flush();
        writer.close();
    }

    // ---------------------------------------------------------------- settings

    /** Settings of an {@link EventXml}; every default is the safe one. */
    public static final class Builder {
        private boolean allowUnknown;
        private boolean pretty = true;
        private int maxDepth = 64;
        private int maxAttributes = 64;
        private int maxAttributeLength = 65_536;
        private int maxTextLength = 1_000_000;
        private long maxDocumentLength = 50_000_000L;

        private Builder() {
        }


        /**
         * Skip elements and attributes this version does not know, for documents from a newer version.
         *
         * @param allow true to skip unknown elements and attributes; false (the default) to refuse them
         * @return this builder
         */
        public Builder allowUnknown(boolean allow) {
            this.allowUnknown = allow;
            return this;
        }

        /**
         * Indented output (the default), or none.
         *
         * @param pretty true for indented XML with a final newline, false for none
         * @return this builder
         */
        public Builder pretty(boolean pretty) {
            this.pretty = pretty;
            return this;
        }

        /**
         * The deepest element nesting accepted; default 64 (an event needs 6).
         *
         * @param depth the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxNestingDepth(int depth) {
            this.maxDepth = positive(depth, "maxNestingDepth");
            return this;
        }

        /**
         * The most attributes on one element; default 64.
         *
         * @param count the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxAttributes(int count) {
            this.maxAttributes = positive(count, "maxAttributes");
            return this;
        }

        /**
         * The longest attribute value, in characters; default 65,536.
         *
         * @param length the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxAttributeLength(int length) {
            this.maxAttributeLength = positive(length, "maxAttributeLength");
            return this;
        }

        /**
         * The longest text node, in characters; default 1,000,000.
         *
         * @param length the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxTextLength(int length) {
            this.maxTextLength = positive(length, "maxTextLength");
            return this;
        }

        /**
         * The longest document, in characters; default 50,000,000.
         *
         * @param length the limit, positive
         * @return this builder
         * @throws IllegalArgumentException if the limit is not positive
         */
        public Builder maxDocumentLength(long length) {
            if (length <= 0) {
                throw new IllegalArgumentException("maxDocumentLength must be positive, was " + length);
            }
            this.maxDocumentLength = length;
            return this;
        }

        private static int positive(int value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        /**
         * The reader and writer with these settings.
         *
         * @return a new, immutable {@link EventXml}
         */
        public EventXml build() {
            return new EventXml(this);
        }
    }
}
