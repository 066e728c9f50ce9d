package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventFormats;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disputatio stats}. The UNESCO numbers are those the research module's SummaryTest and
 * UnescoTablesTest count by hand from the source programme.
 */
class StatsCommandTest {

    private static final Event UNESCO = Samples.get("unesco-2017").orElseThrow();
    private static final Event SAINT_CYR = Samples.get("saint-cyr-2014").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void unescoInEnglish() {
        Run run = Run.builtIn("stats", "--sample", "unesco-2017");
        assertEquals(new Run(0, String.join(System.lineSeparator(),
                "Events:          1",
                "Agenda items:   10",
                "People:         28 (each event's own; 28 in the programme)",
                "Organisations:  25",
                "Participations: 31",
                "",
                "By sector                     People  Participations",
                "  Academia                        13              15",
                "  Government                       5               6",
                "  International organisation       4               4",
                "  Civil society                    3               3",
                "  Company                          2               2",
                "  Defence                          1               1",
                "",
                "By country                    People  Participations",
                "  France                          11              13",
                "  United Kingdom                   1               2",
                "  United States                    2               2",
                "  Australia                        1               1",
                "  China                            1               1",
                "  Germany                          1               1",
                "  Estonia                          1               1",
                "  Netherlands                      1               1",
                "  Sweden                           1               1",
                "  not stated                       8               8",
                "Country: the first affiliation's, else its organisation's, else the person's own.",
                "",
                "By role                       People  Participations",
                "  Disputatio                       9               9",
                "  Elocutio                         9               9",
                "  Inventio                         6               6",
                "  Opening speaker                  4               4",
                "  Speaker                          2               2",
                "  Concluding speaker               1               1",
                "",
                "In several items of an event: 3",
                "  Louis GAUTIER: 2 items (Opening speaker, Concluding speaker)",
                "  Théodore CHRISTAKIS: 2 items (Inventio, Disputatio)",
                "  Nicolas TSAGOURIAS: 2 items (Disputatio, Inventio)", ""), ""), run);
    }

    @Test
    void unescoInFrench() {
        Run run = Run.builtIn("stats", "--sample", "unesco-2017", "--lang", "fr");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        for (String line : new String[] {
            "Événements :           1",
            "Points du programme : 10",
            "Personnes :           28 (propres à chaque événement ; 28 au programme)",
            "Par secteur                    Personnes  Participations",
            "  Monde universitaire                 13              15",
            "  Organisation internationale          4               4",
            "  Royaume-Uni                          1               2",
            "  États-Unis                           2               2",
            "  non indiqué                          8               8",
            "Pays : celui de la première affiliation, sinon de son organisation, sinon de la personne.",
            "Par rôle                       Personnes  Participations",
            "  Orateur d'ouverture                  4               4",
            "Dans plusieurs points d'un événement : 3",
            "  Louis GAUTIER : 2 points (Orateur d'ouverture, Orateur de clôture)"}) {
            assertTrue(run.out().lines().anyMatch(line::equals), line + " in:\n" + run.out());
        }
        assertFalse(run.out().contains("Academia"), run.out());
    }

    @Test
    void aCorpusOfSeveralFilesWithNumbersForTheLocale() throws IOException {
        Path json = dir.resolve("unesco.json");
        EventFormats.forFile(json).orElseThrow().write(UNESCO, json);
        Path xml = dir.resolve("more/saint-cyr.xml");
        Files.createDirectories(xml.getParent());
        EventFormats.forFile(xml).orElseThrow().write(SAINT_CYR, xml);
        Path lines = dir.resolve("more/copies.jsonl");
        try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            EventJson.defaults().writeLines(Collections.nCopies(40, UNESCO).stream(), out);
        }
        // 41 UNESCO programmes and Saint-Cyr: 41 × 31 participations, 41 × 28 people
        Run english = Run.builtIn("stats", json.toString(), xml.getParent().toString());
        assertEquals(0, english.exitCode(), english.err());
        assertEquals("", english.err());
        assertEquals(String.join(System.lineSeparator(),
                "Events:            42",
                "Agenda items:     410",
                "People:         1,148 (each event's own; 1,148 in the programme)",
                "Organisations:  1,028",
                "Participations: 1,271"), String.join(System.lineSeparator(), english.out().lines().limit(5).toList()));
        assertTrue(english.out().contains("  Academia                       533             615"), english.out());
        assertTrue(english.out().contains(String.join(System.lineSeparator(),
                "In several items of an event: 123",
                "  Louis GAUTIER (unesco-2017): 2 items (Opening speaker, Concluding speaker)")), english.out());
        assertTrue(english.out().contains(String.join(System.lineSeparator(),
                "In several events (same person id): 28",
                "  Frank LARUE: 41 events")), english.out());
        assertTrue(english.out().contains("  ... and 103 more"), english.out());
        assertTrue(english.out().contains("  ... and 8 more"), english.out());

        Run french = Run.builtIn("stats", "--lang", "fr", json.toString(), xml.getParent().toString());
        assertTrue(french.out().contains("Participations :      1\u202f271"), french.out());
    }

    @Test
    void aBadFileIsOneLineThatSaysWhereWithExitCode2() throws IOException {
        Path lines = dir.resolve("events.jsonl");
        try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            EventJson.defaults().writeLines(Stream.of(UNESCO), out);
            out.write("{\"formatVersion\": 1, \"id\": \n");
        }
        Run run = Run.builtIn("stats", lines.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(lines + ":2:"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        Run missing = Run.builtIn("stats", dir.resolve("missing.json").toString());
        assertEquals(new Run(2, "", dir.resolve("missing.json") + ": cannot read the file: no such file"
                + System.lineSeparator()), missing);
        Run none = Run.builtIn("stats");
        assertEquals(new Run(2, "", "disputatio: error: give event files (FILE..., a directory or a .jsonl file) "
                + "or --sample NAME" + System.lineSeparator()), none);
    }
}
