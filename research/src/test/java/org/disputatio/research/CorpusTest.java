package org.disputatio.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventReadException;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    @Test
    void aFileOfUnknownFormatIsRefusedWhenTheCorpusIsMade() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corpus.files(notes));
        assertEquals("cannot tell the format of " + notes + " from its name: use .jsonl, .ndjson, .json, .xml",
                e.getMessage());
    }

    @Test
    void aMissingDirectoryIsReportedWhenTheCorpusIsMade() {
        EventReadException e = assertThrows(EventReadException.class, () -> Corpus.files(dir.resolve("events")));
        assertEquals(dir.resolve("events") + ": cannot read the file: no such file", e.getMessage());
    }

    @Test
    void aParticipationWithoutPersonOrRoleKeepsItsRow() {
        Event event = org.disputatio.model.Event.builder("e").kind(org.disputatio.model.EventKind.SEMINAR)
                .date(java.time.LocalDate.of(2030, 1, 1))
                .programme(new org.disputatio.model.Programme(List.of(org.disputatio.model.ProgrammeDay.of(
                        java.time.LocalDate.of(2030, 1, 1), org.disputatio.model.Panel.builder("p")
                                .participant(new org.disputatio.model.Participation(null, null,
                                        org.disputatio.model.LocalizedText.empty(), org.disputatio.model.LocalizedText.empty())).build()))))
                .build();
        try (Stream<ParticipationRow> rows = Corpus.of(event).participations()) {
            ParticipationRow row = rows.findFirst().orElseThrow();
            assertEquals(java.util.Arrays.asList(null, null, null), java.util.Arrays.asList(row.personId(),
                    row.role(), row.roleLabel()));
        }
    }

    @Test
    void aMissingFileIsReportedWhenRead() {
        Corpus corpus = Corpus.files(dir.resolve("missing.json"));
        EventReadException e = assertThrows(EventReadException.class, () -> {
            try (Stream<Event> events = corpus.events()) {
                events.count();
            }
        });
        assertTrue(e.getMessage().contains("missing.json") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void aMalformedLineStopsTheWalkAtThatLine() throws IOException {
        Path lines = dir.resolve("corpus.jsonl");
        Files.writeString(lines, new String(EventJson.defaults().writeBytes(unesco()), StandardCharsets.UTF_8)
                .replace("\n", "") + "\n{\"id\": \n");
        EventReadException e = assertThrows(EventReadException.class, () -> Queries.byRole(Corpus.jsonLines(lines)));
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("corpus.jsonl"), e.getMessage());
    }

    @Test
    void aDirectoryReadsItsEventFilesAndSkipsTheRest() throws IOException {
        Files.writeString(dir.resolve("README.md"), "not an event");
        Path sub = Files.createDirectory(dir.resolve("b"));
        org.disputatio.io.EventFormats.forFile(sub.resolve("x.xml")).orElseThrow().write(unesco(), sub.resolve("x.xml"));
        try (var out = Files.newBufferedWriter(dir.resolve("a.jsonl"))) {
            EventJson.defaults().writeLines(Stream.of(Samples.get("saint-cyr-2014").orElseThrow(), unesco()), out);
        }
        try (Stream<Event> events = Corpus.files(dir).events()) {
            assertEquals(List.of("saint-cyr-2014", "unesco-2017", "unesco-2017"), events.map(Event::id).toList());
        }
    }

    @Test
    void textsAreInTheEventsFirstLanguageUnlessAnotherIsAsked() {
        Corpus corpus = Corpus.of(unesco());
        try (Stream<ParticipationRow> french = corpus.participations();
                Stream<ParticipationRow> english = corpus.withSettings(TableSettings.defaults().withLanguage("en"))
                        .participations()) {
            ParticipationRow first = french.filter(row -> "panel".equals(row.itemKind())).findFirst().orElseThrow();
            ParticipationRow firstEnglish = english.filter(row -> "panel".equals(row.itemKind())).findFirst()
                    .orElseThrow();
            assertTrue(first.itemTitle().startsWith("Prévention des attaques"), first.itemTitle());
            // Panel 1 exists in French only: the English table falls back to it
            assertEquals(first.itemTitle(), firstEnglish.itemTitle());
            assertEquals("Inventio", firstEnglish.roleLabel());
        }
        assertThrows(IllegalArgumentException.class, () -> TableSettings.defaults().withLanguage(" "));
    }

    @Test
    void nestedAndUnscheduledItemsHaveTheirRows() {
        Event halvard = Samples.get("halvard-forum-2031").orElseThrow();
        List<ParticipationRow> rows;
        try (Stream<ParticipationRow> stream = Corpus.of(halvard).participations()) {
            rows = stream.toList();
        }
        assertEquals(halvard.programme().items().mapToLong(item -> item.participants().size()).sum(), rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.parentItemId() != null), "a nested item");
        if (!halvard.programme().unscheduled().isEmpty()) {
            assertTrue(rows.stream().anyMatch(row -> row.day() == null), "an unscheduled item");
        }
    }

    /**
     * 100,000 events in JSON Lines counted by a JVM with a 48 MB heap: the corpus is walked one
     * event at a time. (The file is some 30 MB; holding its events would take far more.)
     */
    @Test
    void countsOverAHundredThousandEventsRunInConstantMemory() throws IOException, InterruptedException {
        Path lines = dir.resolve("large.jsonl");
        String line = new String(EventJson.defaults().writeBytes(CsvTest.hostile()), StandardCharsets.UTF_8)
                .replace("\n", "").replace("\r", "");
        try (var out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 100_000; i++) {
                out.write(line.replace("\"csv-2030\"", "\"e" + i + "\""));
                out.write('\n');
            }
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx48m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CountRoles.class.getName());
        command.add(lines.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        assertEquals("[Count[value=panellist, count=200000], Count[value=chair, count=100000]]", output.strip());
    }

    /** What the child JVM of the constant-memory test runs. */
    static final class CountRoles {
        private CountRoles() {
        }

        public static void main(String[] args) {
            System.out.println(Queries.byRole(Corpus.jsonLines(Path.of(args[0]))));
        }
    }

    private static Event unesco() {
        return Samples.get("unesco-2017").orElseThrow();
    }
}
