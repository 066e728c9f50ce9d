package org.disputatio.research;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputatio.model.Event;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The tables in an embedded DuckDB database: created with the columns' SQL types, loaded
 * through DuckDB's appender, and written to Parquet, JSON Lines or CSV by DuckDB's {@code COPY}.
 * Everything runs in the process: no server, no network.
 */
public final class DuckDb {

    private DuckDb() {
    }

    /**
     * A new, empty DuckDB database in memory; close the connection to free it.
     *
     * @return a connection to it
     * @throws SQLException if DuckDB cannot start (its native library cannot load on this platform)
     */
    public static Connection inMemory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    /**
     * Creates every table of {@link Tables} and loads the corpus into them, walking it once
     * (one event in memory at a time).
     *
     * @param corpus the events
     * @param connection a connection to a DuckDB database
     * @throws SQLException if the connection is not DuckDB's, a table of that name already
     *     exists, or DuckDB fails
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static void load(Corpus corpus, Connection connection) throws SQLException {
        load(corpus, connection, Tables.all());
    }

    /**
     * Creates some of the tables of {@link Tables} and loads the corpus into them, walking it once.
     *
     * @param corpus the events
     * @param connection a connection to a DuckDB database
     * @param tables the tables to create and load
     * @throws SQLException if the connection is not DuckDB's, a table of that name already
     *     exists, or DuckDB fails
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static void load(Corpus corpus, Connection connection, List<Table<?>> tables) throws SQLException {
        Objects.requireNonNull(corpus, "corpus");
        DuckDBConnection duck = unwrap(connection);
        tables = List.copyOf(tables);
        try (Statement statement = duck.createStatement()) {
            for (Table<?> table : tables) {
                statement.execute(createTable(table));
            }
        }
        List<DuckDBAppender> appenders = new ArrayList<>();
        try {
            for (Table<?> table : tables) {
                appenders.add(duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name()));
            }
            try (Stream<Event> events = corpus.events()) {
                for (Event event : (Iterable<Event>) events::iterator) {
                    EventRows rows = new EventRows(event, corpus.settings());
                    for (int i = 0; i < tables.size(); i++) {
                        append(tables.get(i), rows, appenders.get(i));
                    }
                }
            }
        } finally {
            SQLException failure = null;
            for (DuckDBAppender appender : appenders) {
                try {
                    appender.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * The {@code CREATE TABLE} statement of a table.
     *
     * @param table the table
     * @return such as {@code CREATE TABLE events (event_id VARCHAR, ...)}
     */
    public static String createTable(Table<?> table) {
        return "CREATE TABLE " + table.name() + " (" + table.columns().stream()
                .map(column -> column.name() + " " + column.type().sql()).collect(Collectors.joining(", ")) + ")";
    }

    private static <R> void append(Table<R> table, EventRows eventRows, DuckDBAppender appender) throws SQLException {
        List<Column<R>> columns = table.columns();
        for (R row : table.rows(eventRows)) {
            appender.beginRow();
            for (Column<R> column : columns) {
                Object value = column.valueOf(row);
                if (value == null) {
                    appender.appendNull();
                    continue;
                }
                switch (column.type()) {
                    case VARCHAR -> appender.append((String) value);
                    case INTEGER -> appender.append(((Integer) value).intValue());
                    case BOOLEAN -> appender.append(((Boolean) value).booleanValue());
                    case DATE -> appender.append((LocalDate) value);
                    case TIME -> appender.append((LocalTime) value);
                    default -> throw new IllegalStateException("no appender for " + column.type());
                }
            }
            appender.endRow();
        }
    }

    private static DuckDBConnection unwrap(Connection connection) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (!connection.isWrapperFor(DuckDBConnection.class)) {
            throw new SQLException("not a DuckDB connection: " + connection.getClass().getName()
                    + " (open one with DriverManager.getConnection(\"jdbc:duckdb:\"))");
        }
        return connection.unwrap(DuckDBConnection.class);
    }

    /**
     * Writes a table or query of the database to a file with DuckDB's {@code COPY}, in the
     * format the file's name ends with: {@code .parquet} (Parquet), {@code .jsonl},
     * {@code .ndjson} or {@code .json} (one JSON object per line), {@code .csv} (CSV with a header).
     *
     * @param connection a connection to a DuckDB database
     * @param tableOrQuery a table's name, or a {@code SELECT} query
     * @param file the file to write, replaced if it exists
     * @throws SQLException if DuckDB fails (no such table, a malformed query, the file cannot be written)
     * @throws IllegalArgumentException if the file's name ends with none of those
     */
    public static void copy(Connection connection, String tableOrQuery, Path file) throws SQLException {
        Objects.requireNonNull(tableOrQuery, "tableOrQuery");
        String format = copyFormat(file);
        String source = tableOrQuery.strip().toLowerCase(Locale.ROOT).startsWith("select")
                ? "(" + tableOrQuery + ")" : tableOrQuery;
        try (Statement statement = unwrap(connection).createStatement()) {
            statement.execute("COPY " + source + " TO '" + file.toString().replace("'", "''") + "' (" + format + ")");
        }
    }

    /**
     * The {@code COPY} options for a file, by its name.
     *
     * @param file the file to write
     * @return the options, such as {@code FORMAT parquet}
     * @throws IllegalArgumentException if the name ends with no format this class writes
     */
    static String copyFormat(Path file) {
        String name = Objects.requireNonNull(file, "file").getFileName() == null ? ""
                : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return "FORMAT parquet";
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return "FORMAT json";
        }
        if (name.endsWith(".csv")) {
            return "FORMAT csv, HEADER true";
        }
        throw new IllegalArgumentException("cannot tell what to write to " + file
                + " from its name: use .parquet, .jsonl, .ndjson, .json or .csv");
    }
}
