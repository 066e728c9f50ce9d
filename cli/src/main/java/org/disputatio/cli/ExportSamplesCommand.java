package org.disputatio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disputatio.io.EventFormat;
import org.disputatio.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code disputatio export-samples DIR}: writes every built-in sample in every format. */
@Command(name = "export-samples", mixinStandardHelpOptions = true,
        description = "Write each built-in sample to DIR as NAME.json and NAME.xml, creating DIR if needed; "
                + "existing files are replaced. Prints the files written.")
final class ExportSamplesCommand implements Callable<Integer> {

    @ParentCommand
    DisputatioCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The directory to write to.")
    Path directory;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new InputException(directory + " exists and is not a directory");
        }
        Files.createDirectories(directory);
        PrintWriter out = spec.commandLine().getOut();
        EventSource source = parent.source();
        for (String name : source.sampleNames()) {
            Event event = source.sample(name).orElseThrow();
            for (EventFormat format : Formats.all()) {
                Path file = directory.resolve(name + Formats.extension(format));
                format.write(event, file);
                out.println(file);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
