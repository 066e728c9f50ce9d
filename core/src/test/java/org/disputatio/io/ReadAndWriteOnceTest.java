package org.disputatio.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every format inherits: the inputs and outputs written once on top of two stream methods,
 * the settings every format shares, and read errors in the library's words.
 */
class ReadAndWriteOnceTest {

    /** A toy format: the document is the event's id, "!" is a read error on line 1, column 1. */
    private static final class IdFormat implements EventReader, EventWriter {
        @Override
        public Event read(InputStream document) {
            try {
                return event(new String(document.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Event read(Reader document) {
            StringBuilder text = new StringBuilder();
            try {
                for (int c = document.read(); c >= 0; c = document.read()) {
                    text.append((char) c);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return event(text.toString());
        }

        private static Event event(String id) {
            if (id.equals("!")) {
                throw EventReadException.at("not an id", 1, 1, "id");
            }
            return Event.builder(id).build();
        }

        @Override
        public void write(Event event, OutputStream out) {
            try {
                out.write(event.id().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(Event event, Writer out) {
            try {
                out.write(event.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final IdFormat format = new IdFormat();

    @Test
    void everyInputAndOutputComesFromTheTwoStreamMethods(@TempDir Path dir) {
        Event event = Event.builder("é-1").build();
        assertEquals("é-1", format.write(event));
        assertArrayEquals("é-1".getBytes(StandardCharsets.UTF_8), format.writeBytes(event));
        assertEquals("é-1", format.read("é-1").id());
        assertEquals("é-1", format.read("é-1".getBytes(StandardCharsets.UTF_8)).id());
        Path file = dir.resolve("event.id");
        format.write(event, file);
        assertEquals("é-1", format.read(file).id());
        assertEquals("é-1", format.readAndValidate(file).event().id());
        assertTrue(format.readAndValidate("x").report().findings().size() > 0, "an event with no dates is reported");
    }

    @Test
    void aFileNamesItselfInEveryError(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.id"), "!");
        EventReadException error = assertThrows(EventReadException.class, () -> format.read(bad));
        assertEquals(bad + ":1:1: not an id (at id)", error.getMessage());
        assertEquals(bad.toString(), error.source().orElseThrow());

        Path missing = dir.resolve("missing.id");
        EventReadException notThere = assertThrows(EventReadException.class, () -> format.read(missing));
        assertEquals(missing + ": cannot read the file: no such file", notThere.getMessage());
        assertEquals(0, notThere.line());

        UncheckedIOException unwritable = assertThrows(UncheckedIOException.class,
                () -> format.write(Event.builder("e").build(), dir.resolve("no").resolve("such.id")));
        assertEquals("cannot write " + dir.resolve("no").resolve("such.id") + ": no such file", unwritable.getMessage());
    }

    @Test
    void theSettingsOfEveryFormatHaveOneNameEachAndSafeDefaults() {
        ReadSettings defaults = ReadSettings.defaults();
        assertEquals(new ReadSettings(false, 64, 1_000_000, 1_000, 100, 1_000, 50_000_000L), defaults);
        ReadSettings changed = defaults.withUnknownPropertiesAllowed(true).withMaxNestingDepth(8).withMaxStringLength(9)
                .withMaxNameLength(10).withMaxNumberLength(11).withMaxProperties(12).withMaxDocumentLength(13);
        assertEquals(new ReadSettings(true, 8, 9, 10, 11, 12, 13), changed);
        assertEquals(new ReadSettings(false, 64, 1_000_000, 1_000, 100, 1_000, 50_000_000L), defaults, "unchanged");
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> defaults.withMaxProperties(0));
        assertEquals("maxProperties must be positive, was 0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxDocumentLength(-1));
    }
}
