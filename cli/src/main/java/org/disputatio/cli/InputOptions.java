package org.disputatio.cli;

import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * What event(s) a command works on: exactly one of the input forms. Today the only form is
 * {@code --sample NAME}; file inputs ({@code FILE...}) join this group as positional parameters,
 * so every command that mixes this in gains them at once.
 */
final class InputOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    /** The input forms, of which exactly one is given. */
    static final class Selection {
        @Option(names = "--sample", paramLabel = "NAME", required = true,
                description = "A built-in sample (see `disputatio samples`).")
        String sample;
    }

    /**
     * The events selected, in the order given.
     *
     * @throws InputException if a named sample does not exist
     */
    public List<Input> load(EventSource source) {
        String name = selection.sample;
        return List.of(source.sample(name)
                .map(event -> new Input("sample " + name, event))
                .orElseThrow(() -> new InputException("unknown sample '" + name + "'; known samples: "
                        + String.join(", ", source.sampleNames()))));
    }

    /**
     * The one event selected, for commands that take a single input.
     *
     * @throws InputException if the input cannot be loaded
     */
    public Input loadOne(EventSource source) {
        List<Input> inputs = load(source);
        if (inputs.size() != 1) {
            throw new InputException("expected one input, got " + inputs.size());
        }
        return inputs.get(0);
    }
}
