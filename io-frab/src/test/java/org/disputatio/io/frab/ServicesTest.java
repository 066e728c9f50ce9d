package org.disputatio.io.frab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporters;
import org.junit.jupiter.api.Test;

/** Both exporters are found as services, by their file name endings. */
class ServicesTest {

    @Test
    void bothAreInstalled() {
        assertEquals(List.of("frab JSON", "frab XML"), EventExporters.installed().stream().map(EventExporter::name)
                .filter(name -> name.startsWith("frab")).sorted().toList());
    }

    @Test
    void theLongestEndingWins() {
        assertInstanceOf(FrabXmlExporter.class, EventExporters.forFile(Path.of("out/talks.frab.xml")).orElseThrow());
        assertInstanceOf(FrabJsonExporter.class, EventExporters.forFile(Path.of("TALKS.FRAB.JSON")).orElseThrow());
        assertEquals(false, EventExporters.forFile(Path.of("talks.xml")).map(e -> e.name().startsWith("frab"))
                .orElse(false));
    }
}
