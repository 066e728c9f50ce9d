package org.disputatio.validation;

import static org.disputatio.validation.SmallEvents.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.Participation;
import org.disputatio.model.Programme;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.junit.jupiter.api.Test;

/** Items announced but not yet placed on a day: the rules that are about people and ids see them too. */
class UnscheduledItemsTest {

    private static Event with(Session... unscheduled) {
        Event base = builder().person(Speaker.builder("grace").name("Grace", "HOPPER").build()).build();
        return base.withProgramme(base.programme().withUnscheduled(List.of(unscheduled)));
    }

    private static List<String> findings(Event event) {
        return EventValidator.english().validate(event).findings().stream().map(Object::toString).toList();
    }

    @Test
    void aPersonInAnUnscheduledItemAppearsAndIsResolved() {
        Event event = with(Session.builder("keynote-tbc", AgendaItemKind.KEYNOTE)
                .participant(new Participation("grace", "keynote-speaker")).build());
        assertEquals(List.of(), findings(event));
        assertEquals(3, event.programme().items().count(), "the two items of the day, then the unscheduled one");
    }

    @Test
    void referencesAndIdsOfUnscheduledItemsAreChecked() {
        Event event = with(Session.builder("opening", AgendaItemKind.KEYNOTE)
                .participant(new Participation("grace", "keynote-speaker"))
                .participant(new Participation("nobody", "speeker")).build());
        assertEquals(List.of(
                "ERROR programme.unscheduled[0].id: id 'opening' is already used by programme.days[0].items[0]",
                "ERROR programme.unscheduled[0].participants[1].person: no person with id 'nobody' is registered on this event",
                "ERROR programme.unscheduled[0].participants[1].role: no role with code 'speeker' is built in or registered on this event; did you mean 'speaker'?"), findings(event));
    }

    @Test
    void aProgrammeOfUnscheduledItemsOnlyIsNotEmpty() {
        Programme programme = Programme.empty().withUnscheduled(List.of(Session.builder("x", AgendaItemKind.KEYNOTE)
                .build()));
        assertEquals(false, programme.isEmpty());
        assertEquals(true, Programme.empty().isEmpty());
    }
}
