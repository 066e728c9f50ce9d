package org.disputatio.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UNESCO 2017 programme, counted by hand from
 * /work/shared/sources/unesco-2017-conference-programme.txt, and the same counts through the
 * Java API, SQL on DuckDB, and the CSV and Parquet exports read back by DuckDB.
 */
class UnescoTablesTest {

    private static final Event UNESCO = Samples.get("unesco-2017").orElseThrow();

    /*
     * By role, counted in the source: the 9h30 opening lists Frank LARUE and Louis GAUTIER, the
     * 14h30 opening Tobias FEAKIN, the Friday opening David MARTINON (opening-speaker: 4); Panel 1
     * has 2 Inventio, 3 Elocutio, 3 Disputatio; Panel 2 has 2, 2 and 3; Panel 3 has 2, 4 and 3
     * (inventio 6, elocutio 9, disputatio 9); "The role of States: two viewpoints" has Qi XIAOXIA
     * and Guillaume POUPARD (speaker: 2); the Conclusion Louis GAUTIER (concluding-speaker: 1).
     * 31 participations in all.
     */
    private static final List<Queries.Count> BY_ROLE = List.of(
            new Queries.Count("disputatio", 9),
            new Queries.Count("elocutio", 9),
            new Queries.Count("inventio", 6),
            new Queries.Count("opening-speaker", 4),
            new Queries.Count("speaker", 2),
            new Queries.Count("concluding-speaker", 1));

    /*
     * By sector of each participation's first printed affiliation. The source prints no sector:
     * these follow the organisation or position printed beside each name. Government: GAUTIER
     * (Secretary-General for Defense and National Security, twice), FEAKIN (ambassador), MARTINON
     * (ambassador), Qi XIAOXIA (CAC), POUPARD (ANSSI) = 6. International organisation: LARUE
     * (UNESCO), BONUCCI (OECD), YEDALY (African Union), BOSCO (UNICRI) = 4. Company: HU (Huawei),
     * CHARNEY (Microsoft) = 2. Civil society: STALLMAN (Free Software Foundation), SHEFET
     * (Association for Accountability and Internet Democracy), AUMONIER (Peace Brigades
     * International) = 3. Defence: VIHUL (NATO CCD COE) = 1. Academia and research, the rest:
     * Panel 1 BANNELIER, KIRCHNER (INRIA), BOEKE, CASTETS-RENARD, TERPAN; Panel 2 CHRISTAKIS,
     * CASTELLUCIA (INRIA), HEATHCOTE, TSAGOURIAS; Panel 3 TSAGOURIAS, SALAMATIAN, PERNICE
     * (Humboldt Institute), DOUZET, CHRISTAKIS, WRANGE = 15. 6 + 4 + 2 + 3 + 1 + 15 = 31.
     */
    private static final List<Queries.Count> BY_SECTOR = List.of(
            new Queries.Count("academia", 15),
            new Queries.Count("government", 6),
            new Queries.Count("international-organisation", 4),
            new Queries.Count("civil-society", 3),
            new Queries.Count("company", 2),
            new Queries.Count("defence", 1));

    @TempDir
    Path dir;

    @Test
    void javaCountsAreThoseCountedByHand() {
        Corpus corpus = Corpus.of(UNESCO);
        assertEquals(BY_ROLE, Queries.byRole(corpus));
        assertEquals(BY_SECTOR, Queries.bySector(corpus));
        assertEquals(List.of(new Queries.Count("unesco-2017", 31)), Queries.byEvent(corpus));
    }

    @Test
    void sqlCsvAndParquetAgreeWithJava() throws SQLException {
        Corpus corpus = Corpus.of(UNESCO);
        Path csv = dir.resolve("participations.csv");
        Csv.write(corpus, Tables.PARTICIPATIONS, csv);
        try (Connection duck = DuckDb.inMemory()) {
            corpus.toDuckDb(duck);
            Path parquet = dir.resolve("participations.parquet");
            DuckDb.copy(duck, "participations", parquet);
            for (String source : List.of("participations", "read_csv('" + csv + "')", "read_parquet('" + parquet + "')")) {
                assertEquals(BY_ROLE, Sql.countBy(duck, "role", source), source);
                assertEquals(BY_SECTOR, Sql.countBy(duck, "sector", source), source);
                assertEquals(Queries.byCountry(corpus), Sql.countBy(duck, "effective_country", source), source);
            }
        }
    }

