package org.disputatio.io.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.disputatio.io.EventReadException;
import org.disputatio.io.internal.Utf8;
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
     * @param input the characters; closed when the stream is
     * @param parse reads one line's document
     * @param onError receives each malformed line, after which reading goes on; null to stop at the first
     * @param maxLineLength the longest line accepted, in characters
     * @param sourceName named in errors, or null
     * @return a lazy, sequential stream of the events
     */
    public static Stream<Event> read(Reader input, LineParser parse, Consumer<EventReadException> onError,
            long maxLineLength, String sourceName) {
        return stream(new CharLines(input, parse, onError, maxLineLength, sourceName), input);
    }

    /**
     * The events of UTF-8 JSON Lines bytes. Lines are split on the byte 0x0A, which never occurs
     * inside a UTF-8 sequence, and decoded one by one, so a line of invalid UTF-8 is reported
     * (with its number) like any other malformed line and reading goes on.
     *
     * @param input the bytes; closed when the stream is
     * @param parse reads one line's document
     * @param onError receives each malformed line, after which reading goes on; null to stop at the first
     * @param maxLineLength the longest line accepted, in bytes
     * @param sourceName named in errors, or null
     * @return a lazy, sequential stream of the events
     */
    public static Stream<Event> read(InputStream input, LineParser parse,
            Consumer<EventReadException> onError, long maxLineLength, String sourceName) {
        return stream(new ByteLines(input, parse, onError, maxLineLength, sourceName), input);
    }

    /** Reads the one event of a line, given as text or as well-formed UTF-8 bytes. */
    public interface LineParser {
        /**
         * Reads the event of a line given as text.
         *
         * @param line the line, without its line end
         * @return the event
         * @throws EventReadException if the line is not an event
         */
        Event parse(String line);

        /**
         * The bytes are well-formed UTF-8 already: the parser need not check them again.
         *
         * @param utf8 the buffer holding the line
         * @param offset where the line starts in the buffer
         * @param length the line's length in bytes, without its line end
         * @return the event
         * @throws EventReadException if the line is not an event
         */
        Event parse(byte[] utf8, int offset, int length);
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
        final LineParser parse;
        private final Consumer<EventReadException> onError;
        final long maxLineLength;
        private final String sourceName;
        long lineNumber;
        boolean ended;

        Lines(LineParser parse, Consumer<EventReadException> onError, long maxLineLength, String sourceName) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.parse = parse;
            this.onError = onError;
            this.maxLineLength = maxLineLength;
            this.sourceName = sourceName;
        }

        /**
         * Reads the next line, without its line end; sets {@link #ended} at the end of the input.
         *
         * @return false if the line is blank (JSON whitespace only: space, tab, CR)
         * @throws BadLine for a line that is skipped
         * @throws IOException if the input fails, which ends the stream
         */
        abstract boolean nextLine() throws BadLine, IOException;

        /** The event of the line just read. */
        abstract Event parseLine();

        @Override
        public boolean tryAdvance(Consumer<? super Event> action) {
            while (!ended) {
                lineNumber++;
                boolean content;
                try {
                    content = nextLine();
                } catch (BadLine bad) {
                    fail(EventReadException.at(bad.getMessage(), lineNumber, 0, "", bad.getCause()).withSource(sourceName));
                    continue;
                } catch (IOException e) {
                    ended = true;
                    throw EventReadException.at("cannot read line " + lineNumber + ": " + e.getMessage(), lineNumber, 0,
                            "", e).withSource(sourceName);
                }
                if (!content) {
                    continue;
                }
                try {
                    action.accept(parseLine());
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

        CharLines(Reader input, LineParser parse, Consumer<EventReadException> onError,
                long maxLineLength, String sourceName) {
            super(parse, onError, maxLineLength, sourceName);
            this.input = input;
        }

        @Override
        Event parseLine() {
            return parse.parse(line.toString());
        }

        @Override
        boolean nextLine() throws BadLine, IOException {
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
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c != ' ' && c != '\t' && c != '\r') {
                    return true;
                }
            }
            return false;
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

    /**
     * Lines of UTF-8 bytes. Each line is found by scanning the buffer for LF and copied as a
     * whole range into one reusable array; it is checked to be well-formed UTF-8 and handed to
     * the parser as bytes, with no decoding to a string in between.
     */
    private static final class ByteLines extends Lines {
        private final InputStream input;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        /** The current line's bytes, without its line end. */
        private byte[] line = new byte[1 << 12];
        private int length;

        ByteLines(InputStream input, LineParser parse, Consumer<EventReadException> onError,
                long maxLineLength, String sourceName) {
            super(parse, onError, maxLineLength, sourceName);
            this.input = input;
        }

        @Override
        Event parseLine() {
            return parse.parse(line, 0, length);
        }

        @Override
        boolean nextLine() throws BadLine, IOException {
            length = 0;
            if (line.length > 1 << 20) {
                line = new byte[1 << 12]; // not kept at the size of the longest line so far
            }
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
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int count = end - position;
                if (!tooLong) {
                    // the line may hold one byte over the limit: the CR of a CRLF line end, checked below
                    if (length + (long) count > maxLineLength + 1) {
                        tooLong = true;
                        length = 0;
                    } else {
                        append(position, count);
                    }
                }
                position = end;
                if (end < limit) {
                    position++; // past the LF
                    break;
                }
            }
            if (tooLong || length == maxLineLength + 1 && line[length - 1] != '\r') {
                length = 0;
                throw tooLong("bytes");
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (!Utf8.isWellFormed(line, 0, length)) {
                throw new BadLine("invalid UTF-8", null);
            }
            for (int i = 0; i < length; i++) {
                byte b = line[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return true;
                }
            }
            return false;
        }

        private void append(int from, int count) {
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(buffer, from, line, length, count);
            length += count;
        }
    }
}
