package org.disputatio.io.frab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporters;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module README's sample is this compiled code, quoted verbatim. */
class ReadmeSampleTest {

    @TempDir
    Path dir;

    private ExportReport sample(Path file) {
        // README:start
        Event event = Samples.get("unesco-2017").orElseThrow();
        EventExporter frab = EventExporters.forFile(file).orElseThrow(); // talks.frab.xml: FrabXmlExporter
        ExportReport report = frab.export(event, file, ExportSettings.defaults().withLanguage("en"));
        System.err.println(report.toText()); // frab XML: 4 untimed items omitted; ...
        // README:end
        return report;
    }

    @Test
    void theSampleRuns() throws IOException {
        Path file = dir.resolve("talks.frab.xml");
        ExportReport report = sample(file);
        assertEquals("frab XML", report.format());
        assertTrue(report.toText().startsWith("frab XML: 4 untimed items omitted; "), report.toText());
        assertTrue(Files.readString(file).contains("<title>Opening</title>"));
    }

    @Test
    void theReadmeQuotesTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/io/frab/ReadmeSampleTest.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
                source.indexOf("        // README:end"));
        String dedented = snippet.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + dedented + "```"),
                () -> "README.md must quote the sample verbatim:\n" + dedented);
    }

    @Test
    void theReadmeQuotesTheLossReportsOfTheSamples() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String name : Samples.names()) {
            String xml = Frab.xml(Frab.sample(name)).report().toText();
            assertTrue(readme.contains(xml), () -> "README.md must quote " + name + "'s report:\n" + xml);
        }
    }
}
