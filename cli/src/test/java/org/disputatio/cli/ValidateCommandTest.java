package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.disputatio.validation.EventValidator;
import org.junit.jupiter.api.Test;

/** {@code disputatio validate}: the report as the validator words it, and exit 0 or 1. */
class ValidateCommandTest {

    @Test
    void eventWithOnlyWarningsExitsZeroAndPrintsThem() {
        Run run = Run.small("validate", "--sample", "full");

        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("0 errors, "), run.out());
        assertTrue(run.out().contains("WARNING programme.days[0].items[1].title: missing translation: en"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void eventWithErrorsExitsOneAndPrintsThem() {
        Run run = Run.small("validate", "--sample", "backwards");

        assertEquals(ExitCodes.INVALID, run.exitCode());
        assertTrue(run.out().startsWith("1 error, 0 warnings"), run.out());
        assertTrue(run.out().contains("ERROR   endDate:"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void danglingReferencesAreErrorsNotCrashes() {
        Run run = Run.small("validate", "--sample", "dangling");

        assertEquals(ExitCodes.INVALID, run.exitCode());
        assertTrue(run.out().contains("'ghost'"), run.out());
        assertTrue(run.out().contains("'no-such-role'"), run.out());
    }

    @Test
    void printsExactlyTheReportText() {
        Run run = Run.small("validate", "--sample", "backwards");

        String expected = EventValidator.english().validate(SmallEvents.endsBeforeItStarts()).toText();
        assertEquals(expected, run.out());
    }

    @Test
    void frenchMessagesWithLangFr() {
        Run run = Run.small("validate", "--sample", "backwards", "--lang", "fr");

        assertEquals(ExitCodes.INVALID, run.exitCode());
        String expected = EventValidator.forLocale(Locale.FRENCH).validate(SmallEvents.endsBeforeItStarts()).toText();
        assertEquals(expected, run.out());
        assertTrue(run.out().contains("se termine le"), run.out());
    }
}
