package org.disputatio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.disputatio.research.Corpus;
import org.disputatio.research.Csv;
import org.disputatio.research.DuckDb;
import org.disputatio.research.Table;
import org.disputatio.research.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code disputatio table NAME FILE... [--out FILE]}: writes one research table of a corpus. */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Write one table of a corpus (participations, events, items, people, organisations, "
                + "affiliations, coappearances; columns: see the research module's README) as CSV on "
                + "standard output, or to --out FILE: .csv, .parquet or .jsonl by its name.")
final class TableCommand implements Callable<Integer> {

    @ParentCommand
    DisputatioCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table's name, such as participations.")
    String tableName;

    @Parameters(index = "1..*", paramLabel = "FILE",
            description = "Event files (.json, .xml), JSON Lines (.jsonl) or directories of them.")
    List<Path> files;

    @Option(names = "--sample", paramLabel = "NAME", description = "A built-in sample (see `disputatio samples`).")
    String sample;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file to write, replaced if it exists: .csv (RFC 4180), .parquet, or .jsonl "
                    + "(one JSON object per line). Default: CSV on standard output.")
    Path out;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "The language of texts in the table (default: each event's first language).")
    String language;

    @Override
    public Integer call() {
        Table<?> table;
        try {
            table = Tables.require(tableName);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
        String name = out == null || out.getFileName() == null ? ""
                : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = out == null || name.endsWith(".csv");
        if (!csv && !name.endsWith(".parquet") && !name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
            throw new InputException("cannot tell what to write to " + out + " from its name: use .csv, .parquet or .jsonl");
        }
        Corpus read = CorpusInput.of(parent.source(), sample, files, language);
        // CSV on standard output is written as the events are read: progress only when it is not a terminal
        try (Progress progress = Progress.over(spec.commandLine().getErr(), CorpusInput.size(sample, files), out == null)) {
            Corpus corpus = read.peek(event -> progress.step());
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                writeCsv(corpus, table, stdout);
                stdout.flush();
            } else if (csv) {
                Csv.write(corpus, table, out);
            } else {
                try (Connection duck = DuckDb.inMemory()) {
                    DuckDb.load(corpus, duck, List.of(table));
                    DuckDb.copy(duck, table.name(), out);
                } catch (SQLException e) {
                    throw new InputException(CorpusInput.firstLine(e.getMessage()), e);
                }
            }
        }
        return ExitCodes.OK;
    }

    private static <R> void writeCsv(Corpus corpus, Table<R> table, PrintWriter out) {
        try (Stream<R> rows = corpus.rows(table)) {
            Csv.write(table, rows, out);
        }
    }
}
