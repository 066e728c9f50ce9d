package org.disputatio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.disputatio.model.Event;

/**
 * A format events are exported to but not read back from: a calendar (iCalendar), a search
 * engine's markup (schema.org JSON-LD), a conference app's schedule (frab). Such a format holds
 * less than the event, so every export returns an {@link ExportReport} that says what it could
 * not carry; nothing is dropped silently.
 *
 * <p>Installed exporters are found through {@link EventExporters}; each export module registers
 * an {@link EventExporterProvider}. Implementations are immutable and thread-safe.
 */
public interface EventExporter {

    /**
     * The format's name, as users know it.
     *
     * @return the name, such as {@code iCalendar}
     */
    String name();

    /**
     * The file name endings of this format, in lower case without the leading dot, the usual one
     * first. An ending may hold dots ({@code frab.xml}): {@link EventExporters#forFile} matches
     * the longest.
     *
     * @return the endings, such as {@code [ics]}; never empty
     */
    List<String> fileExtensions();

    /**
     * Writes the event in this format; the stream is flushed, not closed.
     *
     * @param event the event to export
     * @param out where the document goes
     * @param settings what to export, such as the language of a format that holds one
     * @return what the format could not carry
     * @throws EventWriteException if the event holds a value the format cannot write; the
     *     exception names its property path
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    ExportReport export(Event event, OutputStream out, ExportSettings settings);

    /**
     * Writes the event in this format with the default settings; the stream is flushed, not closed.
     *
     * @param event the event to export
     * @param out where the document goes
     * @return what the format could not carry
     * @throws EventWriteException if the event holds a value the format cannot write
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if an argument is null
     */
    default ExportReport export(Event event, OutputStream out) {
        return export(event, out, ExportSettings.defaults());
    }

    /**
     * Writes a file, replacing it. The document is made in memory first, so that an export that
     * fails (a value the format cannot write) leaves no file, or the old one, behind.
     *
     * @param event the event to export
     * @param file the file to create or replace
     * @param settings what to export
     * @return what the format could not carry
     * @throws EventWriteException if the event holds a value the format cannot write
     * @throws UncheckedIOException if the file cannot be written; the message names it
     * @throws NullPointerException if an argument is null
     */
    default ExportReport export(Event event, Path file, ExportSettings settings) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(file, "file");
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        ExportReport report = export(event, document, settings);
        try {
            Files.write(file, document.toByteArray());
            return report;
        } catch (IOException e) {
            // a file that cannot be created for want of its directory is not "no such file"
            String reason = e instanceof NoSuchFileException ? "no such directory" : EventReadException.describe(e);
            throw new UncheckedIOException("cannot write " + file + ": " + reason, e);
        }
    }
}
