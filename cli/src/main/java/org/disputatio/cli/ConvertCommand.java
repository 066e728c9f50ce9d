package org.disputatio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.disputatio.io.EventExporter;
import org.disputatio.io.EventExporters;
import org.disputatio.io.EventFormat;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code disputatio convert IN OUT}: reads an event in one format and writes it in another, or
 * exports it to a format that is written only (iCalendar, frab...), printing on stderr what
 * the export could not carry.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Read an event file and write it again; each file's format comes from its "
                + "name (.json or .xml, or an export format installed beside the command). "
                + "OUT is replaced if it exists. An export prints on stderr what it could not carry.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "For an export to a format that holds one language: the language of the texts "
                    + "(a language tag such as fr; default: the event's first language).")
    String language;

    @Override
    public Integer call() {
        Optional<EventExporter> exporter = EventExporters.forFile(out);
        if (exporter.isEmpty()) {
            if (language != null) {
                throw new InputException("--lang chooses the language of an export; " + out
                        + " is written in a format that keeps every language");
            }
            EventFormat target = Formats.of(out); // fail on a bad name before reading anything
            Event event = FileLocations.read(Formats.of(in), in);
            target.write(event, out);
            return ExitCodes.OK;
        }
        ExportSettings settings = language == null ? ExportSettings.defaults()
                : ExportSettings.defaults().withLanguage(language);
        Event event = FileLocations.read(Formats.of(in), in);
        ExportReport report = exporter.get().export(event, out, settings);
        PrintWriter err = spec.commandLine().getErr();
        err.println(report.toText());
        err.flush();
        return ExitCodes.OK;
    }
}
