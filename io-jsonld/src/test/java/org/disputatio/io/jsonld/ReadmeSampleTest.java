package org.disputatio.io.jsonld;

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

/** The module README's samples are this compiled code, quoted verbatim. */
class ReadmeSampleTest {

    @TempDir
    Path dir;

    private ExportReport sample(Path file) {
        // README:start
        Event event = Samples.get("unesco-2017").orElseThrow();
        EventExporter jsonld = EventExporters.forFile(file).orElseThrow(); // unesco.jsonld: JsonLdExporter
        ExportReport report = jsonld.export(event, file, ExportSettings.defaults().withLanguage("en"));
        System.err.println(report.toText()); // schema.org JSON-LD: 4 untimed items dated by their day only; ...
        // README:end
        return report;
    }

    private String page(Event event) {
        // README:page:start
        String jsonLd = new JsonLdExporter().toJsonLd(event, ExportSettings.defaults());
        String html = "<script type=\"application/ld+json\">\n" + jsonLd + "</script>";
        // README:page:end
        return html;
    }

    @Test
    void theSampleRuns() throws IOException {
        Path file = dir.resolve("unesco.jsonld");
        ExportReport report = sample(file);
        assertEquals("schema.org JSON-LD", report.format());
        assertEquals(LossReportTest.UNESCO, report.toText());
        assertTrue(Files.readString(file).contains("\"@value\" : \"Opening\""));
        String html = page(Samples.get("unesco-2017").orElseThrow());
        assertEquals(1, html.split("</script>", -1).length - 1, "the JSON-LD cannot close the element");
    }

    @Test
    void theReadmeQuotesTheSamplesVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/io/jsonld/ReadmeSampleTest.java"),
                StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String marker : new String[] {"README", "README:page"}) {
            String start = "// " + marker + ":start\n";
            String snippet = source.substring(source.indexOf(start) + start.length(),
                    source.indexOf("        // " + marker + ":end"));
            String dedented = snippet.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                    .collect(Collectors.joining("\n", "", "\n"));
            assertTrue(readme.contains("```java\n" + dedented + "```"),
                    () -> "README.md must quote the sample verbatim:\n" + dedented);
        }
    }

    @Test
    void theReadmeQuotesTheLossReportsOfTheSamples() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String name : Samples.names()) {
            String text = Exports.of(Exports.sample(name)).report().toText();
            assertTrue(readme.contains(text), () -> "README.md must quote " + name + "'s report:\n" + text);
        }
    }
}
