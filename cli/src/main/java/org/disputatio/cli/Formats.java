package org.disputatio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.disputatio.io.EventFormat;
import org.disputatio.io.EventFormats;

/**
 * The file formats the command reads and writes: every format installed beside it
 * ({@link EventFormats}), chosen by the file's extension. A new format module on the class path
 * or module path is a new format here, with no change to the command.
 */
final class Formats {

    private Formats() {
    }

    /**
     * The installed formats, in the order {@code export-samples} writes them.
     *
     * @return the formats
     */
    static List<EventFormat> all() {
        return EventFormats.installed();
    }

    /**
     * The format of this file, by its extension.
     *
     * @param file the file
     * @return its format
     * @throws InputException if no installed format claims the extension; the message lists those that do
     */
    static EventFormat of(Path file) {
        return EventFormats.forFile(file).orElseThrow(() -> new InputException("cannot tell the format of " + file
                + " from its name: use one of " + all().stream().map(format -> "." + format.fileExtensions().get(0))
                .collect(Collectors.joining(", "))));
    }

    /**
     * The usual extension of a format, with its dot.
     *
     * @param format the format
     * @return such as {@code .json}
     */
    static String extension(EventFormat format) {
        return "." + format.fileExtensions().get(0);
    }
}
