package org.disputatio.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Panel;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Programme;
import org.disputatio.model.Roles;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180 as written, and read back by DuckDB's read_csv without options. */
class CsvTest {

    private static final String TITLE = "Panel « 1 », \"quoted\"\nline 2";

    @TempDir
    Path dir;

    static Event hostile() {
        return Event.builder("csv-2030").kind(EventKind.CONFERENCE).languages("fr")
                .dates(LocalDate.of(2030, 5, 14), LocalDate.of(2030, 5, 14))
                .person(Speaker.builder("wrange").name("Pål WRANGE").build())
                .person(Speaker.builder("qi").name("Qi 晓霞, Jr.").build())
                .programme(new Programme(List.of(ProgrammeDay.of(LocalDate.of(2030, 5, 14),
                        Panel.builder("p1").start(LocalTime.of(9, 30)).title(LocalizedText.of("fr", TITLE))
                                .participant("wrange", Roles.CHAIR).participant("qi", Roles.PANELLIST).build())),
                        List.of(Session.builder("later", AgendaItemKind.WORKSHOP).title(LocalizedText.of("fr", "Crlf\r\nhere"))
                                .participant("qi", Roles.PANELLIST).build())))
                .build();
    }

    @Test
    void fieldsAreQuotedExactlyWhenTheyMustBe() {
        assertEquals("", Csv.field(null));
        assertEquals("plain", Csv.field("plain"));
        assertEquals("Pål", Csv.field("Pål"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"he said \"\"hi\"\"\"", Csv.field("he said \"hi\""));
        assertEquals("\"one\ntwo\"", Csv.field("one\ntwo"));
        assertEquals("\"one\rtwo\"", Csv.field("one\rtwo"));
        assertEquals("09:30:00", Csv.field(LocalTime.of(9, 30)));
        assertEquals("2017-04-06", Csv.field(LocalDate.of(2017, 4, 6)));
        assertEquals("true", Csv.field(Boolean.TRUE));
        assertEquals("3", Csv.field(3));
    }

    @Test
    void aFileIsUtf8WithoutBomWithCrlfAfterEachRecord() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(Corpus.of(hostile()), Tables.COAPPEARANCES, out);
        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("event_id,person_id,person_name,other_person_id,other_person_name,items,item_ids\r\n"
                + "csv-2030,qi,\"Qi 晓霞, Jr.\",wrange,Pål WRANGE,1,p1\r\n", text);
        assertArrayEquals(new byte[] {'e', 'v'}, Arrays.copyOf(bytes, 2)); // no byte-order mark
    }

    @Test
    void duckDbReadsBackEveryTextAsWritten() throws SQLException {
        Path file = dir.resolve("participations.csv");
        assertEquals(3, Csv.write(Corpus.of(hostile()), Tables.PARTICIPATIONS, file));
        try (Connection duck = DuckDb.inMemory()) {
            assertEquals(List.of(List.of("p1", TITLE, "Pål WRANGE", "09:30:00"),
                            List.of("p1", TITLE, "Qi 晓霞, Jr.", "09:30:00"),
                            Arrays.asList("later", "Crlf\r\nhere", "Qi 晓霞, Jr.", null)),
                    Sql.rows(duck, "SELECT item_id, item_title, person_name, CAST(start_time AS VARCHAR) FROM read_csv('" + file + "')"));
            // the types are detected from the text: a date, a time, booleans
            assertEquals(List.of(List.of("DATE", "TIME", "BOOLEAN", "BIGINT")),
                    Sql.rows(duck, "SELECT typeof(day), typeof(start_time), typeof(start_time_inferred), "
                            + "typeof(affiliation_count) FROM read_csv('" + file + "') LIMIT 1"));
        }
    }

    @Test
    void theTablesDocumentedInTheReadmeAreTheTables() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (Table<?> table : Tables.all()) {
            String section = "### `" + table.name() + "`\n\nOne row per " + table.description() + ".\n\n"
                    + Tables.markdown(table);
            org.junit.jupiter.api.Assertions.assertTrue(readme.contains(section),
                    () -> "README.md must document the table " + table.name() + " as:\n" + section);
        }
    }
}
