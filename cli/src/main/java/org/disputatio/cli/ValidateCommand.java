package org.disputatio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.disputatio.io.EventReadException;
import org.disputatio.validation.EventValidator;
import org.disputatio.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code disputatio validate}: the validation report of each input; exit 1 if any has errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an event against the model's rules and print the report. "
                + "Exits 0 when there are no errors (warnings allowed), 1 when there are.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    DisputatioCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        List<InputOptions.Source> sources = input.sources(parent.source());
        EventValidator validator = EventValidator.forLocale(language.language().locale());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exitCode = ExitCodes.OK;
        // the reports are written as the files are read: progress only when standard output is not a terminal
        try (Progress progress = sources.size() > 1 ? Progress.over(err, sources.size(), true) : Progress.NONE) {
            for (InputOptions.Source source : sources) {
                exitCode = ExitCodes.worst(exitCode, validate(source, sources.size() > 1, validator, out, err,
                        progress));
                progress.step();
            }
        }
        out.flush();
        return exitCode;
    }

    /** Prints one input's report, or the line that says why it cannot be read; returns its exit code. */
    private static int validate(InputOptions.Source source, boolean several, EventValidator validator, PrintWriter out,
            PrintWriter err, Progress progress) {
        if (source.file() || several) { // a report names the file it is about
            out.println(source.label() + ":");
        }
        Input each;
        try {
            each = source.load();
        } catch (EventReadException | InputException unreadable) {
            // One unreadable file does not stop the others from being checked.
            out.flush();
            synchronized (err) { // the progress line, if any, is redrawn below this one
                progress.clearLine();
                err.println(Cli.errorLine(unreadable));
                err.flush();
            }
            return ExitCodes.USAGE;
        }
        ValidationReport report = validator.validate(each.event());
        out.print(report.toText());
        return ExitCodes.of(report);
    }
}
