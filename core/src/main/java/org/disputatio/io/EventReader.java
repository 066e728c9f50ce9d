package org.disputatio.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.disputatio.model.Event;
import org.disputatio.validation.EventValidator;

/**
 * Reads one event from a document of one format. A format implements the two stream methods; the
 * other inputs are written once, here, and a format overrides one only to read it faster.
 *
 * <p>Every failure is an {@link EventReadException} with the line, column and property path of
 * the problem; what is read is not yet validated. Implementations are immutable and thread-safe.
 */
public interface EventReader {

    /**
     * Reads bytes, in the encoding the format reads (UTF-8 unless the document says otherwise);
     * the stream is not closed.
     *
     * @param document a stream holding one document with one event
     * @return the event, not yet validated
     * @throws EventReadException if the input cannot be read, is malformed, breaks a limit of
     *     {@link ReadSettings} or is not an event
     * @throws NullPointerException if the stream is null
     */
    Event read(InputStream document);

    /**
     * Reads characters; the reader is not closed.
     *
     * @param document a reader of one document with one event
     * @return the event, not yet validated
     * @throws EventReadException as {@link #read(InputStream)}
     * @throws NullPointerException if the reader is null
     */
    Event read(Reader document);

    /**
     * Reads a document held in a string.
     *
     * @param document one document holding one event
     * @return the event, not yet validated
     * @throws EventReadException as {@link #read(InputStream)}
     * @throws NullPointerException if the string is null
     */
    default Event read(String document) {
        return read(new StringReader(Objects.requireNonNull(document, "document")));
    }

    /**
     * Reads a document held in bytes.
     *
     * @param document one document holding one event, encoded as for {@link #read(InputStream)}
     * @return the event, not yet validated
     * @throws EventReadException as {@link #read(InputStream)}
     * @throws NullPointerException if the array is null
     */
    default Event read(byte[] document) {
        return read(new ByteArrayInputStream(Objects.requireNonNull(document, "document")));
    }

    /**
     * Reads a file; every error names it.
     *
     * @param file a file holding one document with one event
     * @return the event, not yet validated
     * @throws EventReadException if the file cannot be opened or read (missing, a directory, not
     *     readable), or as {@link #read(InputStream)}; its source is the file's name
     * @throws NullPointerException if the path is null
     */
    default Event read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (EventReadException e) {
            throw e.withSource(file.toString());
        } catch (IOException e) {
            throw EventReadException.unreadableFile(file, e);
        }
    }

    /**
     * Reads a file and validates what it read, in English.
     *
     * @param file a file holding one document with one event
     * @return the event with its validation report, which may hold errors
     * @throws EventReadException if the file cannot be read as an event, as {@link #read(Path)}
     */
    default ValidatedEvent readAndValidate(Path file) {
        Event event = read(file);
        return new ValidatedEvent(event, EventValidator.english().validate(event));
    }

    /**
     * Reads a document and validates what it read, in English.
     *
     * @param document one document holding one event
     * @return the event with its validation report, which may hold errors
     * @throws EventReadException if the document cannot be read as an event, as {@link #read(String)}
     */
    default ValidatedEvent readAndValidate(String document) {
        Event event = read(document);
        return new ValidatedEvent(event, EventValidator.english().validate(event));
    }
}
