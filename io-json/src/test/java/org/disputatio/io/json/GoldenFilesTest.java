package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.disputatio.examples.Samples;
import org.disputatio.model.Certainty;
import org.disputatio.model.Event;
import org.disputatio.model.Panel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The two encoded sources, both ways: writing gives the golden file byte for byte; reading it gives the event. */
class GoldenFilesTest {

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = GoldenFilesTest.class.getResourceAsStream(name + ".json")) {
            return in.readAllBytes();
        }
    }

    private static Path goldenPath(String name) throws URISyntaxException {
        return Path.of(GoldenFilesTest.class.getResource(name + ".json").toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void writingTheEncodedEventGivesTheGoldenFile(String name) throws IOException {
        Event event = Samples.get(name).orElseThrow();
        assertArrayEquals(golden(name), EventJson.defaults().writeBytes(event),
                () -> "regenerate with EventJson.defaults().write(Samples.get(\"" + name + "\")) if the change is intended");
        assertEquals(new String(golden(name), StandardCharsets.UTF_8), EventJson.defaults().write(event));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unesco-2017", "saint-cyr-2014", "halvard-forum-2031"})
    void readingTheGoldenFileGivesTheEncodedEvent(String name) throws Exception {
        Event expected = Samples.get(name).orElseThrow();
        assertEquals(expected, EventJson.defaults().read(golden(name)));
        assertEquals(expected, EventJson.defaults().read(goldenPath(name)));
    }

    @Test
    void readsTheUnescoFactsFromTheFile() throws Exception {
        Event unesco = EventJson.defaults().read(goldenPath("unesco-2017"));
        assertEquals(28, unesco.people().size());
        assertEquals(31, unesco.programme().items().mapToInt(item -> item.participants().size()).sum());
        Panel panel2 = (Panel) unesco.programme().days().get(0).items().get(4);
        assertEquals("2", panel2.label().orElseThrow());
        assertEquals(java.util.Optional.empty(), panel2.start());
        assertEquals(java.util.Set.of("fr"),
                unesco.programme().days().get(0).items().get(1).title().languages());
    }

    @Test
    void readsTheSaintCyrYearAsInferred() throws Exception {
        Event saintCyr = EventJson.defaults().read(goldenPath("saint-cyr-2014"));
        assertEquals(Certainty.INFERRED, saintCyr.provenance().certaintyOf("startDate"));
        assertEquals(4, saintCyr.proceedings().dimensions().size());
    }
}
