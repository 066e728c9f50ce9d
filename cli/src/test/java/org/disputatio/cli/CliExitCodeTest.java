package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.disputatio.model.Event;
import org.disputatio.validation.Finding;
import org.disputatio.validation.Severity;
import org.disputatio.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** Exit codes 0, 1 and 2, and what reaches the user when something goes wrong: never a stack trace. */
class CliExitCodeTest {

    private static void assertNoStackTrace(Run run) {
        for (String stream : List.of(run.out(), run.err())) {
            assertFalse(stream.contains("Exception"), stream);
            assertFalse(stream.contains("\tat "), stream);
        }
    }

    @Test
    void unknownSampleExitsTwoWithOneLineNamingTheKnownSamples() {
        Run run = Run.small("show", "--sample", "nope");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertEquals("disputatio: error: unknown sample 'nope'; known samples: full, backwards, dangling\n",
                run.err().replace(System.lineSeparator(), "\n"));
        assertNoStackTrace(run);
    }

    @Test
    void unknownSampleIsReportedTheSameWayByValidate() {
        Run run = Run.small("validate", "--sample", "nope");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("disputatio: error: unknown sample 'nope'; known samples: full,"), run.err());
    }

    @Test
    void unknownOptionExitsTwoWithTheMessageAndUsage() {
        Run run = Run.small("show", "--sample", "full", "--colour");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Unknown option: '--colour'"), run.err());
        assertTrue(run.err().contains("Usage: disputatio show"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void unknownSubcommandExitsTwoWithASuggestion() {
        Run run = Run.small("validat");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Unmatched argument at index 0: 'validat'"), run.err());
        // validate first; picocli may name other close commands after it (stats)
        assertTrue(run.err().contains("Did you mean: disputatio validate"), run.err());
    }

    @Test
    void missingInputExitsTwoNamingTheOption() {
        Run run = Run.small("show");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--sample=NAME"), run.err());
    }

    @Test
    void noSubcommandExitsTwoWithUsageAndExitCodes() {
        Run run = Run.small();

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Missing required subcommand"), run.err());
        assertTrue(run.err().contains("Exit codes:"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void unsupportedLanguageExitsTwoListingTheSupportedOnes() {
        Run run = Run.small("show", "--sample", "full", "--lang", "de");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("'de' is not supported; use one of: en, fr"), run.err());
    }

    @Test
    void tooNarrowWidthExitsTwo() {
        Run run = Run.small("show", "--sample", "full", "--width", "10");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--width"), run.err());
    }

    @Test
    void unexpectedExceptionPrintsOneErrorLineAndExitsTwo() {
        Map<String, Supplier<Event>> samples = new LinkedHashMap<>();
        samples.put("broken", () -> {
            throw new IllegalStateException("the sample could not be built");
        });

        Run run = Run.of(EventSource.of(samples), "show", "--sample", "broken");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("disputatio: error: the sample could not be built",
                run.err().strip());
        assertNoStackTrace(run);
    }

    @Test
    void exceptionWithoutMessageIsNamedByItsType() {
        Map<String, Supplier<Event>> samples = new LinkedHashMap<>();
        samples.put("broken", () -> {
            throw new NullPointerException();
        });

        Run run = Run.of(EventSource.of(samples), "validate", "--sample", "broken");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("disputatio: error: NullPointerException", run.err().strip());
    }

    @Test
    void helpAndVersionExitZero() {
        Run help = Run.small("--help");
        Run version = Run.small("--version");
        Run subcommandHelp = Run.small("help", "validate");

        assertEquals(ExitCodes.OK, help.exitCode());
        assertTrue(help.out().contains("samples") && help.out().contains("show") && help.out().contains("validate"));
        assertEquals(ExitCodes.OK, version.exitCode());
        assertTrue(version.out().startsWith("disputatio "), version.out());
        assertFalse(version.out().contains("${"), version.out());
        assertEquals(ExitCodes.OK, subcommandHelp.exitCode());
        assertTrue(subcommandHelp.out().contains("--sample=NAME"), subcommandHelp.out());
    }

    @Test
    void reportWithOnlyWarningsMapsToZeroAndWithAnErrorToOne() {
        Finding warning = new Finding(Severity.WARNING, "title", "missing translation: en", "CompleteTranslations");
        Finding error = new Finding(Severity.ERROR, "endDate", "ends before it starts", "ChronologicalDates");

        assertEquals(ExitCodes.OK, ExitCodes.of(ValidationReport.of(List.of())));
        assertEquals(ExitCodes.OK, ExitCodes.of(ValidationReport.of(List.of(warning))));
        assertEquals(ExitCodes.INVALID, ExitCodes.of(ValidationReport.of(List.of(warning, error))));
    }

    @Test
    void theWorstExitCodeOfSeveralInputsWins() {
        assertEquals(ExitCodes.INVALID, ExitCodes.worst(ExitCodes.OK, ExitCodes.INVALID));
        assertEquals(ExitCodes.INVALID, ExitCodes.worst(ExitCodes.INVALID, ExitCodes.OK));
        assertEquals(ExitCodes.OK, ExitCodes.worst(ExitCodes.OK, ExitCodes.OK));
    }

    @Test
    void errorLineUsesTheMessage() {
        assertEquals("disputatio: error: boom", Cli.errorLine(new RuntimeException("boom")));
        assertEquals("disputatio: error: IllegalStateException", Cli.errorLine(new IllegalStateException()));
    }
}
