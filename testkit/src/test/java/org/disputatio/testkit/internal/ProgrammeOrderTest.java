package org.disputatio.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeOrderTest {

    @Test
    void pathsComeInDocumentOrderWithIndexesByNumber() {
        // a programme declares its tracks before its days: document order, not alphabetical
        List<String> paths = new ArrayList<>(List.of(
                "provenance.claims[0].path",
                "programme.days[10].date",
                "programme.days[2].items[10].start",
                "programme.days[2].items[2].title",
                "programme.days[2].items[2]",
                "programme.days[2].items[2].start",
                "programme.tracks[0].name",
                "people[1].name.printed",
                "title",
                "",
                "programme.days[2].items[2].items[0].end",
                "zzz.unknown",
                "languages[0]"));
        paths.sort(ProgrammeOrder::compare);
        assertEquals(List.of(
                "",
                "title",
                "languages[0]",
                "people[1].name.printed",
                "programme.tracks[0].name",
                "programme.days[2].items[2]",
                "programme.days[2].items[2].start",
                "programme.days[2].items[2].title",
                "programme.days[2].items[2].items[0].end",
                "programme.days[2].items[10].start",
                "programme.days[10].date",
                "provenance.claims[0].path",
                "zzz.unknown"), paths);
    }
}
