package org.disputatio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;

/**
 * Writes the file that the cold-start measurement validates: a generated agenda of about 1 MB of
 * pretty JSON. Usage: {@code ColdStartFiles DIR}; prints the file's path.
 */
public final class ColdStartFiles {
    private ColdStartFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Files.createDirectories(Path.of(args[0]));
        Event event = Payloads.agenda(1_000, false, 2);
        Path file = directory.resolve("agenda-1mb.json");
        EventJson.defaults().write(event, file);
        System.out.println(file);
    }
}
