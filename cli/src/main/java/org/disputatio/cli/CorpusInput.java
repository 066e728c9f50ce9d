package org.disputatio.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.Event;
import org.disputatio.research.Corpus;
import org.disputatio.research.TableSettings;

/**
 * The corpus of the research commands ({@code sql}, {@code table}): files, directories and JSON
 * Lines, or one built-in sample; and the language of the tables' texts.
 */
final class CorpusInput {

    private CorpusInput() {
    }

    /**
     * The corpus these arguments name.
     *
     * @param source where samples come from
     * @param sample the sample's name, or null
     * @param files the files and directories, or null or empty
     * @param language the language of texts in tables, or null for each event's first
     * @return the corpus, not yet read
     * @throws InputException if neither or both inputs are given, the sample is unknown, or a
     *     file's name claims no format
     */
    static Corpus of(EventSource source, String sample, List<Path> files, String language) {
        boolean hasFiles = files != null && !files.isEmpty();
        if (sample != null && hasFiles) {
            throw new InputException("give event files or --sample NAME, not both");
        }
        if (sample == null && !hasFiles) {
            throw new InputException("give event files (FILE..., a directory or a .jsonl file) or --sample NAME");
        }
        Corpus corpus;
        if (sample != null) {
            Optional<Event> event = source.sample(sample);
            if (event.isEmpty()) {
                throw new InputException("unknown sample '" + sample + "'; known samples: "
                        + String.join(", ", source.sampleNames()));
            }
            corpus = Corpus.of(event.get());
        } else {
            try {
                corpus = Corpus.files(files);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage(), e);
            }
        }
        if (language != null) {
            try {
                corpus = corpus.withSettings(TableSettings.defaults().withLanguage(language));
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage(), e);
            }
        }
        return corpus;
    }

    /**
     * How many events these arguments name, when that is known before reading: one for a
     * sample, one per file when every argument is a file that is not JSON Lines.
     *
     * @return the number of events, or -1 when it is not known (JSON Lines, a directory)
     */
    static long size(String sample, List<Path> files) {
        if (sample != null) {
            return 1;
        }
        if (files == null || files.isEmpty()) {
            return -1;
        }
        for (Path file : files) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!java.nio.file.Files.isRegularFile(file) || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return -1;
            }
        }
        return files.size();
    }

    /** The first line of a DuckDB message, which goes on with the query and a caret. */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "the query failed";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line;
    }
}
