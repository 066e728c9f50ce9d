package org.disputatio.research;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.disputatio.model.Participation;

/** The tables of generated events: one row per participation, order-free counts, streams equal to memory, SQL equal to Java. */
class TablesProperties {

    @Provide
    Arbitrary<List<Event>> corpora() {
        return Arbitraries.longs().map(RandomEvents::corpus);
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void oneRowPerParticipationInProgrammeOrder(@ForAll("corpora") List<Event> events) {
        List<List<String>> expected = new ArrayList<>();
        for (Event event : events) {
            event.programme().items().forEach(item -> {
                for (Participation participation : item.participants()) {
                    expected.add(List.of(event.id(), item.id(), participation.person(), participation.role()));
                }
            });
        }
        List<List<String>> actual;
        try (Stream<ParticipationRow> rows = Corpus.of(events).participations()) {
            actual = rows.map(row -> List.of(row.eventId(), row.itemId(), row.personId(), row.role())).toList();
        }
        assertEquals(expected, actual);
        try (Stream<ItemRow> rows = Corpus.of(events).rows(Tables.ITEMS)) {
            assertEquals(events.stream().mapToLong(event -> event.programme().items().count()).sum(), rows.count());
        }
        List<Object> day = new ArrayList<>();
        for (Event event : events) {
            event.programme().days().forEach(d -> d.items().forEach(item -> item.withDescendants()
                    .forEach(each -> each.participants().forEach(p -> day.add(d.date())))));
            event.programme().unscheduled().forEach(item -> item.withDescendants()
                    .forEach(each -> each.participants().forEach(p -> day.add("unscheduled"))));
        }
        try (Stream<ParticipationRow> rows = Corpus.of(events).participations()) {
            assertEquals(day, rows.map(row -> row.day() == null ? "unscheduled" : (Object) row.day()).toList());
        }
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void countsDoNotDependOnTheOrderOfEvents(@ForAll("corpora") List<Event> events, @ForAll long seed) {
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(seed));
        Corpus corpus = Corpus.of(events);
        Corpus reordered = Corpus.of(shuffled);
        assertEquals(Queries.bySector(corpus), Queries.bySector(reordered));
        assertEquals(Queries.byRole(corpus), Queries.byRole(reordered));
        assertEquals(Queries.byCountry(corpus), Queries.byCountry(reordered));
        assertEquals(Queries.byEvent(corpus), Queries.byEvent(reordered));
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void aCorpusStreamedFromFilesHasTheRowsOfTheEventsInMemory(@ForAll("corpora") List<Event> events)
            throws IOException {
        Path dir = Files.createTempDirectory("disputatio-research");
        try {
            Path lines = dir.resolve("corpus.jsonl");
            try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
                EventJson.defaults().writeLines(events.stream(), out);
            }
            Path json = Files.createDirectory(dir.resolve("files"));
            for (int i = 0; i < events.size(); i++) {
                // one format or the other: the directory's files are read in path order
                Path file = json.resolve(String.format("%03d", i) + (i % 2 == 0 ? ".json" : ".xml"));
                org.disputatio.io.EventFormats.forFile(file).orElseThrow().write(events.get(i), file);
            }
            for (Table<?> table : Tables.all()) {
                assertEquals(rows(Corpus.of(events), table), rows(Corpus.jsonLines(lines), table), table.name());
                assertEquals(rows(Corpus.of(events), table), rows(Corpus.files(json), table), table.name());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static <R> List<R> rows(Corpus corpus, Table<R> table) {
        try (Stream<R> rows = corpus.rows(table)) {
            return rows.toList();
        }
    }

    @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
    void sqlCsvAndParquetCountWhatJavaCounts(@ForAll("corpora") List<Event> events) throws SQLException, IOException {
        Corpus corpus = Corpus.of(events);
        Path dir = Files.createTempDirectory("disputatio-research");
        try (Connection duck = DuckDb.inMemory()) {
            corpus.toDuckDb(duck);
            Path csv = dir.resolve("p.csv");
            Csv.write(corpus, Tables.PARTICIPATIONS, csv);
            Path parquet = dir.resolve("p.parquet");
            DuckDb.copy(duck, "participations", parquet);
            // all_varchar: the comparison is of the text the Java API gives
            List<String> sources = List.of("participations", "read_csv('" + csv + "', all_varchar = true)",
                    "read_parquet('" + parquet + "')");
            for (String source : sources) {
                assertEquals(Queries.bySector(corpus), Sql.countBy(duck, "sector", source), source);
                assertEquals(Queries.byRole(corpus), Sql.countBy(duck, "role", source), source);
                assertEquals(Queries.byCountry(corpus), Sql.countBy(duck, "effective_country", source), source);
                assertEquals(Queries.byEvent(corpus), Sql.countBy(duck, "event_id", source), source);
            }
            for (Table<?> table : Tables.all()) {
                assertEquals(rows(corpus, table).size(), Sql.single(duck, "SELECT count(*) FROM " + table.name()),
                        table.name());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void csvHasOneRecordPerRowReadBackByDuckDbAsWritten(@ForAll("corpora") List<Event> events)
            throws SQLException, IOException {
        Corpus corpus = Corpus.of(events);
        Path file = Files.createTempFile("disputatio-research", ".csv");
        try (Connection duck = DuckDb.inMemory()) {
            Csv.write(corpus, Tables.ITEMS, file);
            List<List<String>> expected = new ArrayList<>();
            for (ItemRow row : rows(corpus, Tables.ITEMS)) {
                List<String> values = new ArrayList<>();
                for (Object value : Tables.ITEMS.values(row)) {
                    String field = value == null ? null : Csv.field(value);
                    // DuckDB reads an empty field as NULL; a quoted one unquoted
                    values.add(field == null || field.isEmpty() ? null : unquote(field));
                }
                expected.add(values);
            }
            assertEquals(expected, Sql.rows(duck, "SELECT * FROM read_csv('" + file + "', all_varchar = true)"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String unquote(String field) {
        return field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
    }

    @Property(tries = 20)
    void csvOfNoRowsIsTheHeader(@ForAll("tables") Table<?> table) {
        StringWriter out = new StringWriter();
        Csv.write(table, Stream.empty(), out);
        assertEquals(String.join(",", table.columns().stream().map(Column::name).toList()) + "\r\n", out.toString());
    }

    @Provide
    Arbitrary<Table<?>> tables() {
        return Arbitraries.of(Tables.all());
    }

}
