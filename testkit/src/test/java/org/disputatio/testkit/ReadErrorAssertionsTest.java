package org.disputatio.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.disputatio.io.EventReadException;
import org.junit.jupiter.api.Test;

class ReadErrorAssertionsTest {

    @Test
    void aWellFormedReadErrorPasses() {
        EventReadException e = EventReadException.at("expected a string", 2, 9, "id").withSource("forum.json");
        assertEquals("forum.json:2:9: expected a string (at id)", e.getMessage());
        ReadErrorAssertions.assertWellFormed(e, "{\n  \"id\": 1\n}");
        ReadErrorAssertions.assertWellFormed(e, "{\r\n  \"id\": 1\r}");
        ReadErrorAssertions.assertWellFormed(e, null);
        ReadErrorAssertions.assertWellFormed(EventReadException.at("empty document", 0, 0, ""), "");
    }

    @Test
    void aLinePastTheDocumentFails() {
        EventReadException e = EventReadException.at("expected a string", 3, 1, "id");
        AssertionError error = assertThrows(AssertionError.class,
                () -> ReadErrorAssertions.assertWellFormed(e, "{\"id\": 1}\n"));
        assertEquals("ill-formed read error: line 3 of a document of 2 lines", error.getMessage());
        assertSame(e, error.getCause());
    }

    @Test
    void noExceptionFails() {
        assertEquals("expected a read exception, but it is null",
                assertThrows(AssertionError.class, () -> ReadErrorAssertions.assertWellFormed(null, "")).getMessage());
    }
}
