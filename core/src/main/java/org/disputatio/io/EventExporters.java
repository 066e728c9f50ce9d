package org.disputatio.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The export formats installed beside core: every {@link EventExporterProvider} on the class
 * path or module path, found once. An export module plugs in by registering its provider.
 */
public final class EventExporters {

    private EventExporters() {
    }

    /** Loaded on first use: the lookup costs a scan of the service registrations. */
    private static final class Installed {
        static final List<EventExporter> ALL = load();

        private static List<EventExporter> load() {
            List<EventExporter> exporters = new ArrayList<>();
            for (EventExporterProvider provider : ServiceLoader.load(EventExporterProvider.class,
                    EventExporters.class.getClassLoader())) {
                exporters.add(provider.exporter());
            }
            exporters.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
            return List.copyOf(exporters);
        }
    }

    /**
     * Every installed exporter, by name.
     *
     * @return the exporters; empty if no export module is present
     */
    public static List<EventExporter> installed() {
        return Installed.ALL;
    }

    /**
     * The installed exporter whose file name ending this file's name has; of several, the one
     * with the longest ending ({@code talks.frab.json} is frab's, not plain JSON's).
     *
     * @param file a file name or path
     * @return the exporter, or empty if none claims the name's ending
     */
    public static Optional<EventExporter> forFile(Path file) {
        return forFile(file, installed());
    }

    /** {@link #forFile(Path)} among these exporters. */
    static Optional<EventExporter> forFile(Path file, List<EventExporter> exporters) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString().toLowerCase(Locale.ROOT);
        EventExporter best = null;
        int bestLength = 0;
        for (EventExporter exporter : exporters) {
            for (String extension : exporter.fileExtensions()) {
                if (extension.length() > bestLength && text.endsWith("." + extension)
                        && text.length() > extension.length() + 1) {
                    best = exporter;
                    bestLength = extension.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
