package org.disputatio.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.disputatio.io.EventReadException;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * Builds the {@code disputatio} command and runs it. Every exit code is decided here or in
 * {@link ExitCodes}: usage errors print picocli's message and usage and exit
 * {@link ExitCodes#USAGE}; any exception a command throws prints one line,
 * {@code disputatio: error: <message>}, and exits {@link ExitCodes#USAGE}; no stack trace
 * reaches the user.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * The subcommands by name, in the order the help lists them. Each name is the one in the
     * class's {@code @Command} annotation (a test checks it), so that {@link #commandLine(EventSource, String...)}
     * can pick a subcommand without picocli reflecting on every one.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("samples", SamplesCommand::new);
        subcommands.put("show", ShowCommand::new);
        subcommands.put("validate", ValidateCommand::new);
        subcommands.put("convert", ConvertCommand::new);
        // The research commands load DuckDB, and only when they run: other commands never touch it.
        subcommands.put("table", TableCommand::new);
        subcommands.put("sql", SqlCommand::new);
        subcommands.put("stats", StatsCommand::new);
        subcommands.put("export-samples", ExportSamplesCommand::new);
        subcommands.put("help", HelpCommand::new);
        return Collections.unmodifiableMap(subcommands);
    }

    /**
     * The command, reading events from this source; write its output with {@link CommandLine#setOut}.
     *
     * @param source where the subcommands get their events ({@link EventSource#builtIn()} for the
     *     samples)
     * @return a new picocli command with every subcommand, its exit codes and error handling set;
     *     run it with {@link CommandLine#execute(String...)}
     */
    public static CommandLine commandLine(EventSource source) {
        return commandLine(source, SUBCOMMANDS.keySet());
    }

    /**
     * The command as {@link #commandLine(EventSource)} builds it, for running these arguments
     * only: when the first argument names a subcommand (other than {@code help}, which describes
     * the others), only that subcommand is built. Building the model of a picocli command costs
     * reflection on its class, its options and its mixins, and a short run pays for it at start-up.
     * The other arguments are parsed as by the full command: whatever happens after the
     * subcommand's name concerns that subcommand alone.
     */
    static CommandLine commandLine(EventSource source, String... args) {
        if (args.length > 0 && !"help".equals(args[0]) && SUBCOMMANDS.containsKey(args[0])) {
            return commandLine(source, Set.of(args[0]));
        }
        return commandLine(source);
    }

    private static CommandLine commandLine(EventSource source, Set<String> names) {
        CommandLine commandLine = new CommandLine(new DisputatioCommand(source));
        SUBCOMMANDS.forEach((name, subcommand) -> {
            if (names.contains(name)) {
                commandLine.addSubcommand(name, subcommand.get());
            }
        });
        commandLine.setExecutionExceptionHandler(ERROR_LINE);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.USAGE);
        return commandLine;
    }

    /**
     * Runs the command on the built-in samples, writing to standard output and error; returns the exit code.
     *
     * @param args the command line, without the program name ({@code show unesco-2017})
     * @return the exit code: {@link ExitCodes#OK}, {@link ExitCodes#INVALID} or {@link ExitCodes#USAGE}
     */
    public static int run(String... args) {
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        try {
            CommandLine commandLine = commandLine(EventSource.builtIn(), args);
            commandLine.setOut(out);
            commandLine.setErr(err);
            return commandLine.execute(args);
        } catch (RuntimeException | LinkageError e) {
            // Outside picocli's handlers: building the command itself failed.
            err.println(errorLine(e));
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static final IExecutionExceptionHandler ERROR_LINE = (exception, commandLine, parseResult) -> {
        commandLine.getErr().println(errorLine(exception));
        commandLine.getErr().flush();
        return ExitCodes.USAGE;
    };

    /**
     * {@code disputatio: error: <message>}, for any exception; a document that cannot be read
     * is reported as {@code FILE:LINE:COLUMN: message (at path)}, the form editors jump to.
     */
    static String errorLine(Throwable exception) {
        if (exception instanceof EventReadException) {
            return exception.getMessage();
        }
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            message = exception.getClass().getSimpleName();
        }
        return "disputatio: error: " + message;
    }

    /**
     * The charset of the terminal: Java 17 takes it from the locale, and the POSIX locale gives
     * ASCII, which cannot write the accented names of the sources; then UTF-8.
     */
    private static Charset consoleCharset() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                Charset charset = Charset.forName(name);
                if (charset.newEncoder().canEncode('é')) {
                    return charset;
                }
            }
        }
        Charset charset = Charset.defaultCharset();
        return charset.newEncoder().canEncode('é') ? charset : StandardCharsets.UTF_8;
    }
}
