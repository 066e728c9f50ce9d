package org.disputatio.io.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.disputatio.examples.Samples;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The samples (the two encoded sources and the fictional forum) as XML, both ways, and across formats. */
class GoldenFilesTest {

    static byte[] golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream(name + ".xml")) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void writingTheEncodedEventGivesTheGoldenFile(String name) throws IOException {
        Event event = Samples.get(name).orElseThrow();
        assertArrayEquals(golden(name), EventXml.defaults().writeBytes(event),
                () -> "regenerate with EventXml.defaults().write(Samples.get(\"" + name + "\")) if the change is intended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void readingTheGoldenFileGivesTheEncodedEvent(String name) throws Exception {
        Event expected = Samples.get(name).orElseThrow();
        assertEquals(expected, EventXml.defaults().read(golden(name)));
        assertEquals(expected, EventXml.defaults().read(Path.of(GoldenFilesTest.class.getResource(name + ".xml").toURI())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void jsonToXmlToJsonGivesTheSameJson(String name) throws IOException {
        byte[] json;
        try (InputStream in = EventJson.class.getResourceAsStream("/org/disputatio/io/json/" + name + ".json")) {
            json = in == null ? EventJson.defaults().writeBytes(Samples.get(name).orElseThrow()) : in.readAllBytes();
        }
        Event fromJson = EventJson.defaults().read(json);
        Event throughXml = EventXml.defaults().read(EventXml.defaults().write(fromJson));
        assertArrayEquals(json, EventJson.defaults().writeBytes(throughXml));
    }
}
