package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the {@code ./disputatio} launcher: runs each command once, in-process,
 * with its output thrown away, so that the class-data sharing archive the JVM writes when this
 * run exits ({@code -XX:ArchiveClassesAtExit}) holds the classes of every command, not only of
 * the first one a user happens to run. Not a command: the launcher starts it with
 * {@code java -cp JAR org.disputatio.cli.Training}. Exits 0 when every command gave the exit code
 * expected, else 1 with one line per surprise on standard error.
 */
final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Main.quietThirdPartyLogging();
        List<String> surprises = run();
        for (String surprise : surprises) {
            System.err.println("disputatio training: " + surprise);
        }
        System.exit(surprises.isEmpty() ? 0 : 1);
    }

    /** Runs the commands on the built-in samples, in a temporary directory it deletes; returns what went unexpectedly. */
    static List<String> run() throws IOException {
        Path directory = Files.createTempDirectory("disputatio-training");
        try {
            return run(EventSource.builtIn(), directory);
        } finally {
            delete(directory);
        }
    }

    static List<String> run(EventSource source, Path directory) {
        List<String> surprises = new ArrayList<>();
        String first = source.sampleNames().iterator().next();
        String json = directory.resolve(first + ".json").toString();
        String xml = directory.resolve(first + ".xml").toString();
        // Help and usage errors first: picocli's help classes.
        expect(surprises, source, 0, "--help");
        expect(surprises, source, 0, "show", "--help");
        expect(surprises, source, 2, "show");
        expect(surprises, source, 0, "samples");
        for (String name : source.sampleNames()) {
            for (String language : new String[] {"en", "fr"}) {
                expect(surprises, source, 0, "show", "--sample", name, "--lang", language);
                expect(surprises, source, 0, 1, "validate", "--sample", name, "--lang", language);
                expect(surprises, source, 0, "stats", "--sample", name, "--lang", language);
            }
        }
        // The file formats, written then read: Jackson and Woodstox.
        expect(surprises, source, 0, "export-samples", directory.toString());
        expect(surprises, source, 0, 1, "validate", json);
        expect(surprises, source, 0, 1, "validate", xml);
        expect(surprises, source, 0, "show", json);
        expect(surprises, source, 0, "show", xml);
        expect(surprises, source, 0, "convert", json, directory.resolve("converted.xml").toString());
        expect(surprises, source, 0, "convert", xml, directory.resolve("converted.json").toString());
        // An unreadable file: the error path of the readers.
        expect(surprises, source, 2, "validate", directory.resolve("missing.json").toString());
        return surprises;
    }

    private static void expect(List<String> surprises, EventSource source, int expected, String... args) {
        expect(surprises, source, expected, expected, args);
    }

    /** Runs the command with its output discarded; notes it when its exit code is not one of the two expected. */
    private static void expect(List<String> surprises, EventSource source, int expected, int alsoExpected, String... args) {
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        CommandLine commandLine = Cli.commandLine(source);
        commandLine.setOut(discard);
        commandLine.setErr(discard);
        int exitCode;
        try {
            exitCode = commandLine.execute(args);
        } catch (RuntimeException | LinkageError e) {
            surprises.add(String.join(" ", args) + ": " + e);
            return;
        }
        if (exitCode != expected && exitCode != alsoExpected) {
            surprises.add(String.join(" ", args) + ": exit code " + exitCode + ", expected " + expected);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
