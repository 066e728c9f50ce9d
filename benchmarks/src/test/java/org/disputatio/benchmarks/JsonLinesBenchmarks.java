package org.disputatio.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.disputatio.benchmarks.PlainRecords.EventRecord;
import org.disputatio.benchmarks.PlainRecords.OrganisationRecord;
import org.disputatio.benchmarks.PlainRecords.PersonRecord;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.disputatio.model.Sector;
import org.disputatio.model.Speaker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.MappingIterator;

/**
 * A JSON Lines corpus of small events (about 1.3 KB each) read lazily from a file and counted
 * (people by the sector of their first affiliation), in a heap of 64 MB, which a corpus of
 * 100,000 events (130 MB) cannot fit in: Disputatio's {@code readLines} against plain Jackson's
 * {@code MappingIterator} into records. Each operation reads the whole file once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class JsonLinesBenchmarks {

    @Param({"10000", "100000"})
    public int events;

    private Path corpus;
    private final EventJson json = EventJson.defaults();

    @Setup(Level.Trial)
    public void writeCorpus() throws IOException {
        corpus = Files.createTempFile("disputatio-corpus-", ".jsonl");
        EventJson compact = EventJson.defaults().compact();
        try (BufferedWriter out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            compact.writeLines(LongStream.range(0, events).mapToObj(Payloads::small), out);
        }
    }

    @TearDown(Level.Trial)
    public void deleteCorpus() throws IOException {
        Files.deleteIfExists(corpus);
    }

    @Benchmark
    public Map<String, Integer> eventJsonReadLines() {
        Map<Sector, Integer> counts = new HashMap<>();
        int unknown = 0;
        try (Stream<Event> lines = json.readLines(corpus)) {
            for (Event event : (Iterable<Event>) lines::iterator) {
                for (Speaker person : event.people()) {
                    Sector sector = person.affiliations().isEmpty() ? null
                            : event.sectorOf(person.affiliations().get(0)).orElse(null);
                    if (sector == null) {
                        unknown++;
                    } else {
                        counts.merge(sector, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> result = new TreeMap<>();
        counts.forEach((sector, count) -> result.put(sector.code(), count));
        result.put("unknown", unknown);
        return result;
    }

    @Benchmark
    public Map<String, Integer> jacksonMappingIterator() {
        Map<String, Integer> counts = new TreeMap<>();
        try (InputStream in = Files.newInputStream(corpus);
                MappingIterator<EventRecord> records = Mappers.PLAIN.readerFor(EventRecord.class).readValues(in)) {
            while (records.hasNext()) {
                EventRecord event = records.next();
                Map<String, String> sectors = new HashMap<>();
                for (OrganisationRecord organisation : event.organisations()) {
                    if (organisation.sector() != null) {
                        sectors.put(organisation.id(), organisation.sector());
                    }
                }
                for (PersonRecord person : event.people()) {
                    String sector = null;
                    if (person.affiliations() != null && !person.affiliations().isEmpty()) {
                        var affiliation = person.affiliations().get(0);
                        sector = affiliation.sector() != null ? affiliation.sector() : sectors.get(affiliation.organisation());
                    }
                    counts.merge(sector == null ? "unknown" : sector, 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
