package org.disputatio.io.xml.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's bytes, checked as they are read when the document is UTF-8 (no byte order mark of
 * UTF-16, no zero byte among the first four, no other encoding declared), so that ill-formed
 * UTF-8 is reported at its line and column. Woodstox decodes ahead and reports only a position
 * in its buffer ({@code (at char #161, byte #37)}), with no line. Lines end at LF, CR or CR LF and
 * columns count bytes, as the JSON reader counts them.
 */
public final class Utf8Input extends FilterInputStream {

    /** An ill-formed UTF-8 sequence, at the line and column of its first byte. */
    public static final class Malformed extends IOException {
        private static final long serialVersionUID = 1L;
        /** The 1-based line of the sequence's first byte. */
        private final long line;
        /** The 1-based column, in bytes, of the sequence's first byte. */
        private final long column;

        Malformed(String reason, long line, long column) {
            super(reason);
            this.line = line;
            this.column = column;
        }

        /**
         * The line of the sequence's first byte.
         *
         * @return the 1-based line
         */
        public long line() {
            return line;
        }

        /**
         * The column of the sequence's first byte.
         *
         * @return the 1-based column, counted in bytes
         */
        public long column() {
            return column;
        }
    }

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private final BufferedInputStream buffered;
    private Boolean utf8;
    private long line = 1;
    private long column;
    private boolean afterCarriageReturn;
    /** Continuation bytes still expected after the current lead byte. */
    private int needed;
    /** The range the next continuation byte must fall in (narrower right after some lead bytes). */
    private int low = 0x80;
    private int high = 0xBF;
    private int lead;
    private long leadLine;
    private long leadColumn;

    /**
     * The stream, to be checked as it is read.
     *
     * @param in the document's bytes; left open when this stream is closed
     */
    public Utf8Input(InputStream in) {
        this(new BufferedInputStream(in));
    }

    private Utf8Input(BufferedInputStream buffered) {
        super(buffered);
        this.buffered = buffered;
    }

    private boolean utf8() throws IOException {
        if (utf8 == null) {
            buffered.mark(256);
            byte[] head = buffered.readNBytes(256);
            buffered.reset();
            utf8 = isUtf8(head);
        }
        return utf8;
    }

    /** What Woodstox would decode as UTF-8: no UTF-16 or UTF-32 mark, and UTF-8 or no encoding declared. */
    private static boolean isUtf8(byte[] head) {
        if (head.length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF
                || head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)) {
            return false;
        }
        for (int i = 0; i < Math.min(4, head.length); i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            start = start.substring(3);
        }
        if (!start.startsWith("<?xml")) {
            return true;
        }
        int end = start.indexOf("?>");
        Matcher encoding = ENCODING.matcher(end < 0 ? start : start.substring(0, end));
        if (!encoding.find()) {
            return true;
        }
        String name = encoding.group(1).toUpperCase(Locale.ROOT);
        return name.equals("UTF-8") || name.equals("UTF8");
    }

    @Override
    public int read() throws IOException {
        boolean check = utf8();
        int b = super.read();
        if (check) {
            if (b >= 0) {
                scan(b);
            } else {
                end();
            }
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        boolean check = utf8();
        int count = super.read(buffer, offset, length);
        if (check) {
            if (count < 0) {
                end();
            }
            int end = offset + count;
            int i = offset;
            while (i < end) {
                if (needed == 0 && i + 8 <= end && plainAscii((long) LONGS.get(buffer, i))) {
                    column += 8; // eight ASCII bytes, none of them ending a line
                    afterCarriageReturn = false;
                    i += 8;
                } else {
                    scan(buffer[i++] & 0xFF);
                }
            }
        }
        return count;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Whether eight bytes are all ASCII and none is LF or CR: what most of a document is, skipped
     * a word at a time instead of a byte at a time.
     */
    private static boolean plainAscii(long word) {
        return (word & HIGH_BITS) == 0 && !hasByte(word, '\n') && !hasByte(word, '\r');
    }

    /** Whether a word of ASCII bytes holds this byte (the classic zero-byte test on the difference). */
    private static boolean hasByte(long word, int b) {
        long x = word ^ (ONES * b);
        return ((x - ONES) & ~x & HIGH_BITS) != 0;
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    private void end() throws Malformed {
        if (needed > 0) {
            throw new Malformed(String.format(Locale.ROOT, "Invalid UTF-8: the input ends inside the character "
                    + "that byte 0x%02x starts", lead), leadLine, leadColumn);
        }
    }

    private void scan(int b) throws Malformed {
        if (needed > 0) {
            if (b < low || b > high) {
                throw new Malformed(continuationProblem(b), leadLine, leadColumn);
            }
            needed--;
            low = 0x80;
            high = 0xBF;
            column++;
            return;
        }
        if (b < 0x80) {
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
            return;
        }
        afterCarriageReturn = false;
        column++;
        lead = b;
        leadLine = line;
        leadColumn = column;
        if (b >= 0xC0 && b <= 0xDF) {
            needed = 1;
            if (b < 0xC2) { // an overlong form of ASCII: no continuation byte will do
                low = 0x100;
                high = -1;
            }
        } else if (b >= 0xE0 && b <= 0xEF) {
            needed = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            needed = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new Malformed(String.format(Locale.ROOT, "Invalid UTF-8: byte 0x%02x cannot start a character", b),
                    line, column);
        }
    }

    private String continuationProblem(int b) {
        if (b < 0x80 || b > 0xBF) {
            return String.format(Locale.ROOT, "Invalid UTF-8: byte 0x%02x cannot continue a multi-byte character", b);
        }
        String problem = lead == 0xED ? "encoded surrogate" : lead == 0xF4 ? "code point above U+10FFFF" : "overlong encoding";
        return String.format(Locale.ROOT, "Invalid UTF-8: %s (0x%02x 0x%02x)", problem, lead, b);
    }
}
