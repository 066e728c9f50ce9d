package org.disputatio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.disputatio.research.Corpus;
import org.disputatio.research.Csv;
import org.disputatio.research.DuckDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code disputatio sql QUERY FILE...}: loads the research tables of a corpus into an in-memory
 * DuckDB database and prints the result of one query.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one SQL query (DuckDB's dialect) over the tables of a corpus: participations, "
                + "events, items, people, organisations, affiliations, coappearances (columns: see the "
                + "research module's README). Prints an aligned table, or CSV or JSON Lines with --format.")
final class SqlCommand implements Callable<Integer> {

    /** How the result is printed. */
    enum Format {
        table, csv, json
    }

    @ParentCommand
    DisputatioCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY",
            description = "The query, such as \"SELECT sector, count(*) FROM participations GROUP BY 1\".")
    String query;

    @Parameters(index = "1..*", paramLabel = "FILE",
            description = "Event files (.json, .xml), JSON Lines (.jsonl) or directories of them.")
    List<Path> files;

    @Option(names = "--sample", paramLabel = "NAME", description = "A built-in sample (see `disputatio samples`).")
    String sample;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (default), csv (RFC 4180, with a header) or json (one object per line).")
    Format format = Format.table;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "The language of texts in the tables (default: each event's first language).")
    String language;

    @Override
    public Integer call() {
        Corpus corpus = CorpusInput.of(parent.source(), sample, files, language);
        PrintWriter out = spec.commandLine().getOut();
        try (Connection duck = DuckDb.inMemory()) {
            try (Progress progress = Progress.over(spec.commandLine().getErr(), CorpusInput.size(sample, files), false)) {
                corpus.peek(event -> progress.step()).toDuckDb(duck);
            }
            try (Statement statement = duck.createStatement()) {
                if (statement.execute(query)) {
                    try (ResultSet result = statement.getResultSet()) {
                        print(result, out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new InputException(CorpusInput.firstLine(e.getMessage()), e);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void print(ResultSet result, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        int columns = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
            names.add(meta.getColumnLabel(i));
        }
        if (format == Format.csv) {
            printCsv(names.toArray(String[]::new), out);
        }
        List<String[]> rows = new ArrayList<>(); // for the aligned table, whose widths need every row
        while (result.next()) {
            String[] row = new String[columns];
            for (int i = 1; i <= columns; i++) {
                row[i - 1] = result.getString(i);
            }
            switch (format) {
                case table -> rows.add(row);
                case csv -> printCsv(row, out);
                default -> printJson(names, row, meta, out);
            }
        }
        if (format == Format.table) {
            printTable(names, rows, out);
        }
    }

    private static void printCsv(String[] row, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(Csv.field(row[i]));
        }
        out.print(line.append("\r\n"));
    }

    private static void printJson(List<String> names, String[] row, ResultSetMetaData meta, PrintWriter out)
            throws SQLException {
        StringBuilder line = new StringBuilder("{");
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            quote(names.get(i), line);
            line.append(':');
            if (row[i] == null) {
                line.append("null");
            } else if (isBare(meta.getColumnType(i + 1))) {
                line.append(row[i]);
            } else {
                quote(row[i], line);
            }
        }
        out.println(line.append('}'));
    }

    /** Numbers and booleans are written bare in JSON; everything else as a string. */
    private static boolean isBare(int sqlType) {
        switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                    Types.BOOLEAN, Types.BIT -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Columns padded to their widest value, a rule under the header; null printed as nothing. */
    private static void printTable(List<String> names, List<String[]> rows, PrintWriter out) {
        int[] widths = new int[names.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(names.get(i));
        }
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(cell(row[i])));
            }
        }
        printRow(names.toArray(String[]::new), widths, out);
        String[] rule = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        printRow(rule, widths, out);
        for (String[] row : rows) {
            printRow(row, widths, out);
        }
    }

    private static void printRow(String[] row, int[] widths, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            String cell = cell(row[i]);
            line.append(cell);
            if (i < row.length - 1) {
                line.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        out.println(line.toString().stripTrailing());
    }

    /** A value on one line: line breaks and tabs shown as spaces. */
    private static String cell(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
