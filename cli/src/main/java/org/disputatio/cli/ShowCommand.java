package org.disputatio.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code disputatio show}: an event as a readable timetable, with its proceedings and provenance. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print an event as a readable timetable: venue, programme, people, links, "
                + "proceedings and provenance.")
final class ShowCommand implements Callable<Integer> {

    static final int MIN_WIDTH = 40;

    @ParentCommand
    DisputatioCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    LanguageOption language;

    @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "80",
            description = "Wrap text to this many columns (at least " + MIN_WIDTH + "; default: ${DEFAULT-VALUE}).")
    int width;

    @Override
    public Integer call() {
        if (width < MIN_WIDTH) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--width': " + width + " is less than " + MIN_WIDTH);
        }
        Input event = input.loadOne(parent.source());
        PrintWriter out = spec.commandLine().getOut();
        out.print(new TimetableRenderer(language.language(), width).render(event.event()));
        out.flush();
        return ExitCodes.OK;
    }
}
