package org.disputatio.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void namesBothSourceDocumentsAndTheFictionalForumInAStableOrder() {
        assertEquals(List.of("unesco-2017", "saint-cyr-2014", "halvard-forum-2031"), List.copyOf(Samples.names()));
    }

    @Test
    void returnsTheEncodedEventForEachName() {
        assertEquals(Optional.of(UnescoConference2017.event()), Samples.get("unesco-2017"));
        assertEquals(Optional.of(SaintCyrSymposium2014.event()), Samples.get("saint-cyr-2014"));
        assertEquals(Optional.of(HalvardForum2031.event()), Samples.get("halvard-forum-2031"));
        for (String name : Samples.names()) {
            assertEquals(name, Samples.get(name).orElseThrow().id());
        }
    }

    @Test
    void returnsNothingForAnUnknownName() {
        assertEquals(Optional.empty(), Samples.get("unesco-2018"));
    }

    @Test
    void refusesToChangeItsNames() {
        assertThrows(UnsupportedOperationException.class, () -> Samples.names().add("x"));
    }
}
