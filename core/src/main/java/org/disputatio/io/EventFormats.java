package org.disputatio.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The formats installed beside core: every {@link EventFormatProvider} on the class path or
 * module path, found once. A new format module plugs in by registering its provider; nothing
 * else changes.
 */
public final class EventFormats {

    private EventFormats() {
    }

    /** Loaded on first use: the lookup costs a scan of the service registrations. */
    private static final class Installed {
        static final List<EventFormat> ALL = load();

        private static List<EventFormat> load() {
            List<EventFormat> formats = new ArrayList<>();
            for (EventFormatProvider provider : ServiceLoader.load(EventFormatProvider.class,
                    EventFormats.class.getClassLoader())) {
                formats.add(provider.format());
            }
            formats.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            return List.copyOf(formats);
        }
    }

    /**
     * Every installed format, by name.
     *
     * @return the formats with their default settings; empty if no format module is present
     */
    public static List<EventFormat> installed() {
        return Installed.ALL;
    }

    /**
     * The installed format that claims this file's extension.
     *
     * @param file a file name or path
     * @return the format, or empty if none claims the extension (or the name has none)
     */
    public static Optional<EventFormat> forFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = text.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (EventFormat format : installed()) {
            if (format.fileExtensions().contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
