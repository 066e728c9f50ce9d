package org.disputatio.io;

import java.util.List;

/**
 * A document format of events: its reader and writer, its name and the file extensions it
 * claims. Installed formats are found through {@link EventFormats}; each format module registers
 * an {@link EventFormatProvider}. Implementations are immutable and thread-safe.
 */
public interface EventFormat extends EventReader, EventWriter {

    /**
     * The format's name, as users know it.
     *
     * @return the name, such as {@code JSON}
     */
    String name();

    /**
     * The file extensions of this format, in lower case without the dot, the usual one first.
     *
     * @return the extensions, such as {@code [json]}; never empty
     */
    List<String> fileExtensions();

    /**
     * The settings this format reads with.
     *
     * @return the settings
     */
    ReadSettings settings();

    /**
     * This format, reading with other settings; writing is unchanged.
     *
     * @param settings the settings to read with
     * @return a format with those settings
     */
    EventFormat withSettings(ReadSettings settings);

    /**
     * This format, writing documents compactly (no indentation).
     *
     * @return a format that writes compactly
     */
    EventFormat compact();

    /**
     * This format, writing indented documents for people to read.
     *
     * @return a format that writes indented documents
     */
    EventFormat pretty();
}
