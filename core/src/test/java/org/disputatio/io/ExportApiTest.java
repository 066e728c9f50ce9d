package org.disputatio.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportApiTest {

    private record Named(String name, List<String> fileExtensions) implements EventExporter {
        @Override
        public ExportReport export(Event event, OutputStream out, ExportSettings settings) {
            return new ExportReport(name, List.of());
        }
    }

    private static final EventExporter ICAL = new Named("iCalendar", List.of("ics", "ical"));
    private static final EventExporter FRAB_JSON = new Named("frab JSON", List.of("frab.json"));
    private static final EventExporter PLAIN_JSON = new Named("plain JSON", List.of("json"));
    private static final List<EventExporter> ALL = List.of(PLAIN_JSON, ICAL, FRAB_JSON);

    @Test
    void aFileGoesToTheExporterWithTheLongestEndingItHas() {
        assertEquals(Optional.of(FRAB_JSON), EventExporters.forFile(Path.of("out/talks.frab.json"), ALL));
        assertEquals(Optional.of(PLAIN_JSON), EventExporters.forFile(Path.of("talks.json"), ALL));
        assertEquals(Optional.of(ICAL), EventExporters.forFile(Path.of("TALKS.ICS"), ALL));
        assertEquals(Optional.of(ICAL), EventExporters.forFile(Path.of("a.ical"), ALL));
    }

    @Test
    void aNameWithoutAClaimedEndingHasNoExporter() {
        assertEquals(Optional.empty(), EventExporters.forFile(Path.of("talks.xml"), ALL));
        assertEquals(Optional.empty(), EventExporters.forFile(Path.of("ics"), ALL));
        assertEquals(Optional.empty(), EventExporters.forFile(Path.of(".ics"), ALL));
        assertEquals(Optional.empty(), EventExporters.forFile(Path.of("talksics"), ALL));
        assertEquals(Optional.empty(), EventExporters.forFile(Path.of("/"), ALL));
    }

    @Test
    void anExportThatFailsLeavesNoFileBehind(@TempDir Path dir) throws Exception {
        EventExporter failing = new EventExporter() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public List<String> fileExtensions() {
                return List.of("fail");
            }

            @Override
            public ExportReport export(Event event, OutputStream out, ExportSettings settings) {
                try {
                    out.write("half a docu".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                throw EventWriteException.at("title", "cannot write this");
            }
        };
        Event event = Event.builder("e").build();
        Path fresh = dir.resolve("new.fail");
        assertThrows(EventWriteException.class, () -> failing.export(event, fresh, ExportSettings.defaults()));
        assertEquals(false, Files.exists(fresh));
        Path old = dir.resolve("old.fail");
        Files.writeString(old, "the old one");
        assertThrows(EventWriteException.class, () -> failing.export(event, old, ExportSettings.defaults()));
        assertEquals("the old one", Files.readString(old));
    }

    @Test
    void anExportToAMissingDirectorySaysWhichFile(@TempDir Path dir) {
        Path file = dir.resolve("no/such/dir/x.ics");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ICAL.export(Event.builder("e").build(), file, ExportSettings.defaults()));
        assertEquals("cannot write " + file + ": no such directory", e.getMessage());
    }

    @Test
    void coreAloneHasNoExporterInstalled() {
        assertEquals(List.of(), EventExporters.installed());
    }

    @Test
    void aReportSaysWhatWasLostOnOneLine() {
        ExportReport report = new ExportReport("iCalendar", List.of(
                new ExportReport.Loss("untimed-items", "3 untimed items omitted"),
                new ExportReport.Loss("provenance", "provenance not exported")));
        assertEquals("iCalendar: 3 untimed items omitted; provenance not exported", report.toText());
        assertEquals(List.of("untimed-items", "provenance"), report.codes());
        assertEquals(false, report.isLossless());
        ExportReport none = new ExportReport("frab", List.of());
        assertTrue(none.isLossless());
        assertEquals("frab: nothing lost", none.toText());
    }

    @Test
    void reportsAndSettingsRefuseWhatTheyCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> new ExportReport.Loss(" ", "x"));
        assertThrows(NullPointerException.class, () -> new ExportReport.Loss("x", null));
        assertThrows(IllegalArgumentException.class, () -> new ExportReport("", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ExportSettings.defaults().withLanguage(" "));
        assertEquals(Optional.of("fr"), ExportSettings.defaults().withLanguage("fr").language());
        assertEquals(Optional.empty(), ExportSettings.defaults().language());
    }
}
