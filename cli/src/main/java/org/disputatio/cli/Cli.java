package org.disputatio.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.disputatio.io.EventReadException;
import picocli.CommandLine;
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

    /** The command, reading events from this source; write its output with {@link CommandLine#setOut}. */
    public static CommandLine commandLine(EventSource source) {
        CommandLine commandLine = new CommandLine(new DisputatioCommand(source));
        commandLine.setExecutionExceptionHandler(ERROR_LINE);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.USAGE);
        return commandLine;
    }

    /** Runs the command on the built-in samples, writing to standard output and error; returns the exit code. */
    public static int run(String... args) {
        Charset charset = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        try {
            CommandLine commandLine = commandLine(EventSource.builtIn());
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
