package org.disputatio.io.jsonld;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.disputatio.examples.Samples;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.Event;

/** Exports for the tests: the text and the report. */
final class Exports {

    record Export(String json, ExportReport report) {
    }

    private Exports() {
    }

    static Event sample(String name) {
        return Samples.get(name).orElseThrow();
    }

    static Export of(Event event) {
        return of(event, ExportSettings.defaults());
    }

    static Export of(Event event, ExportSettings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = new JsonLdExporter().export(event, out, settings);
        return new Export(out.toString(StandardCharsets.UTF_8), report);
    }
}
