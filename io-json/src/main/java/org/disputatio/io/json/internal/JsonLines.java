package org.disputatio.io.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * and no line longer than the document limit is ever buffered whole. A CR directly before the
 * LF is part of the line end; any other CR is content, for the parser to judge.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /**
     * The events of JSON Lines characters.
     *
     * @param parse reads one line's document
     * @param onError receives each malformed line, after which reading goes on; null to stop at the first
     * @param sourceName named in errors, or null
     */
    public static Stream<Event> read(Reader input, Function<String, Event> parse, Consumer<EventReadException> onError,
            long maxLineLength, String sourceName) {
        return stream(new CharLines(input, parse, onError, maxLineLength, sourceName), input);
    }

    /**
     * The events of UTF-8 JSON Lines bytes. Lines are split on the byte 0x0A, which never occurs
     * inside a UTF-8 sequence, and decoded one by one, so a line of invalid UTF-8 is reported
     * (with its number) like any other malformed line and reading goes on.
     */
    public static Stream<Event> read(InputStream input, Function<String, Event> parse,
            Consumer<EventReadException> onError, long maxLineLength, String sourceName) {
        return stream(new ByteLines(input, parse, onError, maxLineLength, sourceName), input);
    }

    private static Stream<Event> stream(Lines lines, Closeable input) {
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                input.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A line that cannot be had (too long, not UTF-8); reading can go on with the next. */
    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String reason, Throwable cause) {
            super(reason, cause, false, false);
        }
    }

    /** Reads lines, parses each, and reports what fails with its line number. */
    private abstract static class Lines extends Spliterators.AbstractSpliterator<Event> {
        private final Function<String, Event> parse;
        private final Consumer<EventReadException> onError;
        final long maxLineLength;
        private final String sourceName;
        long lineNumber;
        boolean ended;

        Lines(Function<String, Event> parse, Consumer<EventReadException> onError, long maxLineLength, String sourceName) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.parse = parse;
            this.onError = onError;
            this.maxLineLength = maxLineLength;
            this.sourceName = sourceName;
        }

        /**
         * The next line's text, without its line end; sets {@link #ended} at the end of the input.
         *
         * @throws BadLine for a line that is skipped
         * @throws IOException if the input fails, which ends the stream
         */
        abstract String nextLine() throws BadLine, IOException;

        @Override
        public boolean tryAdvance(Consumer<? super Event> action) {
            while (!ended) {
                lineNumber++;
                String text;
                try {
                    text = nextLine();
                } catch (BadLine bad) {
                    fail(new EventReadException(bad.getMessage(), sourceName, lineNumber, 0, "", bad.getCause()));
                    continue;
                } catch (IOException e) {
                    ended = true;
                    throw new EventReadException("cannot read line " + lineNumber + ": " + e.getMessage(), sourceName,
                            lineNumber, 0, "", e);
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

        BadLine tooLong(String unit) {
            return new BadLine("line longer than the limit of " + maxLineLength + " " + unit, null);
        }
    }

    private static final class CharLines extends Lines {
        private final Reader input;
        private final StringBuilder line = new StringBuilder();
        private final char[] buffer = new char[8192];
        private int position;
        private int limit;

        CharLines(Reader input, Function<String, Event> parse, Consumer<EventReadException> onError,
                long maxLineLength, String sourceName) {
            super(parse, onError, maxLineLength, sourceName);
            this.input = input;
        }

        @Override
        String nextLine() throws BadLine, IOException {
            line.setLength(0);
            boolean tooLong = false;
            boolean carriageReturn = false; // a CR not yet known to end the line (CRLF) or to be content
            while (true) {
                if (position == limit) {
                    limit = input.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        tooLong |= carriageReturn && !add('\r');
                        break;
                    }
                }
                char c = buffer[position++];
                if (c == '\n') {
                    break; // a CR just before is the CRLF line end: dropped
                }
                if (carriageReturn) {
                    tooLong |= !add('\r'); // a CR inside the line is content
                }
                carriageReturn = c == '\r';
                if (!carriageReturn) {
                    tooLong |= !add(c);
                }
            }
            if (tooLong) {
                throw tooLong("characters");
            }
            return line.toString();
        }

        /** Adds a character; false (and the line dropped) once it is too long. */
        private boolean add(char c) {
            if (line.length() >= maxLineLength) {
                line.setLength(0);
                line.trimToSize();
                return false;
            }
            line.append(c);
            return true;
        }
    }

    private static final class ByteLines extends Lines {
        private final InputStream input;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private int position;
        private int limit;

        ByteLines(InputStream input, Function<String, Event> parse, Consumer<EventReadException> onError,
                long maxLineLength, String sourceName) {
            super(parse, onError, maxLineLength, sourceName);
            this.input = input;
        }

        @Override
        String nextLine() throws BadLine, IOException {
            line.reset();
            boolean tooLong = false;
            while (true) {
                if (position == limit) {
                    limit = input.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        break;
                    }
                }
                byte b = buffer[position++];
                if (b == '\n') {
                    break;
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
            if (tooLong) {
                throw tooLong("bytes");
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw new BadLine("invalid UTF-8", e);
            }
        }
    }
}
