package org.disputatio.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.disputatio.io.AbstractEventFormat;
import org.disputatio.io.EventReadException;
import org.disputatio.io.ReadSettings;
import org.disputatio.io.json.internal.JsonEventReader;
import org.disputatio.io.json.internal.JsonEventWriter;
import org.disputatio.io.json.internal.JsonLines;
import org.disputatio.io.json.internal.JsonLocations;
import org.disputatio.io.json.internal.Utf8Validation;
import org.disputatio.model.Event;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes events in Disputatio's JSON format (see the module README), and corpora of
 * them as JSON Lines.
 *
 * <pre>{@code
 * EventJson json = EventJson.defaults();
 * Event event = json.read(Path.of("unesco-2017.json"));
 * String pretty = json.write(event);
 * }</pre>
 *
 * <p>Strict and safe by default: unknown and duplicate properties are rejected, types are exact,
 * and nesting depth, string, number and document lengths are limited ({@link ReadSettings}). Every
 * read failure is an {@link EventReadException} with line, column and path. Instances are
 * immutable and thread-safe; build one and reuse it.
 */
public final class EventJson extends AbstractEventFormat<EventJson> {

    private static final EventJson DEFAULTS = new EventJson(ReadSettings.defaults());

    private final JsonFactory factory;

    private EventJson(ReadSettings settings) {
        super("JSON", List.of("json"), settings, true);
        this.factory = JsonFactory.builder()
                // duplicate properties are refused by JsonEventReader, more cheaply
                // the caller owns the streams it passes: read(InputStream) and write(..., Writer) leave them open
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(settings.maxNestingDepth())
                        .maxStringLength(settings.maxStringLength())
                        .maxNumberLength(settings.maxNumberLength())
                        .maxDocumentLength(settings.maxDocumentLength())
                        .maxNameLength(settings.maxNameLength())
                        .build())
                .build();
    }

    /** The same settings and parser factory, writing pretty or not: cheap, nothing is rebuilt. */
    private EventJson(EventJson base, boolean pretty) {
        super(base.name(), base.fileExtensions(), base.settings(), pretty);
        this.factory = base.factory;
    }

    /**
     * Strict reading with the default limits; pretty writing (indented, with a final newline).
     *
     * @return the shared instance reading with {@link ReadSettings#defaults()}
     */
    public static EventJson defaults() {
        return DEFAULTS;
    }

    /**
     * Reading with these settings; pretty writing.
     *
     * @param settings how strictly to read and the limits
     * @return an instance with those settings
     * @throws NullPointerException if the settings are null
     */
    public static EventJson with(ReadSettings settings) {
        return DEFAULTS.withSettings(settings);
    }

    @Override
    protected EventJson withReadSettings(ReadSettings settings) {
        EventJson reading = settings.equals(DEFAULTS.settings()) ? DEFAULTS : new EventJson(settings);
        return isPretty() ? reading : reading.compact();
    }

    @Override
    protected EventJson withPrettyPrinting(boolean pretty) {
        return new EventJson(this, pretty);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a document held in a string.
     *
     * @param json one JSON document holding one event; nothing may follow it
     * @return the event, not yet validated
     * @throws EventReadException if the document is malformed, breaks a limit or is not an event
     * @throws NullPointerException if the string is null
     */
    @Override
    public Event read(String json) {
        Objects.requireNonNull(json, "json");
        return parse(() -> factory.createParser(ObjectReadContext.empty(), json), null);
    }

    /**
     * Reads a document held in bytes.
     *
     * @param json one JSON document holding one event, in UTF-8 (or UTF-16/32, detected)
     * @return the event, not yet validated
     * @throws EventReadException if the bytes are not well-formed UTF-8, or the document is
     *     malformed, breaks a limit or is not an event
     * @throws NullPointerException if the array is null
     */
    @Override
    public Event read(byte[] json) {
        Objects.requireNonNull(json, "json");
        Utf8Validation.check(json);
        return parse(() -> factory.createParser(ObjectReadContext.empty(), json), null);
    }

    /** How JSON Lines reads a line: as text, or as bytes already checked to be well-formed UTF-8. */
    private final JsonLines.LineParser lineParser = new JsonLines.LineParser() {
        @Override
        public Event parse(String line) {
            return read(line);
        }

        @Override
        public Event parse(byte[] utf8, int offset, int length) {
            return EventJson.this.parse(() -> factory.createParser(ObjectReadContext.empty(), utf8, offset, length), null);
        }
    };

    /**
     * Reads UTF-8 (or UTF-16/32, detected) bytes; the stream is not closed.
     *
     * @param json a stream holding one JSON document with one event
     * @return the event, not yet validated
     * @throws EventReadException if the input cannot be read, is malformed, breaks a limit or is
     *     not an event
     * @throws NullPointerException if the stream is null
     */
    @Override
    public Event read(InputStream json) {
        Objects.requireNonNull(json, "json");
        return parse(() -> factory.createParser(ObjectReadContext.empty(), Utf8Validation.validating(json)), null);
    }

    /**
     * Reads characters; the reader is not closed.
     *
     * @param json a reader of one JSON document with one event
     * @return the event, not yet validated
     * @throws EventReadException if the input cannot be read, is malformed, breaks a limit or is
     *     not an event
     * @throws NullPointerException if the reader is null
     */
    @Override
    public Event read(Reader json) {
        Objects.requireNonNull(json, "json");
        return parse(() -> factory.createParser(ObjectReadContext.empty(), json), null);
    }

    @FunctionalInterface
    private interface ParserSource {
        JsonParser open();
    }

    private Event parse(ParserSource source, String sourceName) {
        JsonParser parser = null;
        try {
            parser = source.open();
            Event event = new JsonEventReader(parser, settings().unknownPropertiesAllowed(), settings().maxProperties(), true).readEvent();
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw JsonLocations.error(parser, "unexpected content after the event", null);
            }
            return event;
        } catch (EventReadException e) {
            throw sourceName == null ? e : e.withSource(sourceName);
        } catch (JacksonException e) {
            EventReadException error = JsonLocations.fromJackson(e, parser);
            throw sourceName == null ? error : error.withSource(sourceName);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (JacksonException ignored) {
                    // closing after a failure: the failure is what matters
                }
            }
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * The event as UTF-8 JSON.
     *
     * @param event the event to write
     * @return the document's bytes, pretty or compact as this instance writes
     * @throws IllegalArgumentException if a value the format requires is missing, as for
     *     {@link #write(Event)}
     * @throws NullPointerException if the event is null
     */
    @Override
    public byte[] writeBytes(Event event) {
        // Jackson's segmented builder on pooled buffers: no growing array copied at each doubling
        BufferRecycler recycler = factory._getBufferRecycler();
        try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
            write(event, out);
            return out.getClearAndRelease();
        } finally {
            recycler.releaseToPool();
        }
    }

    /**
     * Writes UTF-8 JSON; the stream is flushed, not closed.
     *
     * @param event the event to write
     * @param out where the document goes
     * @throws IllegalArgumentException if a value the format requires is missing, as for
     *     {@link #write(Event)}
     * @throws NullPointerException if the event is null
     */
    @Override
    public void write(Event event, OutputStream out) {
        Objects.requireNonNull(event, "event");
        try (JsonGenerator generator = factory.createGenerator(writeContext(), out, JsonEncoding.UTF8)) {
            writeDocument(event, generator);
        }
    }

    /**
     * Writes JSON; the writer is flushed, not closed.
     *
     * @param event the event to write
     * @param out where the document goes
     * @throws IllegalArgumentException if a value the format requires is missing, as for
     *     {@link #write(Event)}
     * @throws NullPointerException if the event is null
     */
    @Override
    public void write(Event event, Writer out) {
        Objects.requireNonNull(event, "event");
        try (JsonGenerator generator = factory.createGenerator(writeContext(), out)) {
            writeDocument(event, generator);
        }
    }

    private void writeDocument(Event event, JsonGenerator generator) {
        new JsonEventWriter(generator).write(event);
        if (isPretty()) {
            generator.writeRaw('\n');
        }
    }

    private ObjectWriteContext writeContext() {
        return isPretty() ? PrettyContext.INSTANCE : ObjectWriteContext.empty();
    }

    /** Two-space indentation, {@code "name": value}, arrays one element a line. */
    private static final class PrettyContext extends ObjectWriteContext.Base {
        static final PrettyContext INSTANCE = new PrettyContext();
        private static final DefaultPrettyPrinter TEMPLATE = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return TEMPLATE.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    // ---------------------------------------------------------------- JSON Lines

    /**
     * The events of a JSON Lines input, one per line, read lazily: memory stays constant however
     * long the input. Blank lines are skipped. The first malformed line ends the stream with an
     * {@link EventReadException} that names its line. Close the stream to close the reader.
     *
     * @param lines a reader of JSON Lines, one event per line
     * @return a lazy, sequential stream of the events in line order
     */
    public Stream<Event> readLines(Reader lines) {
        return JsonLines.read(lines, lineParser, null, settings().maxDocumentLength(), null);
    }

    /**
     * Like {@link #readLines(Reader)}, but a malformed line goes to {@code onError} (with its
     * line number) and reading continues with the next line.
     *
     * @param lines a reader of JSON Lines, one event per line
     * @param onError called with the failure of each malformed line, in line order
     * @return a lazy, sequential stream of the events of the well-formed lines
     * @throws NullPointerException if {@code onError} is null
     */
    public Stream<Event> readLines(Reader lines, Consumer<EventReadException> onError) {
        return JsonLines.read(lines, lineParser, Objects.requireNonNull(onError, "onError"), settings().maxDocumentLength(),
                null);
    }

    /**
     * The events of a UTF-8 JSON Lines file, lazily; errors name the file. Close the stream.
     *
     * @param file a JSON Lines file, one event per line
     * @return a lazy, sequential stream of the events in line order; closing it closes the file
     * @throws EventReadException if the file cannot be opened
     */
    public Stream<Event> readLines(Path file) {
        return JsonLines.read(openLines(file), lineParser, null, settings().maxDocumentLength(), file.toString());
    }

    /**
     * As {@link #readLines(Path)}, passing malformed lines to {@code onError} and going on.
     *
     * @param file a JSON Lines file, one event per line
     * @param onError called with the failure of each malformed line, in line order
     * @return a lazy, sequential stream of the events of the well-formed lines; closing it closes
     *     the file
     * @throws EventReadException if the file cannot be opened
     * @throws NullPointerException if {@code onError} is null
     */
    public Stream<Event> readLines(Path file, Consumer<EventReadException> onError) {
        return JsonLines.read(openLines(file), lineParser, Objects.requireNonNull(onError, "onError"),
                settings().maxDocumentLength(), file.toString());
    }

    private static InputStream openLines(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw EventReadException.unreadableFile(file, e);
        }
    }

    /**
     * Writes each event compactly on its own line; the writer is flushed, not closed.
     *
     * @param events the events, written in encounter order; the stream is consumed, not closed
     * @param out where the lines go
     * @throws IllegalArgumentException if an event lacks a value the format requires, as for
     *     {@link #write(Event)}
     */
    public void writeLines(Stream<Event> events, Writer out) {
        EventJson compact = compact();
        try {
            events.forEachOrdered(event -> {
                compact.write(event, out);
                try {
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
