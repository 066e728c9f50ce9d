package org.disputatio.io.xml.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disputatio.io.EventFormat;
import org.disputatio.io.EventReadException;
import org.disputatio.io.json.EventJson;
import org.disputatio.io.xml.EventXml;
import org.disputatio.model.Event;
import org.disputatio.testkit.ReadErrorAssertions;
import org.disputatio.validation.EventValidator;

/**
 * Jazzer fuzz targets (issue #15). The oracle is the documented contract: reading throws only an
 * {@link EventReadException}, well-formed, with its location; what a reader with the default
 * settings accepts, the validator checks without throwing, both writers write, both readers read
 * back as the same event, and JSON → XML → JSON gives the same text.
 *
 * <p>{@code mvn verify} replays the seeds and every input found so far, in
 * {@code src/test/resources/org/disputatio/io/xml/fuzz/FuzzTargetsTestInputs/<target>/} (Jazzer's
 * regression mode); {@code fuzz/run [SECONDS]} fuzzes each target, coverage-guided.
 */
class FuzzTargetsTest {

    private static final EventJson JSON = EventJson.defaults();
    private static final EventXml XML = EventXml.defaults();
    private static final EventValidator VALIDATOR = EventValidator.english();

    @FuzzTest(maxDuration = "60s")
    void jsonRead(byte[] input) {
        Event event = read(JSON, input);
        if (event != null) {
            cycle(event);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void xmlRead(byte[] input) {
        Event event = read(XML, input);
        if (event != null) {
            cycle(event);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] input) {
        List<EventReadException> errors = new ArrayList<>();
        List<Event> events;
        try (Stream<Event> lines = JSON.readLines(new InputStreamReader(new ByteArrayInputStream(input),
                StandardCharsets.UTF_8), errors::add)) {
            events = lines.toList();
        }
        for (EventReadException e : errors) {
            ReadErrorAssertions.assertWellFormed(e, null);
            assertTrue(e.line() > 0, e::getMessage);
        }
        events.forEach(FuzzTargetsTest::cycle);
    }

    /** Reads either format, by its first significant byte, and runs the whole cycle on what reads. */
    @FuzzTest(maxDuration = "60s")
    void crossFormatCycle(byte[] input) {
        int first = 0;
        while (first < input.length && Character.isWhitespace(input[first])) {
            first++;
        }
        boolean xml = first < input.length && input[first] == '<';
        Event event = read(xml ? XML : JSON, input);
        if (event != null) {
            cycle(event);
        }
    }

    /** The event, or null if the reader refused it as the contract says it may. */
    private static Event read(EventFormat format, byte[] input) {
        try {
            return format.read(input);
        } catch (EventReadException e) {
            ReadErrorAssertions.assertWellFormed(e, null);
            return null;
        }
    }

    /** Validate, write in both formats, read both back: the same event; JSON → XML → JSON the same text. */
    private static void cycle(Event event) {
        VALIDATOR.validate(event);
        String json = JSON.write(event);
        String xml = XML.write(event);
        assertEquals(event, JSON.read(json), "JSON written, read back");
        assertEquals(event, XML.read(xml), "XML written, read back");
        assertEquals(json, JSON.write(XML.read(XML.write(JSON.read(json)))), "JSON → XML → JSON");
    }
}
