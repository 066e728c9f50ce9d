package org.disputatio.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest known name when it is close enough and unambiguous. */
class SuggestionsTest {

    @Test
    void suggestsTheCloseNameAndNothingFarOrAmbiguous() {
        List<String> roles = List.of("speaker", "moderator", "panellist", "chair", "keynote-speaker");
        assertEquals("speaker", Suggestions.closest("speeker", roles));
        assertEquals("panellist", Suggestions.closest("panelist", roles));
        assertEquals("moderator", Suggestions.closest("Moderator", roles));
        assertNull(Suggestions.closest("rapporteur", roles), "nothing close");
        assertNull(Suggestions.closest("ab", List.of("ac", "ad")), "two equally close");
        assertNull(Suggestions.closest("x", List.of()));
    }
}
