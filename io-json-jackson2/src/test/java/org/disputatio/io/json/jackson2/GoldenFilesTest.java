package org.disputatio.io.json.jackson2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The golden files through a plain Jackson 2 mapper with the module registered, both ways:
 * reading gives the examples' events; writing gives the golden files, compared as compact JSON
 * (the golden file's tree written again by a plain mapper, which keeps the property order), and
 * byte for byte with the format's pretty printer.
 */
class GoldenFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DisputatioJackson2Module());

    /** A plain mapper, without the module: it knows nothing of the format. */
    private static final ObjectMapper PLAIN = new ObjectMapper();

    static final java.util.List<String> NAMES = Golden.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void readingTheGoldenFileGivesTheEncodedEvent(String name, @TempDir Path dir) throws IOException {
        Event expected = Samples.get(name).orElseThrow();
        byte[] golden = Golden.bytes(name);
        File file = Files.write(dir.resolve(name + ".json"), golden).toFile();
        assertEquals(expected, MAPPER.readValue(golden, Event.class));
        assertEquals(expected, MAPPER.readValue(Golden.text(name), Event.class));
        assertEquals(expected, MAPPER.readValue(new ByteArrayInputStream(golden), Event.class));
        assertEquals(expected, MAPPER.readValue(new StringReader(Golden.text(name)), Event.class));
        assertEquals(expected, MAPPER.readValue(file, Event.class));
        assertEquals(expected, MAPPER.readerFor(Event.class).readValue(golden));
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void writingTheEncodedEventGivesTheGoldenFileAsCompactJson(String name) throws IOException {
        Event event = Samples.get(name).orElseThrow();
        String written = MAPPER.writeValueAsString(event);
        assertFalse(written.contains("\n"), written);
        assertEquals(PLAIN.writeValueAsString(PLAIN.readTree(Golden.bytes(name))), written);
        assertEquals(event, MAPPER.readValue(written, Event.class));
        assertArrayEquals(written.getBytes(StandardCharsets.UTF_8), MAPPER.writeValueAsBytes(event));
    }

    /** The format's layout (two spaces, {@code "name": value}) is a Jackson 2 pretty printer's too. */
    @ParameterizedTest
    @FieldSource("NAMES")
    void writingWithTheFormatsPrettyPrinterGivesTheGoldenFileByteForByte(String name) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Event event = Samples.get(name).orElseThrow();
        String written = MAPPER.writer(printer).writeValueAsString(event) + "\n";
        assertEquals(Golden.text(name), written);
        assertEquals(event, MAPPER.readValue(written, Event.class));
    }
}
