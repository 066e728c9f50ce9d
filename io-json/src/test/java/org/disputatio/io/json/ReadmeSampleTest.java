package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.disputatio.model.Panel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module README's sample is this compiled code, quoted verbatim. */
class ReadmeSampleTest {

    @TempDir
    Path dir;

    private long sample() {
        // README:start
        EventJson json = EventJson.defaults();             // strict, with default limits; thread-safe
        Event event = json.read(dir.resolve("unesco-2017.json"));
        String text = json.write(event);                    // pretty, stable property order
        byte[] compact = json.compact().writeBytes(event);  // one line

        long panels;
        try (Stream<Event> corpus = json.readLines(dir.resolve("corpus.jsonl"))) { // lazy, constant memory
            panels = corpus.flatMap(e -> e.programme().items()).filter(Panel.class::isInstance).count();
        }
        // README:end
        assertEquals(event, json.read(text));
        assertEquals(event, json.read(compact));
        return panels;
    }

    @Test
    void theSampleRuns() throws IOException {
        Event unesco = Samples.get("unesco-2017").orElseThrow();
        EventJson.defaults().write(unesco, dir.resolve("unesco-2017.json"));
        String line = EventJson.defaults().compact().write(unesco) + "\n";
        Files.writeString(dir.resolve("corpus.jsonl"), line + line);
        assertEquals(6, sample());
    }

    @Test
    void theReadmeQuotesTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/io/json/ReadmeSampleTest.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
                source.indexOf("        // README:end"));
        String dedented = snippet.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + dedented + "```"),
                () -> "README.md must quote the sample verbatim:\n" + dedented);
    }
}
