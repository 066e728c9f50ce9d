package org.disputatio.testkit.jqwik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.testkit.EventAssertions;
import org.junit.jupiter.api.Test;

class ValidEventsSettingsTest {

    @Test
    void theSettingsBoundWhatIsGenerated() {
        List<Event> events = Events.valid().days(2, 2).itemsPerDay(3, 3).nesting(0).people(4, 4).organisations(2, 2)
                .tracks(1, 1).rooms(2, 2).languages("de", "ja").sampleStream().limit(30).toList();
        for (Event event : events) {
            assertEquals(2, event.programme().days().size());
            for (ProgrammeDay day : event.programme().days()) {
                assertEquals(3, day.items().size());
                assertTrue(day.items().stream().allMatch(item -> item.items().isEmpty()), "no nesting");
            }
            assertEquals(4, event.people().size());
            assertEquals(2, event.organisations().size());
            assertEquals(1, event.programme().tracks().size());
            assertEquals(2, event.venue().orElseThrow().rooms().size());
            assertEquals(List.of("de", "ja"), event.languages());
            assertEquals(2, event.title().size());
            EventAssertions.assertNoWarnings(event);
        }
    }

    @Test
    void nestingGoesAsDeepAsAsked() {
        int deepest = Events.valid().itemsPerDay(1, 6).nesting(3).sampleStream().limit(200)
                .mapToInt(event -> event.programme().days().stream()
                        .mapToInt(day -> depth(day.items())).max().orElse(0))
                .max().orElse(0);
        assertEquals(4, deepest, "items three levels below the day's items");
    }

    private static int depth(List<AgendaItem> items) {
        return items.stream().mapToInt(item -> 1 + depth(item.items())).max().orElse(0);
    }

    @Test
    void badSettingsAreRefusedWithWhatAndWhy() {
        assertEquals("days: expected 0 <= min <= max <= 50, not 3 and 1",
                assertThrows(IllegalArgumentException.class, () -> Events.valid().days(3, 1)).getMessage());
        assertEquals("itemsPerDay: expected 0 <= min <= max <= 50, not -1 and 2",
                assertThrows(IllegalArgumentException.class, () -> Events.valid().itemsPerDay(-1, 2)).getMessage());
        assertEquals("nesting: expected a depth from 0 to 4, not 5",
                assertThrows(IllegalArgumentException.class, () -> Events.valid().nesting(5)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Events.valid().languages("en_GB"))
                .getMessage().startsWith("languages: 'en_GB' is not a well-formed BCP 47 tag"));
        assertEquals("languages: 'EN' is given twice",
                assertThrows(IllegalArgumentException.class, () -> Events.valid().languages("en", "EN")).getMessage());
        assertEquals("languages: give at least one language tag",
                assertThrows(IllegalArgumentException.class, () -> Events.valid().languages()).getMessage());
        assertEquals("withFault: the fault kind is null",
                assertThrows(IllegalArgumentException.class, () -> Events.withFault(null)).getMessage());
    }

    @Test
    void aMissingTranslationGetsASecondLanguageWhenTheSettingsHaveOne() {
        PlantedFault fault = Events.valid().languages("fr").withFault(FaultKind.MISSING_TRANSLATION).sample();
        assertEquals(List.of("fr", "en"), fault.event().languages());
        EventAssertions.assertFindings(fault.event()).containsExactly(fault.expectedFinding());
    }
}
