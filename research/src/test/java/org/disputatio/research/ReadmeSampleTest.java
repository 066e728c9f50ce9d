package org.disputatio.research;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.examples.Samples;
import org.disputatio.io.EventFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module README's sample is this compiled code, quoted verbatim. */
class ReadmeSampleTest {

    @TempDir
    Path dir;

    private Map<String, Long> sample(Path events) throws SQLException {
        // README:start
        Corpus corpus = Corpus.files(events);        // a directory of .json, .xml and .jsonl files, read lazily
        List<Queries.Count> bySector = Queries.bySector(corpus); // academia 15, government 6, ...
        Csv.write(corpus, Tables.PARTICIPATIONS, dir.resolve("participations.csv"));

        Map<String, Long> byRole = new LinkedHashMap<>();
        try (Connection duck = DuckDb.inMemory()) {
            corpus.toDuckDb(duck);                   // every table, loaded through DuckDB's appender
            DuckDb.copy(duck, "participations", dir.resolve("participations.parquet"));
            try (Statement sql = duck.createStatement();
                    ResultSet rows = sql.executeQuery(
                            "SELECT role, count(*) FROM participations GROUP BY role ORDER BY 2 DESC, 1")) {
                while (rows.next()) {
                    byRole.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        // README:end
        assertEquals(new Queries.Count("academia", 15), bySector.get(0));
        return byRole;
    }

    @Test
    void theSampleRuns() throws IOException, SQLException {
        Path events = Files.createDirectory(dir.resolve("events"));
        Path file = events.resolve("unesco-2017.json");
        EventFormats.forFile(file).orElseThrow().write(Samples.get("unesco-2017").orElseThrow(), file);
        Map<String, Long> byRole = sample(events);
        assertEquals(Map.of("disputatio", 9L, "elocutio", 9L, "inventio", 6L, "opening-speaker", 4L, "speaker", 2L,
                "concluding-speaker", 1L), byRole);
        assertTrue(Files.size(dir.resolve("participations.csv")) > 0);
        assertTrue(Files.size(dir.resolve("participations.parquet")) > 0);
    }

    @Test
    void theReadmeQuotesTheSampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/disputatio/research/ReadmeSampleTest.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README:start\n") + "// README:start\n".length(),
                source.indexOf("        // README:end"));
        String dedented = snippet.lines().map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + dedented + "```"),
                () -> "README.md must quote the sample verbatim:\n" + dedented);
    }
}
