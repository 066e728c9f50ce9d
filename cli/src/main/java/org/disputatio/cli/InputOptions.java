package org.disputatio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.disputatio.model.Event;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What event(s) a command works on: exactly one of the input forms, {@code --sample NAME} or
 * one or more files ({@code FILE...}, format by extension). Inputs load lazily, so that a
 * command over several files can report an unreadable one and go on.
 */
final class InputOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    /** The input forms, of which exactly one is given. */
    static final class Selection {
        @Option(names = "--sample", paramLabel = "NAME", required = true,
                description = "A built-in sample (see `disputatio samples`).")
        String sample;

        @Parameters(paramLabel = "FILE", arity = "1..*",
                description = "Event files; the format comes from the extension (.json or .xml).")
        List<Path> files;
    }

    /** An input not yet loaded: its label, whether it is a file, and how to load it. */
    record Source(String label, boolean file, Supplier<Event> loader) {
        /**
         * @throws InputException if a named sample does not exist or a file's format is unknown
         * @throws org.disputatio.io.EventReadException if a file cannot be read
         */
        Input load() {
            return new Input(label, loader.get());
        }
    }

    /** The inputs selected, in the order given, not yet loaded. */
    List<Source> sources(EventSource source) {
        if (selection.files != null) {
            List<Source> files = new ArrayList<>();
            for (Path file : selection.files) {
                files.add(new Source(file.toString(), true, () -> FileLocations.read(Formats.of(file), file)));
            }
            return files;
        }
        String name = selection.sample;
        return List.of(new Source("sample " + name, false, () -> source.sample(name)
                .orElseThrow(() -> new InputException("unknown sample '" + name + "'; known samples: "
                        + String.join(", ", source.sampleNames())))));
    }

    /**
     * The one event selected, for commands that take a single input.
     *
     * @throws InputException if the input cannot be loaded, or more than one was given
     */
    Input loadOne(EventSource source) {
        List<Source> sources = sources(source);
        if (sources.size() != 1) {
            throw new InputException("expected one input, got " + sources.size());
        }
        return sources.get(0).load();
    }
}
