package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's training run: every command it runs gives the exit code it expects, so the
 * class-data archive is written from a run that went through each command, not from error paths.
 */
class TrainingTest {

    @Test
    void everyCommandRunsAsExpectedOnTheBuiltInSamples(@TempDir Path directory) throws IOException {
        List<String> surprises = Training.run(EventSource.builtIn(), directory);

        assertEquals(List.of(), surprises);
        try (Stream<Path> files = Files.list(directory)) {
            // export-samples wrote JSON and XML, and convert wrote one of each more.
            assertEquals(2 * EventSource.builtIn().sampleNames().size() + 2, files.count());
        }
    }

    @Test
    void aCommandThatFailsIsReported(@TempDir Path directory) {
        Map<String, Supplier<Event>> samples = new LinkedHashMap<>();
        samples.put("broken", () -> {
            throw new IllegalStateException("cannot build");
        });

        List<String> surprises = Training.run(EventSource.of(samples), directory);

        assertTrue(surprises.contains("show --sample broken --lang en: exit code 2, expected 0"), surprises.toString());
    }

    @Test
    void leavesNoTemporaryDirectoryBehind() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countTrainingDirectories(temp);

        assertEquals(List.of(), Training.run());
        assertEquals(before, countTrainingDirectories(temp));
    }

    private static long countTrainingDirectories(Path temp) throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.filter(path -> path.getFileName().toString().startsWith("disputatio-training")).count();
        }
    }
}
