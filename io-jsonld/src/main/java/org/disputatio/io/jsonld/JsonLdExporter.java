package org.disputatio.io.jsonld;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.disputatio.io.EventExporter;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.io.jsonld.internal.SchemaOrgGraph;
import org.disputatio.model.Event;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports an event as schema.org JSON-LD, what search engines read in a web page: one
 * {@code Event} with the programme's items as nested {@code subEvent}s, participants as
 * {@code performer}s, organisations as {@code organizer}, {@code sponsor} or {@code contributor},
 * the venue as a {@code Place} with a {@code PostalAddress}, every text in all its languages as
 * language-tagged values. The document names the context {@code https://schema.org}; this module
 * ships a local copy of it ({@link SchemaOrgContext}). What schema.org cannot carry is in the
 * returned {@link ExportReport}; the module README has the whole mapping.
 *
 * <p>The language of the {@link ExportSettings} drops nothing: it only puts that language's
 * translation first in each text. The output is HTML-safe: {@code <}, {@code >} and {@code &} are
 * written as JSON Unicode escapes, so the text can be put as it is inside a
 * {@code <script type="application/ld+json">} element ({@link #toJsonLd(Event, ExportSettings)}).
 * Immutable and thread-safe.
 */
public final class JsonLdExporter implements EventExporter {

    /** The file name ending, and the format's media type's usual one. */
    public static final String FILE_EXTENSION = "jsonld";

    /** The media type of the output. */
    public static final String MEDIA_TYPE = "application/ld+json";

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .characterEscapes(new HtmlSafeEscapes()).build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Creates the exporter. */
    public JsonLdExporter() {
    }

    /**
     * The format's name.
     *
     * @return {@code schema.org JSON-LD}
     */
    @Override
    public String name() {
        return "schema.org JSON-LD";
    }

    /**
     * The file name ending.
     *
     * @return {@code [jsonld]}
     */
    @Override
    public List<String> fileExtensions() {
        return List.of(FILE_EXTENSION);
    }

    /**
     * Writes the event as UTF-8 JSON-LD; the stream is flushed, not closed.
     *
     * @param event the event
     * @param out where to write
     * @param settings the settings: the language orders translations, it drops none
     * @return what schema.org could not carry
     * @throws EventWriteException if an item names a person, or the event an organisation, that
     *     the event does not have (the path says where)
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public ExportReport export(Event event, OutputStream out, ExportSettings settings) {
        Objects.requireNonNull(out, "out");
        SchemaOrgGraph.Result graph = graph(event, settings);
        try {
            MAPPER.writeValue(out, graph.root());
            out.write('\n');
            out.flush();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportReport(name(), graph.losses());
    }

    /**
     * Writes the event as JSON-LD text to a writer, for a page that embeds it; the writer is
     * flushed, not closed.
     *
     * @param event the event
     * @param out where to write
     * @param settings the settings: the language orders translations, it drops none
     * @return what schema.org could not carry
     * @throws EventWriteException if an item names a person, or the event an organisation, that
     *     the event does not have (the path says where)
     * @throws UncheckedIOException if the writer fails
     */
    public ExportReport export(Event event, Writer out, ExportSettings settings) {
        Objects.requireNonNull(out, "out");
        SchemaOrgGraph.Result graph = graph(event, settings);
        try {
            MAPPER.writeValue(out, graph.root());
            out.write('\n');
            out.flush();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportReport(name(), graph.losses());
    }

    /**
     * The event as JSON-LD text, ready to be put inside a
     * {@code <script type="application/ld+json">} element of an HTML page (the text holds no
     * {@code <}, {@code >} or {@code &}). The loss report is the one
     * {@link #export(Event, Writer, ExportSettings)} returns.
     *
     * @param event the event
     * @param settings the settings: the language orders translations, it drops none
     * @return the JSON-LD document, ending with a line break
     * @throws EventWriteException if an item names a person, or the event an organisation, that
     *     the event does not have (the path says where)
     */
    public String toJsonLd(Event event, ExportSettings settings) {
        StringWriter text = new StringWriter();
        export(event, text, settings);
        return text.toString();
    }

    private static SchemaOrgGraph.Result graph(Event event, ExportSettings settings) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(settings, "settings");
        return SchemaOrgGraph.of(event, settings);
    }

    /** JSON's own escapes, plus {@code <}, {@code >} and {@code &} as Unicode escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public tools.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
