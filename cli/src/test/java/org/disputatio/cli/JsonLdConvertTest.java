package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert to schema.org JSON-LD (io-jsonld, found as an installed exporter). */
class JsonLdConvertTest {

    @TempDir
    Path dir;

    @Test
    void convertsASampleToJsonLdAndReportsTheLosses() throws IOException {
        assertEquals(0, Run.builtIn("export-samples", dir.toString()).exitCode());
        Path out = dir.resolve("saint-cyr.jsonld");
        Run run = Run.builtIn("convert", dir.resolve("saint-cyr-2014.json").toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("schema.org JSON-LD: sectors of organisations not exported; day headings not exported; "
                + "the event's kind, proceedings and provenance not exported\n", run.err());
        String json = Files.readString(out);
        assertTrue(json.startsWith("{\n  \"@context\" : \"https://schema.org\",\n  \"@type\" : \"Event\""), json);
    }

    @Test
    void theLanguageOrdersTheTranslationsAndDropsNone() throws IOException {
        assertEquals(0, Run.builtIn("export-samples", dir.toString()).exitCode());
        Path out = dir.resolve("unesco.jsonld");
        Run run = Run.builtIn("convert", dir.resolve("unesco-2017.xml").toString(), out.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("schema.org JSON-LD: 4 untimed items dated by their day only; "), run.err());
        String json = Files.readString(out);
        int english = json.indexOf("\"Building international peace and Security in the digital society\"");
        int french = json.indexOf("\"Construire la paix et la s\u00e9curit\u00e9 internationale de la s\u00e9curit\u00e9 num\u00e9rique\"");
        assertTrue(english > 0 && french > english, "both languages, English first");
    }
}
