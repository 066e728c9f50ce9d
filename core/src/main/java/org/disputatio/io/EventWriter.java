package org.disputatio.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.disputatio.model.Event;

/**
 * Writes one event as a document of one format. A format implements the two stream methods; the
 * other outputs are written once, here, and a format overrides one only to write it faster.
 *
 * <p>A writer refuses, with an {@link IllegalArgumentException} that names what, an event that
 * lacks a value its format requires (validation reports such an event; a document without the
 * value would not read back). Implementations are immutable and thread-safe.
 */
public interface EventWriter {

    /**
     * Writes the document as bytes; the stream is flushed, not closed.
     *
     * @param event the event to write
     * @param out where the document goes
     * @throws IllegalArgumentException if a value the format requires is missing
     * @throws UncheckedIOException if the stream fails
     * @throws NullPointerException if the event or the stream is null
     */
    void write(Event event, OutputStream out);

    /**
     * Writes the document as characters; the writer is flushed, not closed.
     *
     * @param event the event to write
     * @param out where the document goes
     * @throws IllegalArgumentException if a value the format requires is missing
     * @throws UncheckedIOException if the writer fails
     * @throws NullPointerException if the event or the writer is null
     */
    void write(Event event, Writer out);

    /**
     * The event as a document in a string.
     *
     * @param event the event to write
     * @return the document
     * @throws IllegalArgumentException if a value the format requires is missing
     * @throws NullPointerException if the event is null
     */
    default String write(Event event) {
        StringWriter out = new StringWriter();
        write(event, out);
        return out.toString();
    }

    /**
     * The event as a document in bytes.
     *
     * @param event the event to write
     * @return the document's bytes
     * @throws IllegalArgumentException if a value the format requires is missing
     * @throws NullPointerException if the event is null
     */
    default byte[] writeBytes(Event event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(event, out);
        return out.toByteArray();
    }

    /**
     * Writes a file, replacing it.
     *
     * @param event the event to write
     * @param file the file to create or replace
     * @throws UncheckedIOException if the file cannot be written; the message names it
     * @throws IllegalArgumentException if a value the format requires is missing
     * @throws NullPointerException if the event or the path is null
     */
    default void write(Event event, Path file) {
        Objects.requireNonNull(event, "event");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(event, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + EventReadException.describe(e), e);
        }
    }
}
