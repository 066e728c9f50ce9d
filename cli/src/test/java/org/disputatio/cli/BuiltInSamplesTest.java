package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.disputatio.model.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command on the two encoded source documents. */
class BuiltInSamplesTest {

    static Stream<String> sampleNames() {
        return Samples.names().stream();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "no '" + expected + "' in:\n" + text);
    }

    @ParameterizedTest
    @MethodSource("sampleNames")
    void everySampleShowsInBothLanguagesAndValidatesWithoutErrors(String name) {
        for (String language : List.of("en", "fr")) {
            Run show = Run.builtIn("show", "--sample", name, "--lang", language);
            Run validate = Run.builtIn("validate", "--sample", name, "--lang", language);

            assertEquals(ExitCodes.OK, show.exitCode(), show.err());
            assertEquals("", show.err());
            assertEquals(ExitCodes.OK, validate.exitCode(), validate.out());
            assertEquals("", validate.err());
        }
    }

    @Test
    void unescoTimetableShowsPanelsPeopleRolesAndVenue() {
        Run run = Run.builtIn("show", "--sample", "unesco-2017");

        assertEquals(ExitCodes.OK, run.exitCode());
        for (String expected : List.of("Panel 1", "Panel 2", "Panel 3", "Louis GAUTIER", "Inventio", "Elocutio",
                "Disputatio", "Cambronne", "La Motte-Picquet Grenelle", "Ségur", "Qi XIAOXIA", "CASTETS-RENARD",
                "https://jesuisinternet.today", "Europe/Paris")) {
            assertContains(run.out(), expected);
        }
    }

    @Test
    void unescoPanelsTwoAndThreeHaveNoInventedTime() {
        String out = Run.builtIn("show", "--sample", "unesco-2017").out();

        for (String panel : List.of("Panel 2", "Panel 3")) {
            String line = out.lines().filter(each -> each.contains(panel + " — ")).findFirst().orElseThrow();
            assertTrue(line.startsWith("  --:--  "), line);
        }
        assertTrue(out.lines().anyMatch(line -> line.matches(" {2}09:30 +Opening")), out);
        assertTrue(out.lines().anyMatch(line -> line.matches(" {2}10:00 +Panel 1 — .*")), out);
    }

    @Test
    void unescoInFrenchShowsTheFrenchTextsAndLabels() {
        String out = Run.builtIn("show", "--sample", "unesco-2017", "--lang", "fr", "--width", "200").out();

        for (String expected : List.of("Construire la paix", "Réponse aux attaques informatiques : qui peut faire quoi ?",
                "Jeudi 6 avril (2017-04-06)", "Lieu", "Accès :", "Métro 6 – Cambronne", "Orateur d'ouverture")) {
            assertContains(out, expected);
        }
    }

    @Test
    void unescoPanelOneExistsInFrenchOnlyAndIsTaggedInEnglishOutput() {
        String out = Run.builtIn("show", "--sample", "unesco-2017", "--width", "200").out();

        assertContains(out, "Panel 1 — [fr] Prévention des attaques informatiques");
    }

    @Test
    void saintCyrShowsItsProceedingsWithEveryTheme() {
        Event event = Samples.get("saint-cyr-2014").orElseThrow();
        String out = Run.builtIn("show", "--sample", "saint-cyr-2014", "--width", "200").out();

        assertContains(out, "Proceedings");
        assertContains(out, "Themes");
        assertFalse(event.proceedings().themes().isEmpty(), "the Saint-Cyr sample has themes");
        for (Term theme : event.proceedings().themes()) {
            assertContains(out, "- " + theme.label().resolve("en").orElseThrow());
        }
        for (Term dimension : event.proceedings().dimensions()) {
            assertContains(out, "- " + dimension.label().resolve("en").orElseThrow());
        }
        assertContains(out, "PRISM");
        assertContains(out, "(inferred)");
    }

    @Test
    void unescoValidatesWithWarningsAndExitsZero() {
        Run run = Run.builtIn("validate", "--sample", "unesco-2017");

        assertEquals(ExitCodes.OK, run.exitCode(), run.out());
        assertTrue(run.out().startsWith("0 errors, "), run.out());
        assertContains(run.out(), "WARNING ");
        assertContains(run.out(), "missing translation");
    }

    @Test
    void samplesListsBothDocumentsWithTheirDates() {
        String out = Run.builtIn("samples").out();

        assertContains(out, "unesco-2017");
        assertContains(out, "2017-04-06..2017-04-07");
        assertContains(out, "saint-cyr-2014");
        assertContains(out, "2014-05-14");
    }
}
