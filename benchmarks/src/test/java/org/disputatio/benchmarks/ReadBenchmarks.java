package org.disputatio.benchmarks;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.disputatio.benchmarks.PlainRecords.EventRecord;
import org.disputatio.io.json.EventJson;
import org.disputatio.io.xml.EventXml;
import org.disputatio.model.Event;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.ValidationReport;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading one event from the same bytes, side by side: Disputatio's JSON and XML readers, plain
 * Jackson databind into records, Jackson's bare token stream (the parser floor), reading plus
 * validation, and the same agenda as iCalendar parsed by ical4j and by biweekly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadBenchmarks {

    @Param({"unesco", "agenda-1k", "agenda-1k-intl"})
    public String payload;

    private byte[] json;
    private byte[] xml;
    private byte[] ics;
    private final EventJson eventJson = EventJson.defaults();
    private final EventXml eventXml = EventXml.defaults();
    private final EventValidator validator = EventValidator.english();
    private final JsonFactory tokens = JsonFactory.builder().build();

    @Setup
    public void setUp() {
        Event event = Payloads.named(payload);
        json = Payloads.json(event);
        xml = Payloads.xml(event);
        ics = ICalendarPayload.of(event);
        // every reader must accept its bytes before it is timed
        if (!eventJson.read(json).equals(event) || !eventXml.read(xml).equals(event)) {
            throw new IllegalStateException("the payload does not round-trip: " + payload);
        }
        Mappers.PLAIN.readValue(json, EventRecord.class);
        if (ical4j().getComponents().isEmpty() || biweekly().getEvents().isEmpty()) {
            throw new IllegalStateException("no VEVENT parsed from the iCalendar payload");
        }
    }

    @Benchmark
    public Event eventJson() {
        return eventJson.read(json);
    }

    @Benchmark
    public EventRecord jacksonRecords() {
        return Mappers.PLAIN.readValue(json, EventRecord.class);
    }

    @Benchmark
    public int tokenScan() {
        int count = 0;
        try (JsonParser parser = tokens.createParser(ObjectReadContext.empty(), json)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    @Benchmark
    public Event eventXml() {
        return eventXml.read(xml);
    }

    @Benchmark
    public ValidationReport eventJsonAndValidate() {
        return validator.validate(eventJson.read(json));
    }

    @Benchmark
    public Calendar ical4j() {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (IOException | ParserException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public ICalendar biweekly() {
        try {
            return Biweekly.parse(new ByteArrayInputStream(ics)).first();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
