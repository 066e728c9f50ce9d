package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.EventKind;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.NoteKind;
import org.disputatio.model.TransportMode;
import org.junit.jupiter.api.Test;

/** Every kind the model knows has a label in every output language. */
class LabelTest {

    @Test
    void everyModelKindHasALabel() {
        for (AgendaItemKind kind : AgendaItemKind.values()) {
            assertTrue(Label.of(kind).isPresent(), kind::toString);
        }
        for (InvolvementKind kind : InvolvementKind.values()) {
            assertTrue(Label.of(kind).isPresent(), kind::toString);
        }
        for (TransportMode mode : TransportMode.values()) {
            assertTrue(Label.of(mode).isPresent(), mode::toString);
        }
        for (org.disputatio.model.Sector sector : org.disputatio.model.Sector.values()) {
            assertTrue(Label.of(sector).isPresent(), sector::toString);
        }
        for (org.disputatio.model.ItemCondition condition : org.disputatio.model.ItemCondition.values()) {
            assertTrue(Label.of(condition).isPresent(), condition::toString);
        }
        for (NoteKind kind : NoteKind.values()) {
            assertTrue(Label.of(kind).isPresent(), kind::toString);
        }
        for (EventKind kind : new EventKind[] {EventKind.CONFERENCE, EventKind.SYMPOSIUM, EventKind.SEMINAR,
                EventKind.WORKSHOP, EventKind.SUMMIT, EventKind.PANEL}) {
            assertTrue(Label.ofEventKind(kind.code()).isPresent(), kind::toString);
        }
    }

    @Test
    void everyLabelIsNonBlankInEveryLanguage() {
        for (Label label : Label.values()) {
            for (UiLanguage language : UiLanguage.values()) {
                assertFalse(label.in(language).isBlank(), () -> label + " in " + language);
            }
        }
    }
}
