package org.disputatio.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.disputatio.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code disputatio samples}: one line per built-in sample, with its name, title and dates. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "List the built-in samples: name, title and dates.")
final class SamplesCommand implements Callable<Integer> {

    @ParentCommand
    DisputatioCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        EventSource source = parent.source();
        Localizer localizer = new Localizer(language.language(), List.of());
        List<String[]> rows = new ArrayList<>();
        for (String name : source.sampleNames()) {
            Event event = source.sample(name).orElseThrow();
            rows.add(new String[] {name, localizer.text(event.title()).orElse("(" + localizer.label(Label.UNTITLED) + ")"),
                    Localizer.isoDates(event)});
        }
        int nameWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        int titleWidth = rows.stream().mapToInt(row -> row[1].length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (String[] row : rows) {
            out.println(String.format("%-" + nameWidth + "s  %-" + titleWidth + "s  %s", (Object[]) row).stripTrailing());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
