package org.disputatio.io.json.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module README's sample is this compiled code, quoted verbatim. */
class ReadmeSampleTest {

    @TempDir
    Path dir;

    private String sample() throws IOException {
        // README:start
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules(); // finds DisputatioJackson2Module
        Event event = mapper.readValue(dir.resolve("unesco-2017.json").toFile(), Event.class);
        String json = mapper.writeValueAsString(event);                   // Disputatio's JSON format
        // README:end
        assertEquals(event, mapper.readValue(json, Event.class));
        return json;
    }

    @Test
    void theSampleRuns() throws IOException {
        Files.write(dir.resolve("unesco-2017.json"), Golden.bytes("unesco-2017"));
        Event unesco = Samples.get("unesco-2017").orElseThrow();
        assertEquals(unesco, new ObjectMapper().registerModule(new DisputatioJackson2Module()).readValue(sample(),
                Event.class));
    }

    @Test
    void theReadmeQuotesTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/io/json/jackson2/ReadmeSampleTest.java"),
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
