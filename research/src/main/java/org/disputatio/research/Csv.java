package org.disputatio.research;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Tables as CSV, by RFC 4180: a header line of column names, then one line per row, fields
 * separated by commas, lines ended by CRLF; a field holding a comma, a double quote, a CR or a LF
 * is enclosed in double quotes, a double quote inside doubled. UTF-8 without byte-order mark.
 * A null value is an empty field; booleans are {@code true}/{@code false}, dates
 * {@code 2017-04-06}, times {@code 09:30:00}. R's {@code read.csv}, pandas' {@code read_csv} and
 * DuckDB's {@code read_csv} read it without options.
 */
public final class Csv {

    private static final String CRLF = "\r\n";

    private Csv() {
    }

    /**
     * Writes a header and the rows; the writer is flushed, not closed.
     *
     * @param <R> the type of the rows
     * @param table the table the rows belong to
     * @param rows the rows, consumed in encounter order (not closed)
     * @param out where the CSV goes
     * @return how many rows were written
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public static <R> long write(Table<R> table, Stream<R> rows, Writer out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        try {
            List<Column<R>> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(columns.get(i).name());
            }
            out.write(CRLF);
            long count = 0;
            for (R row : (Iterable<R>) rows::iterator) {
                for (int i = 0; i < columns.size(); i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(field(columns.get(i).valueOf(row)));
                }
                out.write(CRLF);
                count++;
            }
            out.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV of " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a table of a corpus to a stream in UTF-8; the stream is flushed, not closed.
     *
     * @param <R> the type of the rows
     * @param corpus the corpus, walked once
     * @param table the table
     * @param out where the CSV goes
     * @return how many rows were written
     * @throws UncheckedIOException if writing fails
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static <R> long write(Corpus corpus, Table<R> table, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (Stream<R> rows = corpus.rows(table)) {
            return write(table, rows, writer);
        }
    }

    /**
     * Writes a table of a corpus to a file in UTF-8, replacing it.
     *
     * @param <R> the type of the rows
     * @param corpus the corpus, walked once
     * @param table the table
     * @param file the file to write
     * @return how many rows were written
     * @throws UncheckedIOException if the file cannot be written
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static <R> long write(Corpus corpus, Table<R> table, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return write(corpus, table, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * One value as a CSV field, quoted when it must be, as {@link #write} writes it.
     *
     * @param value a column's value (or any value: its {@code toString()}), or null
     * @return the field as written: empty for null
     */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof LocalTime time ? DateTimeFormatter.ISO_LOCAL_TIME.format(time) : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
