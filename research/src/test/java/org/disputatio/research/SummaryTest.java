package org.disputatio.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Queries#summary(Corpus, int)}: the UNESCO programme counted by hand from
 * /work/shared/sources/unesco-2017-conference-programme.txt (the participations agree with
 * {@link UnescoTablesTest}'s hand counts; the people are those counts less the repeaters), and
 * corpora of several events.
 */
class SummaryTest {

    private static final Event UNESCO = Samples.get("unesco-2017").orElseThrow();
    private static final Event SAINT_CYR = Samples.get("saint-cyr-2014").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void unescoCountedByHand() {
        CorpusSummary summary = Queries.summary(Corpus.of(UNESCO).withSettings(TableSettings.defaults().withLanguage("en")), 10);
        assertEquals(1, summary.events());
        assertEquals(31, summary.participations());
        // 31 participations, 28 people: Louis GAUTIER, Théodore CHRISTAKIS and Nicolas TSAGOURIAS appear twice;
        // every person printed in the programme is in an item, so all 28 registered take part.
        assertEquals(28, summary.participants());
        assertEquals(28, summary.people());
        // Participations as UnescoTablesTest counts them by hand; people: academia less CHRISTAKIS and
        // TSAGOURIAS's second panel, government less GAUTIER's conclusion.
        assertEquals(List.of(
                new CorpusSummary.Tally("academia", "Academia", 13, 15),
                new CorpusSummary.Tally("government", "Government", 5, 6),
                new CorpusSummary.Tally("international-organisation", "International organisation", 4, 4),
                new CorpusSummary.Tally("civil-society", "Civil society", 3, 3),
                new CorpusSummary.Tally("company", "Company", 2, 2),
                new CorpusSummary.Tally("defence", "Defence", 1, 1)), summary.bySector());
        // Effective country. France printed beside GAUTIER, BANNELIER, KIRCHNER, TERPAN, CASTELLUCIA,
        // MARTINON, SALAMATIAN, SHEFET, DOUZET and POUPARD's ANSSI; CHRISTAKIS's University
        // Grenoble-Alpes is BANNELIER's, in France: 11 people, 13 participations (GAUTIER and
        // CHRISTAKIS twice). No country printed for LARUE (UNESCO), BONUCCI (OECD), YEDALY (African
        // Union), BOSCO (UNICRI), CASTETS-RENARD, HU (Huawei), CHARNEY (Microsoft), HEATHCOTE: 8.
        // TSAGOURIAS, United Kingdom, twice; STALLMAN and AUMONIER, United States; one each for
        // FEAKIN (Australia), Qi XIAOXIA (CAC, China), PERNICE (Germany), VIHUL (Estonia), BOEKE
        // (Netherlands), WRANGE (Sweden).
        assertEquals(List.of(
                new CorpusSummary.Tally("FR", null, 11, 13),
                new CorpusSummary.Tally("GB", null, 1, 2),
                new CorpusSummary.Tally("US", null, 2, 2),
                new CorpusSummary.Tally("AU", null, 1, 1),
                new CorpusSummary.Tally("CN", null, 1, 1),
                new CorpusSummary.Tally("DE", null, 1, 1),
                new CorpusSummary.Tally("EE", null, 1, 1),
                new CorpusSummary.Tally("NL", null, 1, 1),
                new CorpusSummary.Tally("SE", null, 1, 1),
                new CorpusSummary.Tally(null, null, 8, 8)), summary.byCountry());
        // Nobody holds one role twice: CHRISTAKIS is inventio then disputatio, TSAGOURIAS disputatio
        // then inventio, GAUTIER opens and concludes.
        assertEquals(List.of(
                new CorpusSummary.Tally("disputatio", "Disputatio", 9, 9),
                new CorpusSummary.Tally("elocutio", "Elocutio", 9, 9),
                new CorpusSummary.Tally("inventio", "Inventio", 6, 6),
                new CorpusSummary.Tally("opening-speaker", "Opening speaker", 4, 4),
                new CorpusSummary.Tally("speaker", "Speaker", 2, 2),
                new CorpusSummary.Tally("concluding-speaker", "Concluding speaker", 1, 1)), summary.byRole());
        assertEquals(3, summary.inSeveralItemsCount());
        assertEquals(Queries.peopleInSeveralItems(Corpus.of(UNESCO)), summary.inSeveralItems());
        assertEquals(0, summary.inSeveralEventsCount());
        // The same participations as the counting queries
        assertEquals(Queries.bySector(Corpus.of(UNESCO)).stream().map(Queries.Count::count).toList(),
                summary.bySector().stream().map(CorpusSummary.Tally::participations).toList());
        // Items and organisations: the events table's
        EventRow row = Tables.EVENTS.rows(UNESCO).findFirst().orElseThrow();
        assertEquals(row.itemCount(), summary.items());
        assertEquals(row.organisationCount(), summary.organisations());
    }

    @Test
    void labelsInTheTablesLanguage() {
        CorpusSummary summary = Queries.summary(Corpus.of(UNESCO).withSettings(TableSettings.defaults().withLanguage("fr")), 0);
        assertEquals(List.of("Monde universitaire", "Gouvernement", "Organisation internationale", "Société civile",
                "Entreprise", "Défense"), summary.bySector().stream().map(CorpusSummary.Tally::label).toList());
        assertEquals("Orateur d'ouverture", summary.byRole().get(3).label());
        assertEquals(List.of(), summary.inSeveralItems()); // limit 0: counted, not listed
        assertEquals(3, summary.inSeveralItemsCount());
    }

    @Test
    void aCorpusOfSeveralFilesIsWalkedOnceAndAddsUp() throws IOException {
        Path lines = dir.resolve("events.jsonl");
        try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            EventJson.defaults().writeLines(Stream.of(UNESCO, SAINT_CYR), out);
        }
        Path json = dir.resolve("unesco.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            EventJson.defaults().write(UNESCO, out);
        }
        AtomicInteger read = new AtomicInteger();
        Corpus corpus = Corpus.files(lines, json).peek(event -> read.incrementAndGet());

        CorpusSummary summary = Queries.summary(corpus, 2);

        assertEquals(3, read.get()); // one walk
        CorpusSummary one = Queries.summary(Corpus.of(UNESCO), 10);
        CorpusSummary other = Queries.summary(Corpus.of(SAINT_CYR), 10);
        assertEquals(3, summary.events());
        assertEquals(2 * one.items() + other.items(), summary.items());
        assertEquals(2 * one.people() + other.people(), summary.people());
        assertEquals(2 * one.organisations() + other.organisations(), summary.organisations());
        assertEquals(62, summary.participations());
        assertEquals(56, summary.participants());
        assertEquals(new CorpusSummary.Tally("academia", one.bySector().get(0).label(), 26, 30), summary.bySector().get(0));
        // UNESCO twice: each of its 28 people, by id, in two events; the repeaters of each copy
        assertEquals(28, summary.inSeveralEventsCount());
        assertEquals(List.of(new CorpusSummary.Recurrence("frank-larue", "Frank LARUE", 2),
                new CorpusSummary.Recurrence("louis-gautier", "Louis GAUTIER", 2)), summary.inSeveralEvents());
        assertEquals(6, summary.inSeveralItemsCount());
        assertEquals(2, summary.inSeveralItems().size());
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Queries.summary(Corpus.of(UNESCO), -1));
        assertEquals("listLimit must be 0 or more, was -1", e.getMessage());
    }
}
