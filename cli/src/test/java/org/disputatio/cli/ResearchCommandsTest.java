package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventFormats;
import org.disputatio.research.DuckDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code disputatio sql} and {@code disputatio table}. */
class ResearchCommandsTest {

    private static final String BY_ROLE = "SELECT role, count(*) AS n FROM participations GROUP BY 1 ORDER BY 2 DESC, 1";

    @TempDir
    Path dir;

    @Test
    void sqlPrintsAnAlignedTable() {
        Run run = Run.builtIn("sql", BY_ROLE, "--sample", "unesco-2017");
        assertEquals(new Run(0, String.join(System.lineSeparator(),
                "role                n",
                "------------------  -",
                "disputatio          9",
                "elocutio            9",
                "inventio            6",
                "opening-speaker     4",
                "speaker             2",
                "concluding-speaker  1", ""), ""), run);
    }

    @Test
    void sqlPrintsCsvAndJsonLines() {
        Run csv = Run.builtIn("sql", "--format", "csv", "SELECT person_name, item_title FROM participations "
                + "WHERE person_id = 'qi' OR role = 'inventio' ORDER BY 1 LIMIT 2", "--sample", "unesco-2017");
        assertEquals("person_name,item_title\r\nClaude CASTELLUCIA,Réponse aux attaques informatiques : "
                + "qui peut faire quoi ?\r\nClaude KIRCHNER,Prévention des attaques informatiques et protection : "
                + "qui doit faire quoi ?\r\n", csv.out());
        Run json = Run.builtIn("sql", "--format", "json", "SELECT person_name, affiliation_count, sector_inferred, "
                + "start_time FROM participations WHERE person_name = 'Qi XIAOXIA'", "--sample", "unesco-2017");
        assertEquals("{\"person_name\":\"Qi XIAOXIA\",\"affiliation_count\":1,\"sector_inferred\":true,"
                + "\"start_time\":null}" + System.lineSeparator(), json.out());
    }

    @Test
    void sqlReadsFilesDirectoriesAndJsonLines() throws IOException {
        Path file = dir.resolve("unesco.json");
        EventFormats.forFile(file).orElseThrow().write(Samples.get("unesco-2017").orElseThrow(), file);
        Path xml = dir.resolve("more/saint-cyr.xml");
        Files.createDirectories(xml.getParent());
        EventFormats.forFile(xml).orElseThrow().write(Samples.get("saint-cyr-2014").orElseThrow(), xml);
        Run run = Run.builtIn("sql", "--format", "csv", "SELECT event_id, participation_count FROM events ORDER BY 1",
                file.toString(), xml.getParent().toString());
        assertEquals("event_id,participation_count\r\nsaint-cyr-2014,0\r\nunesco-2017,31\r\n", run.out(), run.err());
    }

    @Test
    void errorsAreOneLineWithExitCode2() throws IOException {
        assertError("disputatio: error: Parser Error: syntax error at or near \"SELEC\"",
                "sql", "SELEC 1", "--sample", "unesco-2017");
        Run unknownTable = Run.builtIn("sql", "SELECT * FROM speakers", "--sample", "unesco-2017");
        assertEquals(2, unknownTable.exitCode());
        assertTrue(unknownTable.err().startsWith("disputatio: error: Catalog Error: Table with name speakers does not exist!"),
                unknownTable.err());
        assertEquals(1, unknownTable.err().lines().count(), unknownTable.err());
        assertError(dir.resolve("missing.json") + ": cannot read the file: no such file",
                "sql", "SELECT 1", dir.resolve("missing.json").toString());
        assertError("disputatio: error: unknown table 'speakers'; the tables are participations, events, items, "
                + "people, organisations, affiliations, coappearances", "table", "speakers", "--sample", "unesco-2017");
        assertError("disputatio: error: give event files (FILE..., a directory or a .jsonl file) or --sample NAME",
                "sql", "SELECT 1");
        assertError("disputatio: error: unknown sample 'nope'; known samples: " + String.join(", ", Samples.names()),
                "table", "events", "--sample", "nope");
        assertError("disputatio: error: cannot tell what to write to " + dir.resolve("p.xlsx")
                + " from its name: use .csv, .parquet or .jsonl",
                "table", "events", "--sample", "unesco-2017", "--out", dir.resolve("p.xlsx").toString());
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x");
        assertError("disputatio: error: cannot tell the format of " + notes
                + " from its name: use .jsonl, .ndjson, .json, .xml", "sql", "SELECT 1", notes.toString());
    }

    private static void assertError(String line, String... args) {
        Run run = Run.builtIn(args);
        assertEquals(new Run(2, "", line + System.lineSeparator()), new Run(run.exitCode(), run.out(),
                run.err().startsWith(line) ? line + System.lineSeparator() : run.err()));
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void tableWritesCsvParquetAndJsonLinesThatAgree() throws SQLException, IOException {
        Path csv = dir.resolve("p.csv");
        Path parquet = dir.resolve("p.parquet");
        Path jsonl = dir.resolve("p.jsonl");
        for (Path out : new Path[] {csv, parquet, jsonl}) {
            assertEquals(new Run(0, "", ""), Run.builtIn("table", "participations", "--sample", "unesco-2017",
                    "--out", out.toString()));
        }
        Run stdout = Run.builtIn("table", "participations", "--sample", "unesco-2017");
        assertEquals(Files.readString(csv, StandardCharsets.UTF_8), stdout.out());
        try (Connection duck = DuckDb.inMemory()) {
            for (String source : new String[] {"read_csv('" + csv + "')", "read_parquet('" + parquet + "')",
                    "read_json('" + jsonl + "')"}) {
                assertEquals("academia=15 civil-society=3 company=2 defence=1 government=6 "
                        + "international-organisation=4 ", counts(duck, source), source);
            }
        }
    }

    /** Cold start is benchmarked: the other commands load neither DuckDB nor the research module. */
    @Test
    void otherCommandsLoadNoDuckDbClass() throws IOException, InterruptedException {
        java.util.List<String> command = java.util.List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "show", "--sample", "unesco-2017");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("org.disputatio.cli.ShowCommand"), "the log lists the classes loaded");
        assertEquals(java.util.List.of(), output.lines()
                .filter(line -> line.contains("org.duckdb.") || line.contains("org.disputatio.research.")).toList());
    }

    private static String counts(Connection duck, String source) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement statement = duck.createStatement();
                ResultSet rows = statement.executeQuery("SELECT sector, count(*) FROM " + source + " GROUP BY 1 ORDER BY 1")) {
            while (rows.next()) {
                out.append(rows.getString(1)).append('=').append(rows.getLong(2)).append(' ');
            }
        }
        return out.toString();
    }
}
