package org.disputatio.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.disputatio.examples.Samples;
import org.disputatio.model.Event;
import org.junit.jupiter.api.Test;

/** JSON Lines corpora are read lazily: one line in memory at a time, however long the input. */
class JsonLinesCorpusTest {

    private static final String LINE = EventJson.defaults().compact().write(Samples.get("saint-cyr-2014").orElseThrow())
            + "\n";

    /** A corpus of {@code lines} identical events, generated as it is read and never held whole. */
    private static final class GeneratedCorpus extends Reader {
        private final long lines;
        private final AtomicLong charsRead = new AtomicLong();
        private long line;
        private int offset;

        GeneratedCorpus(long lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] buffer, int from, int length) {
            if (line == lines) {
                return -1;
            }
            int n = Math.min(length, LINE.length() - offset);
            LINE.getChars(offset, offset + n, buffer, from);
            offset += n;
            if (offset == LINE.length()) {
                offset = 0;
                line++;
            }
            charsRead.addAndGet(n);
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void readsOnlyAsFarAsTheEventsConsumed() {
        GeneratedCorpus corpus = new GeneratedCorpus(1_000);
        try (Stream<Event> events = EventJson.defaults().readLines(corpus)) {
            events.limit(2).forEach(event -> assertEquals("saint-cyr-2014", event.id()));
        }
        // Two events and at most one read-ahead buffer: nowhere near the 1,000 lines.
        assertTrue(corpus.charsRead.get() < 2L * LINE.length() + 8192 + LINE.length(), () -> corpus.charsRead + " chars read");
    }

    @Test
    void streamsAHundredThousandEvents() {
        GeneratedCorpus corpus = new GeneratedCorpus(100_000);
        try (Stream<Event> events = EventJson.defaults().readLines(corpus)) {
            assertEquals(100_000, events.filter(event -> event.people().isEmpty()).count());
        }
        assertEquals(100_000L * LINE.length(), corpus.charsRead.get());
    }
}
