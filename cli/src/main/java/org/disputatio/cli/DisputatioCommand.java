package org.disputatio.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code disputatio} command: holds what its subcommands share, and does nothing
 * alone. Its subcommands are added by {@link Cli#commandLine(EventSource)}.
 */
@Command(name = "disputatio",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List, show, validate and convert cyber-policy events.",
        // The subcommands are added by Cli.commandLine, in the order of Cli.SUBCOMMANDS.
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success; validation found no errors (warnings allowed)",
            "1:validation found errors",
            "2:bad usage, or input that cannot be read"})
final class DisputatioCommand implements Callable<Integer> {

    private final EventSource source;

    @Spec
    CommandSpec spec;

    DisputatioCommand(EventSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Where the subcommands get their events. */
    EventSource source() {
        return source;
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
