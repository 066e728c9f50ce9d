package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disputatio.examples.Samples;
import org.disputatio.io.json.EventJson;
import org.disputatio.io.xml.EventXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, show, convert and export-samples on files. */
class FileCommandsTest {

    @TempDir
    Path dir;

    private Path export() {
        Run run = Run.builtIn("export-samples", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        return dir;
    }

    @Test
    void exportsEverySampleAsJsonAndXml() throws IOException {
        Run run = Run.builtIn("export-samples", dir.resolve("new").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = dir.resolve("new");
        assertEquals(String.join(System.lineSeparator(), out.resolve("unesco-2017.json").toString(),
                out.resolve("unesco-2017.xml").toString(), out.resolve("saint-cyr-2014.json").toString(),
                out.resolve("saint-cyr-2014.xml").toString(), out.resolve("halvard-forum-2031.json").toString(),
                out.resolve("halvard-forum-2031.xml").toString()) + System.lineSeparator(), run.out());
        assertEquals(Samples.get("unesco-2017").orElseThrow(), EventJson.defaults().read(out.resolve("unesco-2017.json")));
        assertEquals(Samples.get("unesco-2017").orElseThrow(), EventXml.defaults().read(out.resolve("unesco-2017.xml")));
    }

    @Test
    void convertsBetweenJsonAndXml() throws IOException {
        export();
        Path xml = dir.resolve("from-json.xml");
        Path json = dir.resolve("back.json");
        assertEquals(0, Run.builtIn("convert", dir.resolve("unesco-2017.json").toString(), xml.toString()).exitCode());
        assertEquals(Files.readString(dir.resolve("unesco-2017.xml")), Files.readString(xml));
        assertEquals(0, Run.builtIn("convert", xml.toString(), json.toString()).exitCode());
        assertEquals(Files.readString(dir.resolve("unesco-2017.json")), Files.readString(json));
    }

    @Test
    void convertsToICalendarAndPrintsWhatItDropped() throws IOException {
        export();
        Path ics = dir.resolve("unesco.ics");
        Run run = Run.builtIn("convert", dir.resolve("unesco-2017.json").toString(), ics.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("iCalendar: 4 untimed items omitted; French text dropped (language chosen: en); 3 texts not in "
                + "en exported in another language; day headings not exported; people's name parts, affiliations, "
                + "positions, countries and identifiers not exported; organisations (names, sectors, countries, "
                + "identifiers) not exported; venue access and facilities not exported; links not exported; "
                + "audience not exported; proceedings (summaries, themes, quotes) not exported; provenance and "
                + "editorial notes not exported" + System.lineSeparator(), run.err());
        String text = Files.readString(ics);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), text);
        assertEquals(7, text.split("\r\nBEGIN:VEVENT\r\n", -1).length - 1, text);
        assertTrue(text.contains("\r\nSUMMARY:Lunch (facilities on site)\r\n"), text);
        assertTrue(text.contains("\r\nDTSTART;TZID=Europe/Paris:20170406T123000\r\n"), text);
    }

    @Test
    void anExportToALanguageThatIsNoTagFailsWithOneLine() {
        export();
        Run run = Run.builtIn("convert", dir.resolve("unesco-2017.json").toString(), dir.resolve("x.ics").toString(),
                "--lang", "fr_FR");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("disputatio: error: cannot export in 'fr_FR': not a language tag (BCP 47, such as fr or pt-BR)"
                + System.lineSeparator(), run.err());
        assertFalse(Files.exists(dir.resolve("x.ics")));
    }

    @Test
    void aLanguageIsChosenOnlyForAnExport() {
        export();
        Path xml = dir.resolve("from-json.xml");
        Run run = Run.builtIn("convert", dir.resolve("unesco-2017.json").toString(), xml.toString(), "--lang", "fr");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--lang chooses the language of an export; " + xml
                + " is written in a format that keeps every language"), run.err());
        assertFalse(Files.exists(xml));
    }

    @Test
    void validatesAndShowsXml() {
        export();
        Run validate = Run.builtIn("validate", dir.resolve("saint-cyr-2014.xml").toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals(dir.resolve("saint-cyr-2014.xml") + ":\n0 errors, 0 warnings\n", validate.out());
        assertEquals(Run.builtIn("show", "--sample", "unesco-2017").out(),
                Run.builtIn("show", dir.resolve("unesco-2017.xml").toString()).out());
    }

    @Test
    void reportsAnXmlErrorAsFileLineColumn() throws IOException {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<!DOCTYPE event [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<event xmlns=\"https://disputatio.org/ns/event/1\">&x;</event>\n");
        Run run = Run.builtIn("show", broken.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(broken + ":2:"), run.err());
        assertTrue(run.err().contains("DOCTYPE is not allowed"), run.err());
        assertFalse(run.err().contains("root:"), "nothing of /etc/passwd may leak: " + run.err());
    }

    @Test
    void validatesSeveralFiles() {
        export();
        Run run = Run.builtIn("validate", dir.resolve("unesco-2017.json").toString(),
                dir.resolve("saint-cyr-2014.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(dir.resolve("unesco-2017.json") + ":\n0 errors, 4 warnings\n"), run.out());
        assertTrue(run.out().contains(dir.resolve("saint-cyr-2014.json") + ":\n0 errors, 0 warnings\n"), run.out());
    }

    @Test
    void showsAFileAsItShowsTheSample() {
        export();
        assertEquals(Run.builtIn("show", "--sample", "unesco-2017").out(),
                Run.builtIn("show", dir.resolve("unesco-2017.json").toString()).out());
    }

    @Test
    void convertsAFile() throws IOException {
        export();
        Path copy = dir.resolve("copy.json");
        Run run = Run.builtIn("convert", dir.resolve("saint-cyr-2014.json").toString(), copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(dir.resolve("saint-cyr-2014.json")), Files.readString(copy));
    }

    @Test
    void reportsAParseErrorAsFileLineColumn() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"id\": 42\n}\n");
        Run run = Run.builtIn("show", broken.toString());
        assertEquals(2, run.exitCode());
        assertEquals(broken + ":3:9: expected a string, got an integer (at id)\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void validatesTheReadableFilesWhenOneIsNot() throws IOException {
        export();
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1,");
        Run run = Run.builtIn("validate", broken.toString(), dir.resolve("saint-cyr-2014.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(broken + ":1:"), run.err());
        assertTrue(run.out().contains("saint-cyr-2014.json:\n0 errors, 0 warnings\n"), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** Issue #15: a bad.json whose names hold 0xFF bytes was read as good.json once good.json had been. */
    @Test
    void invalidUtf8InAPropertyNameIsReportedAfterAGoodFileWithTheSameNames() throws IOException {
        String good = "{\"formatVersion\":1,\"id\":\"x\",\"kind\":\"seminar\",\"startDate\":\"2017-04-06\","
                + "\"endDate\":\"2017-04-06\"}";
        Path goodFile = Files.writeString(dir.resolve("good.json"), good);
        Path badFile = Files.write(dir.resolve("bad.json"), good.replace("\"id\"", "\"\u00ffid\"")
                .replace("\"startDate\"", "\"startDat\u00ff\u00ff\u00ffe\"")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (int round = 0; round < 2; round++) {
            Run run = Run.builtIn("validate", goodFile.toString(), badFile.toString());
            assertEquals(2, run.exitCode(), run.out());
            assertTrue(run.out().contains(goodFile + ":\n"), run.out());
            assertFalse(run.out().contains(badFile + ":\n0 errors"), run.out());
            assertTrue(run.err().startsWith(badFile + ":1:"), run.err());
            assertTrue(run.err().contains(": Invalid UTF-8: byte 0xff cannot start a character"), run.err());
        }
    }

    @Test
    void reportsAMissingFileAsFileLineColumn() {
        for (String extension : new String[] {".json", ".xml"}) {
            Path missing = dir.resolve("missing" + extension);
            for (String command : new String[] {"validate", "show"}) {
                Run run = Run.builtIn(command, missing.toString());
                assertEquals(2, run.exitCode(), command);
                assertEquals(missing + ":1:1: cannot read the file: no such file\n", run.err());
            }
            Run convert = Run.builtIn("convert", missing.toString(), dir.resolve("out.json").toString());
            assertEquals(2, convert.exitCode());
            assertEquals(missing + ":1:1: cannot read the file: no such file\n", convert.err());
        }
    }

    @Test
    void reportsADirectoryAsFileLineColumn() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("events.json"));
        Run run = Run.builtIn("validate", directory.toString());
        assertEquals(2, run.exitCode());
        assertEquals(directory + ":1:1: cannot read the file: it is a directory\n", run.err());
    }

    /** A binary file: the first byte that is not UTF-8, by line and byte column. */
    @Test
    void reportsABinaryFileAsFileLineColumn() throws IOException {
        byte[] binary = {0x7f, 'E', 'L', 'F', 0x02, 0x01, '\n', 'a', 'b', (byte) 0xC3, 'x', 0, 0, (byte) 0xFF, '\n'};
        Path xml = Files.write(dir.resolve("binary.xml"), binary);
        Run run = Run.builtIn("validate", xml.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(xml + ":2:3: malformed XML: "), run.err());
        assertFalse(run.err().contains("byte #"), run.err());
        Path json = Files.write(dir.resolve("binary.json"), binary);
        Run jsonRun = Run.builtIn("validate", json.toString());
        assertEquals(2, jsonRun.exitCode());
        assertTrue(jsonRun.err().startsWith(json + ":1:1: "), jsonRun.err());
    }

    @Test
    void reportsIllFormedUtf8InXmlWhereItIs() throws IOException {
        Path xml = dir.resolve("latin1.xml");
        Files.write(xml, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<event>\r\n  <title>caf\u00e9</title>\r\n</event>\r\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Run run = Run.builtIn("show", xml.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(xml + ":3:13: malformed XML: "), run.err());
        assertTrue(run.err().contains("UTF-8"), run.err());
    }

    @Test
    void findsTheFirstIllFormedUtf8Sequence() throws IOException {
        Path file = dir.resolve("bytes");
        Files.write(file, "ok\r\n\u00e9t\u00e9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(null, FileLocations.firstMalformedUtf8(file));
        byte[] bigThenBad = new byte[200_000];
        java.util.Arrays.fill(bigThenBad, (byte) 'a');
        bigThenBad[100_000] = '\n';
        bigThenBad[150_000] = (byte) 0xE2; // a 3-byte lead followed by ASCII
        Files.write(file, bigThenBad);
        assertEquals(List.of(2L, 49_999L + 1), toList(FileLocations.firstMalformedUtf8(file)));
        Files.write(file, new byte[] {'a', '\n', 'b', (byte) 0xF0, (byte) 0x9F}); // truncated at the end
        assertEquals(List.of(2L, 2L), toList(FileLocations.firstMalformedUtf8(file)));
    }

    private static List<Long> toList(long[] values) {
        return values == null ? null : List.of(values[0], values[1]);
    }

    @Test
    void refusesAFileOfUnknownFormat() {
        Run run = Run.builtIn("convert", "in.txt", dir.resolve("out.json").toString());
        assertEquals(2, run.exitCode());
        assertEquals("disputatio: error: cannot tell the format of in.txt from its name: use one of .json, .xml\n", run.err());
    }

    @Test
    void refusesASampleAndAFileTogether() {
        Run run = Run.builtIn("show", "--sample", "unesco-2017", "x.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unmatched argument at index 3: 'x.json'"), run.err());
        assertTrue(run.err().contains("(--sample=NAME |"), run.err());
    }
}
