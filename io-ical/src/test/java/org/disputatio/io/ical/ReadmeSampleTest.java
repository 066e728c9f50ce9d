package org.disputatio.io.ical;

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

    private ExportReport sample() {
        Path file = dir.resolve("unesco-2017.ics");
        // README:start
        Event event = Samples.get("unesco-2017").orElseThrow();
        EventExporter ical = EventExporters.forFile(file).orElseThrow(); // ICalendarExporter, found as a service
        ExportReport report = ical.export(event, file, ExportSettings.defaults().withLanguage("en"));
        String losses = report.toText();      // iCalendar: 4 untimed items omitted; French text dropped ...
        // README:end
        assertEquals(report.toText(), losses);
        return report;
    }

    @Test
    void theSampleRuns() throws IOException {
        ExportReport report = sample();
        assertTrue(report.toText().startsWith("iCalendar: 4 untimed items omitted; French text dropped"));
        String text = Files.readString(dir.resolve("unesco-2017.ics"));
        assertEquals(7, ReadBack.ical4jEvents(text).size());
    }

    @Test
    void theReadmeQuotesTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/io/ical/ReadmeSampleTest.java"),
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
    void theReadmeShowsTheExportOfTheSampleVerbatim() throws IOException {
        String text = Exports.of(Samples.get("halvard-forum-2031").orElseThrow()).text();
        String panel = text.substring(text.indexOf("BEGIN:VEVENT\r\nUID:disputatio:halvard-forum-2031:item:panel-2\r\n"));
        panel = panel.substring(0, panel.indexOf("END:VEVENT\r\n") + "END:VEVENT\r\n".length()).replace("\r\n", "\n");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String quoted = panel;
        assertTrue(readme.contains("```text\n" + panel + "```"), () -> "README.md must show panel-2's VEVENT:\n" + quoted);
    }
}
