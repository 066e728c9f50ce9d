package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert to the frab schedule formats (io-frab, found as an installed exporter). */
class FrabConvertTest {

    @TempDir
    Path dir;

    @Test
    void convertsASampleToFrabXmlAndJsonAndReportsTheLosses() throws IOException {
        assertEquals(0, Run.builtIn("export-samples", dir.toString()).exitCode());
        Path in = dir.resolve("halvard-forum-2031.json");
        String losses = "2 unscheduled items omitted; 2 nested items exported as events of their own beside their "
                + "parents; 2 items without an end and no later item given duration 0:00; 5 items without a room "
                + "placed in \u201cHalvard Conference Centre\u201d; roles and contributions flattened into the "
                + "description; honorifics, affiliations and countries of people not exported; conditions of 7 items "
                + "not exported; day headings not exported; subtitle, description, venue, organisations, audience, "
                + "links, proceedings and provenance not exported";

        Path xml = dir.resolve("x.frab.xml");
        Run toXml = Run.builtIn("convert", in.toString(), xml.toString());
        assertEquals(0, toXml.exitCode(), toXml.err());
        assertEquals("frab XML: " + losses + "\n", toXml.err());
        assertTrue(Files.readString(xml).contains("<acronym>halvard_forum_2031</acronym>"));

        Path json = dir.resolve("x.frab.json");
        Run toJson = Run.builtIn("convert", in.toString(), json.toString());
        assertEquals(0, toJson.exitCode(), toJson.err());
        assertTrue(toJson.err().startsWith("frab JSON: " + losses + "; item kinds reduced"), toJson.err());
        assertTrue(Files.readString(json).contains("\"acronym\" : \"halvard_forum_2031\""));
    }

    @Test
    void theLanguageIsChosenWithLang() throws IOException {
        assertEquals(0, Run.builtIn("export-samples", dir.toString()).exitCode());
        Path xml = dir.resolve("unesco.frab.xml");
        Run run = Run.builtIn("convert", dir.resolve("unesco-2017.xml").toString(), xml.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("; 3 texts missing in en written in fr; 5 texts in fr dropped (language chosen: en); "),
                run.err());
        assertTrue(Files.readString(xml).contains("<title>Opening</title>"));
    }
}