    @Test
    void repeatersAreThoseOfTheSource() {
        // Louis GAUTIER opens and concludes; CHRISTAKIS sits on Panels 2 and 3, TSAGOURIAS too.
        List<Queries.Repeater> repeaters = Queries.peopleInSeveralItems(Corpus.of(UNESCO));
        assertEquals(List.of("Louis GAUTIER", "Théodore CHRISTAKIS", "Nicolas TSAGOURIAS"),
                repeaters.stream().map(Queries.Repeater::personName).toList());
        assertEquals(2, repeaters.get(1).itemIds().size());
        assertEquals(List.of("inventio", "disputatio"), repeaters.get(1).roles());
        assertEquals(Map.of(), Queries.peopleInSeveralEvents(Corpus.of(UNESCO)));
    }

    @Test
    void publicAndPrivateSpeakersPerPanel() {
        List<Queries.PanelShare> shares = Queries.publicPrivateShares(Corpus.of(UNESCO),
                Queries.SectorGroups.defaults());
        assertEquals(3, shares.size());
        // Panel 1: OECD, African Union, UNICRI public; nobody private; five academics.
        assertEquals(List.of(3, 0, 5, 0), counts(shares.get(0)));
        // Panel 2: NATO CCD COE public, Huawei and Microsoft private, four academics.
        assertEquals(List.of(1, 2, 4, 0), counts(shares.get(1)));
        assertEquals(1.0 / 3, shares.get(1).publicShare().getAsDouble(), 1e-9);
        // Panel 3: no public and no private speaker: three civil society, six academics.
        assertEquals(List.of(0, 0, 9, 0), counts(shares.get(2)));
        assertTrue(shares.get(2).publicShare().isEmpty());
    }

    private static List<Integer> counts(Queries.PanelShare share) {
        return List.of(share.publicSpeakers(), share.privateSpeakers(), share.otherSpeakers(), share.unknownSpeakers());
    }

    @Test
    void inferredFactsAreMarkedFromTheProvenance() {
        List<ParticipationRow> rows;
        try (Stream<ParticipationRow> stream = Corpus.of(UNESCO).participations()) {
            rows = stream.toList();
        }
        ParticipationRow qi = rows.stream().filter(row -> "Qi XIAOXIA".equals(row.personName())).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, qi.namePartsInferred()); // the programme's capitals fall on the given name
        assertEquals("Qi", qi.familyName());
        assertEquals(Boolean.TRUE, qi.sectorInferred()); // the encoder's classification
        assertEquals("CN", qi.effectiveCountry());
        assertEquals("organisation", qi.effectiveCountrySource());
        assertEquals(Boolean.TRUE, qi.effectiveCountryInferred()); // CAC's country is not printed
        ParticipationRow poupard = rows.stream().filter(row -> "Guillaume POUPARD".equals(row.personName()))
                .findFirst().orElseThrow();
        assertEquals(Boolean.FALSE, poupard.namePartsInferred());
        ParticipationRow bannelier = rows.stream().filter(row -> "Karine BANNELIER".equals(row.personName()))
                .findFirst().orElseThrow();
        assertEquals("FR", bannelier.effectiveCountry());
        assertEquals(Boolean.FALSE, bannelier.effectiveCountryInferred()); // "(France)" is printed
        assertEquals(Boolean.FALSE, bannelier.startInferred());
        // Panels 2 and 3 have no time at all: none is invented.
        ParticipationRow panel3 = rows.stream().filter(row -> "Kavé SALAMATIAN".equals(row.personName()))
                .findFirst().orElseThrow();
        assertNull(panel3.start());
        assertNull(panel3.startInferred());
        assertFalse(panel3.dayInferred());
    }
}
