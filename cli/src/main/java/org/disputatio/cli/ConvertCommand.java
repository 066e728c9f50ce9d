package org.disputatio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.disputatio.io.EventFormat;
import org.disputatio.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code disputatio convert IN OUT}: reads an event in one format and writes it in another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Read an event file and write it again; each file's format comes from its "
                + "extension (.json or .xml). OUT is replaced if it exists.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write.")
    Path out;

    @Override
    public Integer call() {
        EventFormat target = Formats.of(out); // fail on a bad name before reading anything
        Event event = FileLocations.read(Formats.of(in), in);
        target.write(event, out);
        return ExitCodes.OK;
    }
}
