package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    @Test
    void wrapsAtWordBoundariesWithIndents() {
        assertEquals(List.of("- one two", "  three"), TextWrapper.wrap("one two three", 10, "- ", "  "));
    }

    @Test
    void keepsParagraphsApartAndJoinsSingleLineBreaks() {
        assertEquals(List.of("  a b", "", "  c"), TextWrapper.wrap("a\nb\n\nc", 40, "  "));
    }

    @Test
    void overlongWordStandsAlone() {
        assertEquals(List.of("x", "https://example.org/a/long/path", "y"),
                TextWrapper.wrap("x https://example.org/a/long/path y", 10, ""));
    }

    @Test
    void blankTextGivesNoLines() {
        assertEquals(List.of(), TextWrapper.wrap("  \n ", 40, "  "));
    }
}
