package org.disputatio.cli;

import java.io.CharConversionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.disputatio.io.EventFormat;
import org.disputatio.io.EventReadException;
import org.disputatio.model.Event;

/**
 * Reads event files so that every failure is reported as {@code FILE:LINE:COLUMN: message}, the
 * form editors jump to, as the command promises: a file that cannot be opened at all (missing, a
 * directory, unreadable) is reported at 1:1, and a document that is not UTF-8 where it claims to
 * be (a binary file, say) at the first byte that does not decode.
 */
final class FileLocations {

    /** Woodstox's decoder position, "(at char #24, byte #-1)", which is not a file position. */
    private static final Pattern DECODER_POSITION = Pattern.compile("\\s*\\(at char #-?\\d+, byte #-?\\d+\\)");

    private FileLocations() {
    }

    /**
     * Reads {@code file} in {@code format}.
     *
     * @throws EventReadException if the file cannot be read or is not a valid document; its line
     *     and column are always known
     */
    static Event read(EventFormat format, Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw EventReadException.at("cannot read the file: it is a directory", 1, 1, "").withSource(name);
        }
        if (!Files.exists(file)) {
            throw EventReadException.at("cannot read the file: no such file", 1, 1, "").withSource(name);
        }
        try {
            return format.read(file);
        } catch (EventReadException e) {
            throw e.line() > 0 ? e : located(e, file);
        }
    }

    /** The failure at the first byte that is not UTF-8 when it is a UTF-8 decoding error, else at 1:1. */
    private static EventReadException located(EventReadException e, Path file) {
        long line = 1;
        long column = 1;
        String reason = e.reason();
        if (isUtf8DecodingError(e)) {
            long[] at = firstMalformedUtf8(file);
            if (at != null) {
                line = at[0];
                column = at[1];
                reason = DECODER_POSITION.matcher(reason).replaceAll("");
            }
        }
        EventReadException located = EventReadException.at(reason, line, column, e.path(), e.getCause())
                .withSource(e.source().orElse(file.toString()));
        located.setStackTrace(e.getStackTrace());
        return located;
    }

    private static boolean isUtf8DecodingError(EventReadException e) {
        if (!e.reason().contains("UTF-8")) {
            return false;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CharConversionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The 1-based line and column of the first byte of the file's first ill-formed UTF-8
     * sequence, counting columns in bytes and CR, LF and CR LF as line breaks, as the JSON reader
     * does; null when the whole file decodes, or cannot be read again.
     */
    static long[] firstMalformedUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        long column = 0;
        boolean afterCarriageReturn = false;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            boolean endOfInput = false;
            while (true) {
                while (!endOfInput && in.hasRemaining()) {
                    endOfInput = channel.read(in) < 0;
                }
                in.flip();
                int start = in.position();
                CoderResult result = decoder.decode(in, out, endOfInput);
                for (int i = start; i < in.position(); i++) {
                    byte b = in.get(i);
                    if (b == '\n') {
                        if (!afterCarriageReturn) {
                            line++;
                        }
                        column = 0;
                    } else if (b == '\r') {
                        line++;
                        column = 0;
                    } else {
                        column++;
                    }
                    afterCarriageReturn = b == '\r';
                }
                if (result.isError()) {
                    return new long[] {line, column + 1};
                }
                out.clear();
                if (endOfInput && !in.hasRemaining()) {
                    return decoder.flush(out).isError() ? new long[] {line, column + 1} : null;
                }
                in.compact();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
