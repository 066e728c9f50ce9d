package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.disputatio.model.InvolvementKind;
import org.disputatio.model.NoteKind;
import org.disputatio.model.TransportMode;
import org.junit.jupiter.api.Test;

/**
 * Every kind of the model's closed vocabularies has a label in every output language; the open
 * vocabularies (event kinds, item kinds, sectors, roles) carry their own labels in the model.
 */
class LabelTest {

    @Test
    void everyClosedModelKindHasALabel() {
        for (InvolvementKind kind : InvolvementKind.values()) {
            assertTrue(Label.of(kind).isPresent(), kind::toString);
        }
        for (TransportMode mode : TransportMode.values()) {
            assertTrue(Label.of(mode).isPresent(), mode::toString);
        }
        for (org.disputatio.model.ItemCondition condition : org.disputatio.model.ItemCondition.values()) {
            assertTrue(Label.of(condition).isPresent(), condition::toString);
        }
        for (NoteKind kind : NoteKind.values()) {
            assertTrue(Label.of(kind).isPresent(), kind::toString);
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
