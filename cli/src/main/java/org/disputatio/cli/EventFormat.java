package org.disputatio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.disputatio.io.EventReadException;
import org.disputatio.io.json.EventJson;
import org.disputatio.io.xml.EventXml;
import org.disputatio.model.Event;

/**
 * A file format the command reads and writes, chosen by the file's extension. Adding a format
 * is adding an entry to {@link #ALL}.
 */
interface EventFormat {

    /** The formats, in the order {@code export-samples} writes them. */
    List<EventFormat> ALL = List.of(new Json(), new Xml());

    /** The extension, with its dot: {@code .json}. */
    String extension();

    /**
     * @throws EventReadException if the file cannot be read or is not a valid document
     */
    Event read(Path file);

    void write(Event event, Path file);

    /**
     * The format of this file, by its extension.
     *
     * @throws InputException if no format has that extension
     */
    static EventFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (EventFormat format : ALL) {
            if (name.endsWith(format.extension())) {
                return format;
            }
        }
        StringBuilder known = new StringBuilder();
        for (EventFormat format : ALL) {
            known.append(known.length() == 0 ? "" : ", ").append(format.extension());
        }
        throw new InputException("cannot tell the format of " + file + " from its name: use one of " + known);
    }

    /** Disputatio's JSON format, pretty-printed. */
    final class Json implements EventFormat {
        @Override
        public String extension() {
            return ".json";
        }

        @Override
        public Event read(Path file) {
            return EventJson.defaults().read(file);
        }

        @Override
        public void write(Event event, Path file) {
            EventJson.defaults().write(event, file);
        }
    }

    /** Disputatio's XML format, indented. */
    final class Xml implements EventFormat {
        @Override
        public String extension() {
            return ".xml";
        }

        @Override
        public Event read(Path file) {
            return EventXml.defaults().read(file);
        }

        @Override
        public void write(Event event, Path file) {
            EventXml.defaults().write(event, file);
        }
    }
}
