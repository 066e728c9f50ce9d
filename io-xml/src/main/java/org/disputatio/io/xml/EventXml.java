package org.disputatio.io.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.disputatio.io.AbstractEventFormat;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.io.internal.Utf8;
import org.disputatio.io.xml.internal.Utf8Input;
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
 * attribute length, text length and document size are limited ({@link ReadSettings}). Every read
 * failure is an {@link EventReadException} with line, column and an XPath-like path. Instances
 * are immutable and thread-safe; build one and reuse it.
 */
public final class EventXml extends AbstractEventFormat<EventXml> {

    private static final EventXml DEFAULTS = new EventXml(ReadSettings.defaults());

    private final XMLInputFactory inputFactory;
    private final XMLOutputFactory outputFactory;

    private EventXml(ReadSettings settings) {
        super("XML", List.of("xml"), settings, true);
        this.inputFactory = hardenedInputFactory(settings);
        this.outputFactory = new WstxOutputFactory();
        this.outputFactory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        this.outputFactory.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    }

    /**
     * A Woodstox factory that never resolves anything: no DTD support, no external entities,
     * a resolver that refuses every request, and the limits of the settings.
     */
    private static XMLInputFactory hardenedInputFactory(ReadSettings settings) {
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
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, settings.maxNestingDepth());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, settings.maxProperties());
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, settings.maxStringLength());
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, settings.maxStringLength());
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, settings.maxDocumentLength());
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        return factory;
    }

    /** The same settings and parser factories, writing pretty or not: cheap, nothing is rebuilt. */
    private EventXml(EventXml base, boolean pretty) {
        super(base.name(), base.fileExtensions(), base.settings(), pretty);
        this.inputFactory = base.inputFactory;
        this.outputFactory = base.outputFactory;
    }

    /**
     * Strict reading with the default limits; indented writing.
     *
     * @return the shared instance reading with {@link ReadSettings#defaults()}
     */
    public static EventXml defaults() {
        return DEFAULTS;
    }

    /**
     * Reading with these settings; indented writing.
     *
     * @param settings how strictly to read and the limits
     * @return an instance with those settings
     * @throws NullPointerException if the settings are null
     */
    public static EventXml with(ReadSettings settings) {
        return DEFAULTS.withSettings(settings);
    }

    @Override
    protected EventXml withReadSettings(ReadSettings settings) {
        EventXml reading = settings.equals(DEFAULTS.settings()) ? DEFAULTS : new EventXml(settings);
        return isPretty() ? reading : reading.compact();
    }

    @Override
    protected EventXml withPrettyPrinting(boolean pretty) {
        return new EventXml(this, pretty);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads bytes, in the encoding the document declares (UTF-8 by default); the stream is not closed.
     *
     * @param xml a stream holding one XML document whose root element is an event
     * @return the event, not yet validated
     * @throws EventReadException if the input cannot be read, is malformed, has a DTD, breaks a
     *     limit or is not an event
     * @throws NullPointerException if the stream is null
     */
    @Override
    public Event read(InputStream xml) {
        Objects.requireNonNull(xml, "xml");
        return parse(() -> inputFactory.createXMLStreamReader(new Utf8Input(xml)));
    }

    /**
     * Reads a document's bytes, in the encoding it declares (UTF-8 by default).
     *
     * @param xml one XML document whose root element is an event
     * @return the event, not yet validated
     * @throws EventReadException if the input is malformed, has a DTD, breaks a limit or is not an
     *     event
     * @throws NullPointerException if the array is null
     */
    @Override
    public Event read(byte[] xml) {
        Objects.requireNonNull(xml, "xml");
        if (Utf8.isWellFormed(xml, 0, xml.length)) {
            // nothing for Utf8Input to find: skimmed here a word at a time instead of checked byte by byte
            return parse(() -> inputFactory.createXMLStreamReader(new ByteArrayInputStream(xml)));
        }
        return read(new ByteArrayInputStream(xml)); // another encoding, or ill-formed UTF-8 to be located
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
    @Override
    public Event read(Reader xml) {
        Objects.requireNonNull(xml, "xml");
        return parse(() -> inputFactory.createXMLStreamReader(xml));
    }

    @FunctionalInterface
    private interface ReaderSource {
        XMLStreamReader open() throws XMLStreamException;
    }

    private Event parse(ReaderSource source) {
        XMLStreamReader reader = null;
        XmlEventReader events = null;
        try {
            reader = source.open();
            events = new XmlEventReader(reader, settings().unknownPropertiesAllowed(), settings().maxStringLength(),
                    settings().maxNameLength(), settings().maxNumberLength());
            return events.readDocument();
        } catch (XMLStreamException | WstxLazyException | XmlEventReader.UncheckedXml e) {
            throw located(e, reader, events);
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

    private static EventReadException located(Exception failure, XMLStreamReader reader, XmlEventReader events) {
        XMLStreamException e = failure instanceof XMLStreamException ? (XMLStreamException) failure
                : failure instanceof XmlEventReader.UncheckedXml ? ((XmlEventReader.UncheckedXml) failure).getCause()
                : failure.getCause() instanceof XMLStreamException ? (XMLStreamException) failure.getCause()
                : new XMLStreamException(failure.getMessage());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Utf8Input.Malformed malformed) {
                // decoded ahead: the path of the token being read is not where the bytes are
                return EventReadException.at("malformed XML: " + malformed.getMessage(), malformed.line(),
                        malformed.column(), "", failure);
            }
        }
        Location location = e.getLocation();
        if (location == null && reader != null && !(e instanceof com.ctc.wstx.exc.WstxIOException)) {
            // Woodstox's limit errors carry no location: the reader's is the token that broke it. (Not for
            // I/O and decoding errors: the input is decoded ahead, and the token is not where the bytes are.)
            location = reader.getLocation();
        }
        long line = location == null ? 0 : Math.max(0, location.getLineNumber());
        long column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        String path = events == null ? "" : events.currentPath();
        return EventReadException.at(reason(e), line, column, path, failure);
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
     * Writes UTF-8 XML; the stream is flushed, not closed.
     *
     * @param event the event to write
     * @param out where the document goes
     * @throws IllegalArgumentException if the event cannot be written, as for {@link #write(Event)}
     * @throws UncheckedIOException if the XML writer fails
     * @throws NullPointerException if the event is null
     */
    @Override
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
    @Override
    public void write(Event event, Writer out) {
        Objects.requireNonNull(event, "event");
        try {
            XMLStreamWriter writer = outputFactory.createXMLStreamWriter(out);
            writeDocument(event, writer);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("cannot write XML: " + e.getMessage(), e));
        }
    }

    private void writeDocument(Event event, XMLStreamWriter writer) throws XMLStreamException {
        new XmlEventWriter(writer, isPretty()).writeDocument(event);
        writer.flush();
        writer.close();
    }
}
