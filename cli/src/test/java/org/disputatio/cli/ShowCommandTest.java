package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code disputatio show}: the renderer's output for the chosen input, language and width. */
class ShowCommandTest {

    @Test
    void printsTheTimetableOfTheSampleInEnglishByDefault() {
        Run run = Run.small("show", "--sample", "full");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals(new TimetableRenderer(UiLanguage.EN, 80).render(SmallEvents.full()), run.out());
        assertEquals("", run.err());
    }

    @Test
    void langFrPrintsFrenchLabels() {
        Run run = Run.small("show", "--sample", "full", "--lang", "fr");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("Programme"), run.out());
        assertTrue(run.out().contains("Orateur d'ouverture"), run.out());
        assertTrue(run.out().contains("Lieu\n----"), run.out());
        assertTrue(run.out().startsWith("Petite conférence\n"), run.out());
    }

    @Test
    void langIsCaseInsensitive() {
        Run run = Run.small("show", "--sample", "full", "--lang", "FR");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("Petite conférence\n"), run.out());
    }

    @Test
    void widthOptionWrapsNarrower() {
        Run run = Run.small("show", "--sample", "full", "--width", "40");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertEquals(new TimetableRenderer(UiLanguage.EN, 40).render(SmallEvents.full()), run.out());
    }

    @Test
    void showsAnInvalidEventRatherThanFailing() {
        Run run = Run.small("show", "--sample", "backwards");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().startsWith("Backwards\n"), run.out());
    }
}
