package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code Cli.run} builds only the subcommand its arguments name; whatever the arguments, that
 * command must behave exactly as the full one: same standard output, error output and exit code.
 */
class LazySubcommandsTest {

    @TempDir
    static Path directory;

    @Test
    void theNamesAreThoseOfTheAnnotationsInTheOrderOfTheHelp() {
        CommandLine full = Cli.commandLine(EventSource.builtIn());

        assertEquals(List.copyOf(Cli.SUBCOMMANDS.keySet()), List.copyOf(full.getSubcommands().keySet()));
        full.getSubcommands().forEach((name, subcommand) ->
                assertEquals(name, subcommand.getCommandSpec().userObject().getClass()
                        .getAnnotation(CommandLine.Command.class).name()));
    }

    @Test
    void aSubcommandNamedFirstIsTheOnlyOneBuilt() {
        assertEquals(List.of("show"),
                List.copyOf(Cli.commandLine(EventSource.builtIn(), "show", "--sample", "unesco-2017").getSubcommands().keySet()));
        assertEquals(List.copyOf(Cli.SUBCOMMANDS.keySet()),
                List.copyOf(Cli.commandLine(EventSource.builtIn(), "help", "show").getSubcommands().keySet()));
        assertEquals(List.copyOf(Cli.SUBCOMMANDS.keySet()),
                List.copyOf(Cli.commandLine(EventSource.builtIn(), "--lang", "show").getSubcommands().keySet()));
    }

    static Stream<List<String>> arguments() {
        String json = directory.resolve("unesco-2017.json").toString();
        List<List<String>> arguments = new ArrayList<>();
        arguments.add(List.of());
        arguments.add(List.of("--help"));
        arguments.add(List.of("--version"));
        arguments.add(List.of("help"));
        arguments.add(List.of("help", "show"));
        arguments.add(List.of("validat"));
        arguments.add(List.of("--nope", "show"));
        for (String name : Cli.SUBCOMMANDS.keySet()) {
            arguments.add(List.of(name));
            arguments.add(List.of(name, "--help"));
            arguments.add(List.of(name, "-V"));
            arguments.add(List.of(name, "--nope"));
            if (!name.equals("export-samples")) { // which would write to ./show
                arguments.add(List.of(name, "show"));
            }
        }
        arguments.add(List.of("samples", "--lang", "fr"));
        arguments.add(List.of("show", "--sample", "unesco-2017"));
        arguments.add(List.of("show", "--sample", "saint-cyr-2014", "--lang", "fr", "--width", "60"));
        arguments.add(List.of("show", "--sample", "unesco-2017", "--width", "10"));
        arguments.add(List.of("show", "--sample", "nope"));
        arguments.add(List.of("show", "--sample", "unesco-2017", "x.json"));
        arguments.add(List.of("validate", "--sample", "unesco-2017", "--lang", "fr"));
        arguments.add(List.of("validate", "--sample", "saint-cyr-2014"));
        arguments.add(List.of("validate", "--lang", "de", "--sample", "unesco-2017"));
        arguments.add(List.of("export-samples", directory.toString()));
        arguments.add(List.of("validate", json, directory.resolve("missing.json").toString()));
        arguments.add(List.of("convert", json, directory.resolve("converted.xml").toString()));
        arguments.add(List.of("sql", "SELECT role, count(*) FROM participations GROUP BY 1 ORDER BY 1", "--sample",
                "unesco-2017"));
        arguments.add(List.of("sql", "SELEC", json));
        arguments.add(List.of("table", "people", "--sample", "saint-cyr-2014"));
        arguments.add(List.of("convert", json, directory.resolve("converted.txt").toString()));
        return arguments.stream();
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void behavesAsTheFullCommand(List<String> arguments) {
        String[] args = arguments.toArray(String[]::new);

        Run lean = run(Cli.commandLine(EventSource.builtIn(), args), args);
        Run full = run(Cli.commandLine(EventSource.builtIn()), args);

        assertEquals(full, lean);
    }

    private static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
