package org.disputatio.io.ical.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OctetFoldingWriterTest {

    private static String fold(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (OctetFoldingWriter writer = new OctetFoldingWriter(out)) {
            writer.write(text);
        }
        return out.toString();
    }

    @Test
    void aLineOf75OctetsStaysWhole() throws IOException {
        String line = "x".repeat(75);
        assertEquals(line + "\r\n", fold(line + "\r\n"));
    }

    @Test
    void the76thOctetGoesOnAContinuationLine() throws IOException {
        assertEquals("x".repeat(75) + "\r\n x\r\n", fold("x".repeat(76) + "\r\n"));
    }

    @Test
    void aCharacterIsNeverCut() throws IOException {
        // 74 octets, then é (2 octets), 中 (3) and 😀 (4, a surrogate pair): each moves whole
        assertEquals("x".repeat(74) + "\r\n é", fold("x".repeat(74) + "é"));
        assertEquals("x".repeat(73) + "\r\n 中", fold("x".repeat(73) + "中"));
        assertEquals("x".repeat(72) + "\r\n 😀", fold("x".repeat(72) + "😀"));
        assertEquals("x".repeat(71) + "😀", fold("x".repeat(71) + "😀"));
    }

    @Test
    void continuationLinesCountTheirLeadingSpace() throws IOException {
        String folded = fold("中".repeat(50));
        for (String line : folded.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("中".repeat(50), folded.replace("\r\n ", ""));
        assertEquals(" " + "中".repeat(24), folded.split("\r\n")[1]);
    }

    @Test
    void eachLineIsCountedFromItsStart() throws IOException {
        String lines = "x".repeat(70) + "\r\n" + "y".repeat(75) + "\r\n";
        assertEquals(lines, fold(lines));
    }
}
