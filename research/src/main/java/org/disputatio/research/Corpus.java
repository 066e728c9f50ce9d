package org.disputatio.research;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputatio.io.EventFormat;
import org.disputatio.io.EventFormats;
import org.disputatio.io.EventReadException;
import org.disputatio.io.json.EventJson;
import org.disputatio.model.Event;

/**
 * A collection of events to analyse together: held in memory, or read lazily from files each
 * time it is walked, so that a corpus of any size is walked in constant memory (one event at a
 * time). Its tables ({@link Tables}) are streams of rows: {@link #rows(Table)}.
 *
 * <p>Files: a name ending in {@code .jsonl} or {@code .ndjson} is JSON Lines, one event per line
 * ({@link EventJson#readLines(Path)}); any other file is read in the format its name claims
 * ({@link EventFormats#forFile(Path)}: {@code .json}, and {@code .xml} when io-xml is present);
 * a directory stands for the files below it whose names one of those claims, in path order
 * (other files there, such as a README, are not events and are skipped). Reading stops at the
 * first event that cannot be read, with an {@link EventReadException} that names the file and
 * the line: no event is dropped silently.
 */
public final class Corpus {

    private static final List<String> JSON_LINES = List.of(".jsonl", ".ndjson");

    private final Supplier<Stream<Event>> events;
    private final TableSettings settings;

    private Corpus(Supplier<Stream<Event>> events, TableSettings settings) {
        this.events = events;
        this.settings = settings;
    }

    /**
     * A corpus of events in memory.
     *
     * @param events the events, in order
     * @return the corpus
     * @throws NullPointerException if the array or an event is null
     */
    public static Corpus of(Event... events) {
        return of(List.of(events));
    }

    /**
     * A corpus of events in memory.
     *
     * @param events the events, in iteration order; copied
     * @return the corpus
     * @throws NullPointerException if the collection or an event is null
     */
    public static Corpus of(Collection<Event> events) {
        List<Event> copy = List.copyOf(events);
        return new Corpus(copy::stream, TableSettings.defaults());
    }

    /**
     * A corpus read lazily from one JSON Lines file, each time it is walked.
     *
     * @param file a UTF-8 file with one event per line
     * @return the corpus
     * @throws NullPointerException if the file is null
     */
    public static Corpus jsonLines(Path file) {
        Objects.requireNonNull(file, "file");
        return new Corpus(() -> EventJson.defaults().readLines(file), TableSettings.defaults());
    }

    /**
     * A corpus read lazily from files and directories, each time it is walked; see the class
     * comment for how files are read. The directories are listed now.
     *
     * @param paths files and directories, in order
     * @return the corpus
     * @throws NullPointerException if the list or a path is null
     * @throws IllegalArgumentException if a file's name claims no format (the message names the
     *     file and the formats)
     * @throws EventReadException if a directory cannot be listed, or a path that does not exist
     *     claims no format either (a missing directory)
     */
    public static Corpus files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : List.copyOf(paths)) {
            if (Files.isDirectory(path)) {
                files.addAll(listEvents(path));
            } else {
                if (!isJsonLines(path) && EventFormats.forFile(path).isEmpty() && !Files.exists(path)) {
                    throw EventReadException.unreadableFile(path, new NoSuchFileException(path.toString()));
                }
                if (!isJsonLines(path) && EventFormats.forFile(path).isEmpty()) {
                    throw new IllegalArgumentException("cannot tell the format of " + path + " from its name: use "
                            + formatEndings());
                }
                files.add(path);
            }
        }
        List<Path> list = List.copyOf(files);
        return new Corpus(() -> list.stream().flatMap(Corpus::read), TableSettings.defaults());
    }

    /**
     * As {@link #files(List)}.
     *
     * @param paths files and directories, in order
     * @return the corpus
     * @throws NullPointerException if a path is null
     * @throws IllegalArgumentException if a file's name claims no format
     * @throws EventReadException if a directory cannot be listed
     */
    public static Corpus files(Path... paths) {
        return files(List.of(paths));
    }

    private static boolean isJsonLines(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return JSON_LINES.stream().anyMatch(name::endsWith);
    }

    private static String formatEndings() {
        List<String> endings = new ArrayList<>(JSON_LINES);
        for (EventFormat format : EventFormats.installed()) {
            format.fileExtensions().forEach(extension -> endings.add("." + extension));
        }
        return endings.stream().distinct().collect(Collectors.joining(", "));
    }

    private static List<Path> listEvents(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> isJsonLines(file) || EventFormats.forFile(file).isPresent())
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw EventReadException.unreadableFile(directory, cause);
        }
    }

    private static Stream<Event> read(Path file) {
        if (isJsonLines(file)) {
            return EventJson.defaults().readLines(file);
        }
        Optional<EventFormat> format = EventFormats.forFile(file);
        // checked when the corpus was made; a format gone since is a broken installation
        return Stream.of(file).map(path -> format.orElseThrow().read(path));
    }

    /**
     * This corpus with its tables' texts in another language where the events have it.
     *
     * @param tableSettings the language of texts in tables
     * @return a corpus of the same events
     * @throws NullPointerException if the settings are null
     */
    public Corpus withSettings(TableSettings tableSettings) {
        return new Corpus(events, Objects.requireNonNull(tableSettings, "tableSettings"));
    }

    /**
     * This corpus, calling an action with each event as it is read, before its rows are made:
     * to count the events of a long walk and show progress. The action runs at each walk.
     *
     * @param action called with each event, in corpus order
     * @return a corpus of the same events, with the same settings
     * @throws NullPointerException if the action is null
     */
    public Corpus peek(Consumer<? super Event> action) {
        Objects.requireNonNull(action, "action");
        Supplier<Stream<Event>> read = events;
        return new Corpus(() -> read.get().peek(action), settings);
    }

    /**
     * The settings its tables are made with.
     *
     * @return the settings
     */
    public TableSettings settings() {
        return settings;
    }

    /**
     * The events, read anew (from files, lazily) at each call. Close the stream to close the
     * file being read: use try-with-resources.
     *
     * @return a sequential stream of the events in corpus order
     * @throws EventReadException from the stream's operations, if an event cannot be read
     */
    public Stream<Event> events() {
        return events.get();
    }

    /**
     * A table's rows over the whole corpus, event by event, lazily: one event is in memory at a
     * time. Close the stream (try-with-resources).
     *
     * @param <R> the type of the rows
     * @param table one of {@link Tables}
     * @return the rows, in corpus order then each event's programme order
     * @throws NullPointerException if the table is null
     */
    public <R> Stream<R> rows(Table<R> table) {
        Objects.requireNonNull(table, "table");
        return events().flatMap(event -> table.rows(event, settings));
    }

    /**
     * The {@link Tables#PARTICIPATIONS} rows over the whole corpus, lazily. Close the stream.
     *
     * @return the rows
     */
    public Stream<ParticipationRow> participations() {
        return rows(Tables.PARTICIPATIONS);
    }

    /**
     * Creates every table of {@link Tables} in a DuckDB database and loads the corpus into them
     * through DuckDB's appender, walking the corpus once: see {@link DuckDb#load(Corpus, Connection)}.
     *
     * @param connection a connection to a DuckDB database ({@code jdbc:duckdb:} for one in memory)
     * @throws SQLException if the connection is not DuckDB's, a table already exists, or DuckDB fails
     * @throws EventReadException if an event cannot be read
     */
    public void toDuckDb(Connection connection) throws SQLException {
        DuckDb.load(this, connection);
    }
}
