package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.disputatio.examples.Samples;
import org.disputatio.io.json.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on standard error: shown on a terminal only, never under CI, never through the
 * command's own output on the same terminal; and the progress bar library loaded only then.
 */
class ProgressTest {

    private static final Map<String, String> NO_CI = Map.of();
    private static final Map<String, String> TERMINAL = Map.of(ProgressPolicy.STDERR_PROPERTY, "terminal",
            ProgressPolicy.STDOUT_PROPERTY, "other");

    @TempDir
    static Path dir;

    @Test
    void thePolicy() {
        // what the launcher says
        assertTrue(ProgressPolicy.of(NO_CI, TERMINAL, false).shows(false));
        assertTrue(ProgressPolicy.of(NO_CI, TERMINAL, false).shows(true)); // stdout redirected
        assertFalse(ProgressPolicy.of(NO_CI, Map.of(ProgressPolicy.STDERR_PROPERTY, "other"), true).shows(false));
        assertFalse(ProgressPolicy.of(NO_CI, Map.of(ProgressPolicy.STDERR_PROPERTY, "terminal",
                ProgressPolicy.STDOUT_PROPERTY, "terminal"), false).shows(true)); // output on the same terminal
        // else the console (java -jar)
        assertTrue(ProgressPolicy.of(NO_CI, Map.of(), true).shows(false));
        assertFalse(ProgressPolicy.of(NO_CI, Map.of(), true).shows(true));
        assertFalse(ProgressPolicy.of(NO_CI, Map.of(), false).shows(false));
        // never under CI
        assertFalse(ProgressPolicy.of(Map.of("CI", "true"), TERMINAL, true).shows(false));
        assertFalse(ProgressPolicy.of(Map.of("CI", "1"), TERMINAL, true).shows(false));
        assertTrue(ProgressPolicy.of(Map.of("CI", "false"), TERMINAL, true).shows(false));
    }

    @Test
    void quietWhenPipedOrUnderCi() {
        StringWriter err = new StringWriter();
        for (ProgressPolicy quiet : List.of(ProgressPolicy.of(NO_CI, Map.of(), false),
                ProgressPolicy.of(Map.of("CI", "true"), TERMINAL, true))) {
            try (Progress progress = Progress.over(quiet, new PrintWriter(err), 3, false)) {
                assertSame(Progress.NONE, progress);
                progress.step();
                progress.clearLine();
            }
        }
        assertEquals("", err.toString());
    }

    @Test
    void onATerminalTheLineIsRedrawnThenCleared() {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.over(ProgressPolicy.of(NO_CI, TERMINAL, false), new PrintWriter(err), 3, false)) {
            for (int i = 0; i < 3; i++) {
                progress.step();
            }
        }
        String written = err.toString();
        assertTrue(written.startsWith("\rReading events"), written);
        assertTrue(written.contains("3/3 events"), written);
        assertTrue(written.endsWith("\r"), written); // cleared: the prompt comes back on a clean line
        assertFalse(written.contains("\n"), written);
    }

    @Test
    void theCommandsShowProgressOnATerminalOnly() throws IOException, InterruptedException {
        Path lines = dir.resolve("events.jsonl");
        try (Writer out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
            EventJson.defaults().writeLines(Collections.nCopies(3, Samples.get("unesco-2017").orElseThrow()).stream(), out);
        }
        Process terminal = run(Map.of(), "-Ddisputatio.stderr=terminal", "stats", lines.toString());
        assertTrue(terminal.err.contains("\rReading events"), terminal.err);
        assertTrue(terminal.err.contains("3/? events"), terminal.err);
        assertFalse(terminal.out.contains("Reading"), terminal.out);
        assertTrue(terminal.out.startsWith("Events:          3"), terminal.out);
        assertTrue(terminal.classes.contains("me.tongfei.progressbar.ProgressBar "), "loaded when shown");

        Process piped = run(Map.of(), "-Ddisputatio.stderr=other", "stats", lines.toString());
        assertEquals(terminal.out, piped.out);
        assertEquals("", piped.err);
        assertFalse(piped.classes.contains("me.tongfei."), "not loaded when not shown");

        Process ci = run(Map.of("CI", "true"), "-Ddisputatio.stderr=terminal", "sql", "SELECT count(*) FROM events",
                lines.toString());
        assertEquals("", ci.err);
        assertFalse(ci.classes.contains("me.tongfei."), ci.classes);

        Path json = dir.resolve("unesco.json");
        Files.write(json, EventJson.defaults().writeBytes(Samples.get("unesco-2017").orElseThrow()));
        Process validate = run(Map.of(), "-Ddisputatio.stderr=terminal", "validate", json.toString(), json.toString());
        assertTrue(validate.err.contains("2/2 events"), validate.err); // reports to a file, progress on the terminal
        Process validateOnTheTerminal = run(Map.of(), "-Ddisputatio.stdout=terminal", "validate", json.toString(),
                json.toString());
        assertEquals(validate.out, validateOnTheTerminal.out);
        assertEquals("", validateOnTheTerminal.err); // reports on the terminal: no progress line through them

        Process show = run(Map.of(), "-Ddisputatio.stderr=terminal", "show", "--sample", "unesco-2017");
        assertFalse(show.classes.contains("me.tongfei."), "show never loads the progress bar");
    }

    /** What a run of the command in another JVM wrote, and the classes it loaded (from a log file). */
    private record Process(String out, String err, String classes) {
    }

    private static Process run(Map<String, String> environment, String property, String... args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xlog:class+load=info:file=" + log, "-Ddisputatio.stderr=terminal", "-Ddisputatio.stdout=other",
                property));
        if (args[0].equals("sql") || args[0].equals("table")) {
            // As the launcher does: DuckDB loads a native library, which JDK 22+ warns about on stderr.
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CI");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        java.lang.Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        String error = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), error);
        return new Process(Files.readString(out, StandardCharsets.UTF_8), error, Files.readString(log, StandardCharsets.UTF_8));
    }
}
