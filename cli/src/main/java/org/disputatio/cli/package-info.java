/**
 * The {@code disputatio} command line: list, show, validate and convert events, built on
 * picocli.
 *
 * <p>{@link org.disputatio.cli.Main} is the program's entry point and
 * {@link org.disputatio.cli.Cli#run(String...)} runs the command in-process, returning its exit
 * code ({@link org.disputatio.cli.ExitCodes}). To embed the command,
 * {@link org.disputatio.cli.Cli#commandLine(EventSource)} builds it over an
 * {@link org.disputatio.cli.EventSource} of your choosing, such as
 * {@link org.disputatio.cli.EventSource#of(java.util.Map)} in a test. The subcommands themselves
 * are package-private picocli classes; {@link org.disputatio.cli.TimetableRenderer} is the text
 * view that {@code show} prints, in a {@link org.disputatio.cli.UiLanguage}.
 *
 * <p>Everything the command does goes through the public API of the other modules: the built-in
 * samples come from {@code org.disputatio.examples}, event files are read and written in every
 * format installed beside core ({@link org.disputatio.io.EventFormats}: JSON and XML), and
 * {@code validate} reports with {@link org.disputatio.validation.EventValidator}. The package is
 * open to picocli, which reflects on the annotated commands.
 */
package org.disputatio.cli;
