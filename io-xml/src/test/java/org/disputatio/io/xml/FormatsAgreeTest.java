package org.disputatio.io.xml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.disputatio.io.EventFormat;
import org.disputatio.io.EventReadException;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ReadSettings;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Speaker;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.Finding;
import org.disputatio.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading, validating and writing agree on every event, in both formats (issue #15): what the
 * validator passes, both writers write and both readers read back; what one format cannot hold,
 * the validator reports and both writers refuse at its path; and the readers' failures say where.
 */
class FormatsAgreeTest {

    private static final EventJson JSON = EventJson.defaults();
    private static final EventXml XML = EventXml.defaults();
    static final List<EventFormat> FORMATS = List.of(JSON, XML);
    private static final EventValidator VALIDATOR = EventValidator.english();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    static Event.Builder event(String id) {
        return Event.builder(id).kind(EventKind.SEMINAR).dates(DAY, DAY);
    }

    static Event withTitle(String language, String text) {
        return event("e").title(LocalizedText.of(language, text)).build();
    }

    static Event titled(String text) {
        return withTitle("en", text);
    }

    static Event withPrintedName(String printed) {
        return event("e").person(Speaker.builder("p").name(printed).build()).build();
    }

    static List<Finding> writableText(Event event) {
        return VALIDATOR.validate(event).findings().stream().filter(f -> f.constraint().equals("writable-text")).toList();
    }

    /** The event written and read back in this format, or null if the writer refused it. */
    static Event roundTrip(EventFormat format, Event event) {
        String written;
        try {
            written = format.write(event);
        } catch (EventWriteException refused) {
            return null;
        }
        return format.read(written);
    }

    // ---------------------------------------------------------------- break 2: characters

    /** Built in Java, these used to validate clean; the XML writer then threw with no path. */
    @Test
    void whatNoFormatCanHoldIsReportedByTheValidatorAndRefusedByBothWritersAtItsPath() {
        for (String bad : List.of("\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001f", "\ufffe", "\uffff",
                "\ud800", "\udfff", "\udc00\ud800")) {
            String name = String.format("U+%04X", (int) bad.charAt(0));
            Event inTitle = withTitle("en", "a" + bad + "b");
            Event inName = withPrintedName("Ada" + bad);
            for (Object[] c : new Object[][] {{inTitle, "title", "title.en"},
                    {inName, "people[0].name.printed", "people[0].name.printed"}}) {
                Event event = (Event) c[0];
                List<Finding> findings = writableText(event);
                assertEquals(1, findings.size(), () -> name + ": " + VALIDATOR.validate(event).toText());
                assertEquals(c[1], findings.get(0).path());
                assertEquals(Severity.ERROR, findings.get(0).severity());
                assertTrue(findings.get(0).message().contains(name), findings.get(0)::message);
                for (EventFormat format : FORMATS) {
                    EventWriteException e = assertThrows(EventWriteException.class, () -> format.write(event),
                            () -> name + " in " + format.name());
                    assertEquals(c[2], e.path(), e::getMessage);
                    assertTrue(e.getMessage().contains(name), e::getMessage);
                }
            }
            // a language tag too
            Event inTag = withTitle("e" + bad + "n", "x");
            assertEquals(1, writableText(inTag).size(), name);
            for (EventFormat format : FORMATS) {
                assertThrows(EventWriteException.class, () -> format.write(inTag), () -> name + " in " + format.name());
            }
        }
    }

    /**
     * Over the whole Basic Multilingual Plane's interesting parts and a sample of the rest, and a
     * few supplementary characters: the validator passes a text exactly when both writers write
     * it, and what they write both readers read back as it was.
     */
    @Test
    void theValidatorTheWritersAndTheReadersAgreeOnEveryCharacter() {
        List<String> characters = new ArrayList<>();
        IntStream.concat(IntStream.concat(IntStream.range(0, 0x300), IntStream.range(0xD7F0, 0xE010)),
                IntStream.concat(IntStream.range(0xFDD0, 0xFDF0), IntStream.range(0xFFF0, 0x10000)))
                .forEach(c -> characters.add(String.valueOf((char) c)));
        IntStream.iterate(0x300, c -> c < 0xFFF0, c -> c + 97).forEach(c -> characters.add(String.valueOf((char) c)));
        IntStream.of(0x1F600, 0x1FFFE, 0x10FFFF, 0x10000).forEach(c -> characters.add(Character.toString(c)));
        int clean = 0;
        for (String c : characters) {
            Event event = withTitle("en", "a" + c + "b");
            boolean valid = writableText(event).isEmpty();
            for (EventFormat format : FORMATS) {
                Event back = roundTrip(format, event);
                String what = String.format("U+%04X in %s", c.codePointAt(0), format.name());
                assertEquals(valid, back != null, () -> what + ": the validator " + (valid ? "passes" : "refuses")
                        + " it, the writer " + (back != null ? "writes" : "refuses") + " it");
                if (back != null) {
                    assertEquals(event, back, what);
                }
            }
            clean += valid ? 1 : 0;
        }
        int checked = clean;
        assertTrue(clean > 1_000, () -> "only " + checked + " clean characters of " + characters.size());
    }

    // ---------------------------------------------------------------- break 3: limits

    @Test
    void theWritersLimitsAreTheReadersDefaults() {
        assertEquals(ReadSettings.defaults().maxStringLength(), ValueSyntax.MAX_WRITTEN_STRING);
        assertEquals(ReadSettings.defaults().maxNameLength(), ValueSyntax.MAX_WRITTEN_TAG);
    }

    /** A 70,000-character id was written as an XML attribute and refused on reading (attribute limit 65,536). */
    @Test
    void aLongIdIsWrittenAndReadBackUpToTheReadersLimitAndRefusedPastIt() {
        for (int length : new int[] {70_000, 1_000_000}) {
            Event event = event("a".repeat(length)).build();
            for (EventFormat format : FORMATS) {
                assertEquals(event, roundTrip(format, event), () -> length + " characters in " + format.name());
            }
            assertEquals(List.of(), writableText(event), "the validator passes what the writers write");
        }
        Event tooLong = event("a".repeat(1_000_001)).build();
        assertEquals(List.of("id"), writableText(tooLong).stream().map(Finding::path).toList(),
                "the validator reports what the writers refuse");
        for (EventFormat format : FORMATS) {
            EventWriteException e = assertThrows(EventWriteException.class, () -> format.write(tooLong), format::name);
            assertEquals("id", e.path());
            assertTrue(e.reason().contains("1000001 characters long, more than the limit maxStringLength (1000000)"),
                    e::getMessage);
        }
        Event longTitle = withTitle("en", "b".repeat(1_000_001));
        for (EventFormat format : FORMATS) {
            assertEquals("title.en", assertThrows(EventWriteException.class, () -> format.write(longTitle)).path());
        }
    }

    /** A 1,001-character xml:lang was written as a JSON property name and refused (name limit 1,000). */
    @Test
    void aLanguageTagPastTheNameLimitIsRefusedByBothWritersAndBothReaders() {
        String tag = "x" + "-abcdefgh".repeat(111); // 1,000 characters
        assertEquals(1_000, tag.length());
        Event atLimit = withTitle(tag, "x");
        for (EventFormat format : FORMATS) {
            assertEquals(atLimit, roundTrip(format, atLimit), format.name());
        }
        String longer = tag + "a";
        Event tooLong = withTitle(longer, "x");
        assertEquals(List.of(), writableText(atLimit));
        assertEquals(1, writableText(tooLong).size(), "the validator reports what the writers refuse");
        for (EventFormat format : FORMATS) {
            EventWriteException e = assertThrows(EventWriteException.class, () -> format.write(tooLong), format::name);
            assertTrue(e.path().startsWith("title."), e::getMessage);
            assertTrue(e.reason().startsWith("the language tag is 1001 characters long, more than the limit "
                    + "maxNameLength (1000)"), e::getMessage);
        }
        // what the writers refuse, the readers refuse too
        String xml = XML.write(atLimit).replace(tag, longer);
        EventReadException fromXml = assertThrows(EventReadException.class, () -> XML.read(xml));
        assertTrue(fromXml.reason().contains("maxNameLength (1000)"), fromXml::getMessage);
        assertTrue(fromXml.line() > 0, fromXml::getMessage);
        String json = JSON.write(atLimit).replace(tag, longer);
        EventReadException fromJson = assertThrows(EventReadException.class, () -> JSON.read(json));
        assertTrue(fromJson.reason().contains("maxNameLength"), fromJson::getMessage);
    }

    // ---------------------------------------------------------------- break 4: located decoding errors

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(UTF_8));
        return out.toByteArray();
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<event xmlns=\"https://disputatio.org/ns/event/1\" formatVersion=\"1\" id=\"e\" kind=\"seminar\" "
            + "startDate=\"2026-11-26\" endDate=\"2026-11-26\">\n";

    /** A 0xFF byte in UTF-8 text was reported at line 0, column 0, as "(at char #161, byte #37)". */
    @Test
    void illFormedUtf8IsReportedAtTheLineAndColumnOfItsFirstByte(@TempDir Path dir) throws IOException {
        for (String hex : List.of("ff", "fe", "80", "bf", "c328", "e28263", "c0af", "c080", "e080af", "eda080", "f4908080",
                "f5808080", "c3")) {
            byte[] document = bytes(HEAD + "  <title xml:lang=\"en\">ab", HexFormat.of().parseHex(hex),
                    "cd</title>\n</event>\n");
            Path file = Files.write(dir.resolve(hex + ".xml"), document);
            for (EventReadException e : List.of(
                    assertThrows(EventReadException.class, () -> XML.read(document)),
                    assertThrows(EventReadException.class, () -> XML.read(new ByteArrayInputStream(document))),
                    assertThrows(EventReadException.class, () -> XML.read(file)))) {
                assertEquals(3, e.line(), () -> hex + ": " + e.getMessage());
                assertEquals(26, e.column(), () -> hex + ": " + e.getMessage());
                assertTrue(e.reason().startsWith("malformed XML: Invalid UTF-8: "), () -> hex + ": " + e.getMessage());
                assertFalse(e.reason().matches(".*(char|byte) #.*"), () -> hex + ": " + e.getMessage());
            }
        }
        // far into a large document, and after CR LF line ends
        StringBuilder big = new StringBuilder(HEAD.replace("\n", "\r\n"));
        for (int i = 0; i < 5_000; i++) {
            big.append("  <language>fr</language>\r\n");
        }
        byte[] document = bytes(big + "  <title xml:lang=\"en\">", new byte[] {(byte) 0xFF}, "</title>\r\n</event>\r\n");
        EventReadException far = assertThrows(EventReadException.class, () -> XML.read(document));
        assertEquals(5_003, far.line(), far::getMessage);
        assertEquals(24, far.column(), far::getMessage);
        // a document in another encoding is left to the parser
        byte[] latin1 = (HEAD.replace("UTF-8", "ISO-8859-1") + "<title xml:lang=\"en\">caf\u00e9 \u00ff</title></event>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("café ÿ", XML.read(latin1).title().get("en").orElseThrow());
    }

    // ---------------------------------------------------------------- comments and CDATA in text

    /** Documented in the io-xml README: XML allows both in content; they are merged into the text. */
    @Test
    void commentsProcessingInstructionsAndCdataInsideTextAreMerged() {
        String[][] cases = {{"a<!--c-->b", "ab"}, {"a<![CDATA[<b>&]]>c", "a<b>&c"}, {"a<?pi x?>b", "ab"},
            {"<!--only a comment-->", ""}, {"a<!--c--><![CDATA[ ]]>b", "a b"}};
        for (String[] c : cases) {
            Event event = XML.read(HEAD + "<title xml:lang=\"en\">x</title><subtitle xml:lang=\"en\">" + c[0]
                    + "</subtitle></event>");
            assertEquals(c[1], event.subtitle().get("en").orElse(""), c[0]);
            String written = XML.write(event);
            assertFalse(written.contains("<!--") || written.contains("CDATA"), written);
            assertEquals(event, XML.read(written));
        }
    }
}
