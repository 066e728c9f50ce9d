package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code disputatio samples}: one line per sample, with name, title and dates. */
class SamplesCommandTest {

    @Test
    void listsEverySampleOnItsOwnLineInOrderWithTitleAndDates() {
        Run run = Run.small("samples");

        assertEquals(ExitCodes.OK, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).matches("full +Small conference +2017-04-06\\.\\.2017-04-07"), lines.get(0));
        assertTrue(lines.get(1).startsWith("backwards "), lines.get(1));
        assertTrue(lines.get(2).matches("dangling +Dangling +2017-04-06"), lines.get(2));
    }

    @Test
    void titlesInTheChosenLanguageWithFallbackMarked() {
        Run run = Run.small("samples", "--lang", "fr");

        assertTrue(run.out().contains("Petite conférence"), run.out());
        assertTrue(run.out().contains("[en] Dangling"), run.out());
    }

    @Test
    void listsTheBuiltInSamples() {
        Run run = Run.builtIn("samples");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("unesco-2017"), run.out());
        assertTrue(run.out().contains("saint-cyr-2014"), run.out());
    }
}
