package org.disputatio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.disputatio.model.Event;
import picocli.CommandLine;

/** One in-process run of the command: its exit code and what it wrote. */
record Run(int exitCode, String out, String err) {

    /** Runs the command on these samples. */
    static Run of(EventSource source, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.commandLine(source);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Runs the command on the small events: "full", "backwards", "dangling". */
    static Run small(String... args) {
        Map<String, Supplier<Event>> samples = new LinkedHashMap<>();
        samples.put("full", SmallEvents::full);
        samples.put("backwards", SmallEvents::endsBeforeItStarts);
        samples.put("dangling", SmallEvents::danglingReferences);
        return of(EventSource.of(samples), args);
    }

    /** Runs the command on the built-in samples. */
    static Run builtIn(String... args) {
        return of(EventSource.builtIn(), args);
    }
}
