package org.disputatio.io.jsonld;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporters;
import org.junit.jupiter.api.Test;

/** The exporter is found as a service, by its file name ending. */
class ServicesTest {

    @Test
    void itIsInstalled() {
        assertTrue(EventExporters.installed().stream().map(EventExporter::name).anyMatch("schema.org JSON-LD"::equals));
    }

    @Test
    void itClaimsJsonld() {
        assertInstanceOf(JsonLdExporter.class, EventExporters.forFile(Path.of("out/event.jsonld")).orElseThrow());
        assertInstanceOf(JsonLdExporter.class, EventExporters.forFile(Path.of("EVENT.JSONLD")).orElseThrow());
    }
}
