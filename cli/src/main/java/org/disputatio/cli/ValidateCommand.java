package org.disputatio.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
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
        List<Input> inputs = input.load(parent.source());
        EventValidator validator = EventValidator.forLocale(language.language().locale());
        PrintWriter out = spec.commandLine().getOut();
        int exitCode = ExitCodes.OK;
        for (Input each : inputs) {
            ValidationReport report = validator.validate(each.event());
            if (inputs.size() > 1) {
                out.println(each.label() + ":");
            }
            out.print(report.toText());
            exitCode = ExitCodes.worst(exitCode, ExitCodes.of(report));
        }
        out.flush();
        return exitCode;
    }
}
