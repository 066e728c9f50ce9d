package org.disputatio.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.disputatio.examples.Samples;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module README's sample is this compiled code, quoted verbatim. */
class ReadmeSampleTest {

    @TempDir
    Path dir;

    private Event sample() {
        // README:start
        EventXml xml = EventXml.defaults();                // strict, with default limits; thread-safe
        Event event = xml.read(dir.resolve("unesco-2017.xml"));
        String text = xml.write(event);                     // pretty; xml.compact() writes one line
        xml.write(event, dir.resolve("copy.xml"));
        EventJson.defaults().write(event, dir.resolve("unesco-2017.json")); // the same event as JSON
        // README:end
        assertEquals(event, xml.read(text));
        return event;
    }

    @Test
    void theSampleRuns() {
        Event unesco = Samples.get("unesco-2017").orElseThrow();
        EventXml.defaults().write(unesco, dir.resolve("unesco-2017.xml"));
        assertEquals(unesco, sample());
        assertEquals(unesco, EventXml.defaults().read(dir.resolve("copy.xml")));
        assertEquals(unesco, EventJson.defaults().read(dir.resolve("unesco-2017.json")));
    }

    @Test
    void theReadmeQuotesTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/io/xml/ReadmeSampleTest.java"),
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
