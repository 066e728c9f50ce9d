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
        for (InputOptions.Source source : sources) {
            if (source.file() || sources.size() > 1) { // a report names the file it is about
                out.println(source.label() + ":");
            }
            Input each;
            try {
                each = source.load();
            } catch (EventReadException | InputException unreadable) {
                // One unreadable file does not stop the others from being checked.
                out.flush();
                err.println(Cli.errorLine(unreadable));
                err.flush();
                exitCode = ExitCodes.worst(exitCode, ExitCodes.USAGE);
                continue;
            }
            ValidationReport report = validator.validate(each.event());
            out.print(report.toText());
            exitCode = ExitCodes.worst(exitCode, ExitCodes.of(report));
        }
        out.flush();
        return exitCode;
    }
}
