package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.disputatio.io.EventFormat;
import org.disputatio.io.EventFormats;
import org.disputatio.io.json.EventJson;
import org.disputatio.io.xml.EventXml;
import org.junit.jupiter.api.Test;

/** The command's formats are the installed ones, found as services and chosen by extension. */
class FormatsTest {

    @Test
    void theInstalledFormatsAreFoundAsServices() {
        assertEquals(List.of("JSON", "XML"), EventFormats.installed().stream().map(EventFormat::name).toList());
        assertSame(EventJson.defaults(), EventFormats.installed().get(0));
        assertSame(EventXml.defaults(), EventFormats.installed().get(1));
        assertEquals(List.of(".json", ".xml"), Formats.all().stream().map(Formats::extension).toList());
    }

    @Test
    void aFileIsReadInTheFormatOfItsExtensionWhateverItsCase() {
        assertSame(EventJson.defaults(), Formats.of(Path.of("dir.xml", "event.JSON")));
        assertSame(EventXml.defaults(), Formats.of(Path.of("event.json.Xml")));
        assertTrue(EventFormats.forFile(Path.of("event")).isEmpty());
        assertTrue(EventFormats.forFile(Path.of("/")).isEmpty());
    }

    @Test
    void anUnknownExtensionIsRefusedWithTheKnownOnes() {
        InputException error = assertThrows(InputException.class, () -> Formats.of(Path.of("event.yaml")));
        assertEquals("cannot tell the format of event.yaml from its name: use one of .json, .xml", error.getMessage());
    }
}
