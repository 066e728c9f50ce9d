package org.disputatio.io.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.disputatio.io.EventReadException;
import org.disputatio.model.Event;

/**
 * A lazy stream over the events of a JSON Lines input. One line is held in memory at a time,
 * and no line longer than the document limit is ever buffered whole.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /**
     * @param parse reads one line's document
     * @param onError receives each malformed line, after which reading goes on; null to stop at the first
     * @param sourceName named in errors, or null
     */
    public static Stream<Event> read(Reader input, Function<String, Event> parse, Consumer<EventReadException> onError,
            long maxLineLength, String sourceName) {
        LineSpliterator lines = new LineSpliterator(input, parse, onError, maxLineLength, sourceName);
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                input.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The events of UTF-8 JSON Lines bytes. Lines are split on the byte 0x0A, which never occurs
     * inside a UTF-8 sequence, and decoded one by one, so a line of invalid UTF-8 is reported
     * (with its number) like any other malformed line and reading goes on.
     */
    public static Stream<Event> read(InputStream input, Function<String, Event> parse,
            Consumer<EventReadException> onError, long maxLineLength, String sourceName) {
        ByteLineSpliterator lines = new ByteLineSpliterator(input, parse, onError, maxLineLength, sourceName);
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                input.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final class ByteLineSpliterator extends Spliterators.AbstractSpliterator<Event> {
        private final InputStream input;
        private final Function<String, Event> parse;
        private final Consumer<EventReadException> onError;
        private final long maxLineLength;
        private final String sourceName;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private int position;
        private int limit;
        private long lineNumber;
        private boolean ended;

        ByteLineSpliterator(InputStream input, Function<String, Event> parse, Consumer<EventReadException> onError,
                long maxLineLength, String sourceName) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.input = input;
            this.parse = parse;
            this.onError = onError;
            this.maxLineLength = maxLineLength;
            this.sourceName = sourceName;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Event> action) {
            while (!ended) {
                boolean tooLong = nextLine();
                if (tooLong) {
                    fail(new EventReadException("line longer than the limit of " + maxLineLength + " bytes",
                            sourceName, lineNumber, 0, "", null));
                    continue;
                }
                byte[] bytes = line.toByteArray();
                int length = bytes.length;
                if (length > 0 && bytes[length - 1] == '\r') {
                    length--;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
                } catch (CharacterCodingException e) {
                    fail(new EventReadException("invalid UTF-8", sourceName, lineNumber, 0, "", e));
                    continue;
                }
                if (text.isBlank()) {
                    continue;
                }
                try {
                    action.accept(parse.apply(text));
                    return true;
                } catch (EventReadException e) {
                    EventReadException located = e.atLine(lineNumber);
                    fail(sourceName == null ? located : located.withSource(sourceName));
                }
            }
            return false;
        }

        private void fail(EventReadException error) {
            if (onError == null) {
                ended = true;
                throw error;
            }
            onError.accept(error);
        }

        private boolean nextLine() {
            line.reset();
            lineNumber++;
            boolean tooLong = false;
            try {
                while (true) {
                    if (position == limit) {
                        limit = input.read(buffer);
                        position = 0;
                        if (limit <= 0) {
                            limit = 0;
                            ended = true;
                            return tooLong;
                        }
                    }
                    byte b = buffer[position++];
                    if (b == '\n') {
                        return tooLong;
                    }
                    if (!tooLong) {
                        // one byte over the limit may be the CR of a CRLF line end
                        if (line.size() > maxLineLength || line.size() == maxLineLength && b != '\r') {
                            tooLong = true;
                            line.reset();
                        } else {
                            line.write(b);
                        }
                    }
                }
            } catch (IOException e) {
                ended = true;
                throw new EventReadException("cannot read line " + lineNumber + ": " + e.getMessage(), sourceName,
                        lineNumber, 0, "", e);
            }
        }
    }

    private static final class LineSpliterator extends Spliterators.AbstractSpliterator<Event> {
        private final Reader input;
        private final Function<String, Event> parse;
        private final Consumer<EventReadException> onError;
        private final long maxLineLength;
        private final String sourceName;
        private final StringBuilder line = new StringBuilder();
        private final char[] buffer = new char[8192];
        private int position;
        private int limit;
        private long lineNumber;
        private boolean ended;

        LineSpliterator(Reader input, Function<String, Event> parse, Consumer<EventReadException> onError,
                long maxLineLength, String sourceName) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.input = input;
            this.parse = parse;
            this.onError = onError;
            this.maxLineLength = maxLineLength;
            this.sourceName = sourceName;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Event> action) {
            while (!ended) {
                boolean tooLong = nextLine();
                if (tooLong) {
                    fail(new EventReadException("line longer than the limit of " + maxLineLength + " characters",
                            sourceName, lineNumber, 0, "", null));
                    continue;
                }
                if (line.toString().isBlank()) {
                    continue;
                }
                try {
                    action.accept(parse.apply(line.toString()));
                    return true;
                } catch (EventReadException e) {
                    EventReadException located = e.atLine(lineNumber);
                    fail(sourceName == null ? located : located.withSource(sourceName));
                }
            }
            return false;
        }

        private void fail(EventReadException error) {
            if (onError == null) {
                ended = true;
                throw error;
            }
            onError.accept(error);
        }

        /** Reads the next line into {@link #line}; true if it was too long (and was skipped). */
        private boolean nextLine() {
            line.setLength(0);
            lineNumber++;
            tooLong = false;
            boolean carriageReturn = false; // a CR not yet known to end the line (CRLF) or to be content
            try {
                while (true) {
                    if (position == limit) {
                        limit = input.read(buffer);
                        position = 0;
                        if (limit <= 0) {
                            limit = 0;
                            ended = true;
                            if (carriageReturn) {
                                add('\r');
                            }
                            return tooLong;
                        }
                    }
                    char c = buffer[position++];
                    if (c == '\n') {
                        return tooLong; // a CR just before is the CRLF line end: dropped
                    }
                    if (carriageReturn) {
                        add('\r'); // a CR inside the line is content, for the parser to judge
                    }
                    carriageReturn = c == '\r';
                    if (!carriageReturn) {
                        add(c);
                    }
                }
            } catch (IOException e) {
                ended = true;
                throw new EventReadException("cannot read line " + lineNumber + ": " + e.getMessage(), sourceName,
                        lineNumber, 0, "", e);
            }
        }

        private boolean tooLong;

        private void add(char c) {
            if (tooLong) {
                return;
            }
            if (line.length() >= maxLineLength) {
                tooLong = true;
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }
}
