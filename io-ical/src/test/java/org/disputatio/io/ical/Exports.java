package org.disputatio.io.ical;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.disputatio.examples.Samples;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.Event;

/** Test helpers: an export with a fixed clock, as text and report. */
record Exports(String text, ExportReport report) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:15:30.250Z"), ZoneOffset.UTC);

    static Exports of(Event event, ExportSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = new ICalendarExporter(CLOCK).export(event, out, settings);
        return new Exports(out.toString(StandardCharsets.UTF_8), report);
    }

    static Exports of(Event event) {
        return of(event, ExportSettings.defaults());
    }

    static Event sample(String name) {
        return Samples.get(name).orElseThrow();
    }
}
