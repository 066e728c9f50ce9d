package org.disputatio.benchmarks;

import java.util.concurrent.TimeUnit;
import org.disputatio.benchmarks.PlainRecords.EventRecord;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Writing one event as compact UTF-8 JSON: Disputatio's writer against plain Jackson writing the records. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class WriteBenchmarks {

    @Param({"unesco", "agenda-1k", "agenda-1k-intl"})
    public String payload;

    private Event event;
    private EventRecord record;
    private final EventJson compact = EventJson.defaults().compact();

    @Setup
    public void setUp() {
        event = Payloads.named(payload);
        record = Mappers.PLAIN.readValue(Payloads.json(event), EventRecord.class);
    }

    @Benchmark
    public byte[] eventJson() {
        return compact.writeBytes(event);
    }

    @Benchmark
    public byte[] jacksonRecords() {
        return Mappers.PLAIN.writeValueAsBytes(record);
    }
}
