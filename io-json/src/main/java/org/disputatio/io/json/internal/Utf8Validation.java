package org.disputatio.io.json.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import org.disputatio.io.EventReadException;

/**
 * Rejects the ill-formed UTF-8 that Jackson decodes without a word: overlong encodings
 * ({@code C0 AF} for '/', {@code C0 80} for U+0000, {@code E0 80 AF}), encoded surrogates
 * ({@code ED A0 80}) and code points above U+10FFFF ({@code F4 90 80 80}, {@code F5 …}). Every
 * other malformation Jackson reports itself. Input that is not UTF-8 (UTF-16 or UTF-32, which
 * Jackson detects) is left alone.
 */
public final class Utf8Validation {
    private Utf8Validation() {
    }

    /**
     * Throws an {@link EventReadException} at the first ill-formed sequence of a UTF-8 document.
     * Most documents are mostly ASCII: they are skimmed eight bytes at a time, and line and column
     * are counted only once a problem is found.
     *
     * @param document the document's bytes; left alone unless they look like UTF-8
     * @throws EventReadException at the first ill-formed sequence, with its line and column
     */
    public static void check(byte[] document) {
        if (!looksLikeUtf8(document, document.length)) {
            return;
        }
        if (firstSuspect(document, 0, document.length) >= 0) {
            new Scanner().scan(document, 0, document.length); // throws, with the line and column
        }
    }


    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The index of the first lead byte that starts an ill-formed sequence of the kinds Jackson
     * accepts (see {@link Scanner#check}), or -1. A lead byte at the end of the range, whose next
     * byte is not known, is not suspected.
     */
    static int firstSuspect(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8; // eight ASCII bytes
                continue;
            }
            int b = bytes[i++] & 0xFF;
            if (b >= 0xC0 && (SUSPECT_LEADS >>> (b - 0xC0) & 1) != 0 && i < end
                    && illFormed(b, bytes[i] & 0xFF) != null) {
                return i - 1;
            }
            while (i < end && (bytes[i] & 0xC0) == 0x80) {
                i++; // continuation bytes: none of them can lead a suspect sequence
            }
        }
        return -1;
    }

    /** Bit {@code b - 0xC0} is set for each lead byte {@code b} that {@link #illFormed} may refuse. */
    private static final long SUSPECT_LEADS = 1L << (0xC0 - 0xC0) | 1L << (0xC1 - 0xC0) | 1L << (0xE0 - 0xC0)
            | 1L << (0xED - 0xC0) | 1L << (0xF0 - 0xC0) | 1L << (0xF4 - 0xC0) | 1L << (0xF5 - 0xC0)
            | 1L << (0xF6 - 0xC0) | 1L << (0xF7 - 0xC0);

    /**
     * The stream, checked as it is read when it holds UTF-8.
     *
     * @param in the stream to read; closed when the returned one is
     * @return a stream of the same bytes that throws {@link EventReadException} at an ill-formed
     *     sequence
     */
    public static InputStream validating(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        return new FilterInputStream(buffered) {
            private final Scanner scanner = new Scanner();
            private Boolean utf8;

            private boolean utf8() throws IOException {
                // checked once: the chunks below are then skimmed unless the stream is not UTF-8
                if (utf8 == null) {
                    buffered.mark(4);
                    byte[] head = buffered.readNBytes(4);
                    buffered.reset();
                    utf8 = looksLikeUtf8(head, head.length);
                }
                return utf8;
            }

            @Override
            public int read() throws IOException {
                boolean check = utf8();
                int b = super.read();
                if (b >= 0 && check) {
                    scanner.scan(new byte[] {(byte) b}, 0, 1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                boolean check = utf8();
                int count = super.read(buffer, offset, length);
                if (count > 0 && check) {
                    scanner.scanChunk(buffer, offset, count);
                }
                return count;
            }

            @Override
            public void close() {
                // the caller owns the stream
            }
        };
    }

    /** UTF-16 and UTF-32 have a byte order mark or a zero byte among the first four; UTF-8 JSON has neither. */
    private static boolean looksLikeUtf8(byte[] head, int length) {
        int n = Math.min(4, length);
        if (n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * What is wrong with a sequence that starts with these two bytes, among the malformations
     * Jackson lets through; null if nothing (or if the second byte is not a continuation byte,
     * which Jackson reports itself).
     */
    private static String illFormed(int first, int second) {
        if (second < 0x80 || second > 0xBF) {
            return null;
        }
        if (first == 0xC0 || first == 0xC1) {
            return "overlong 2-byte encoding";
        } else if (first == 0xE0 && second < 0xA0) {
            return "overlong 3-byte encoding";
        } else if (first == 0xF0 && second < 0x90) {
            return "overlong 4-byte encoding";
        } else if (first == 0xED && second >= 0xA0) {
            return "encoded surrogate";
        } else if (first == 0xF4 && second >= 0x90 || first >= 0xF5 && first <= 0xF7) {
            return "code point above U+10FFFF";
        }
        return null;
    }

    /** Looks at each lead byte that needs a check and the byte after it; keeps line and column. */
    private static final class Scanner {
        private int lead = -1;
        private long line = 1;
        private long column;
        private long leadLine;
        private long leadColumn;
        private boolean afterCarriageReturn;

        /**
         * As {@link #scan}, but a chunk with no suspect sequence (and no lead byte left over from
         * the previous chunk) only has its line breaks counted.
         */
        void scanChunk(byte[] bytes, int offset, int length) {
            if (lead >= 0 || (bytes[offset + length - 1] & 0xFF) >= 0xC0 || firstSuspect(bytes, offset, length) >= 0) {
                scan(bytes, offset, length);
                return;
            }
            for (int i = offset; i < offset + length; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    column = 0;
                    afterCarriageReturn = false;
                } else if (b == '\r') {
                    afterCarriageReturn = true;
                    line++;
                    column = 0;
                } else {
                    afterCarriageReturn = false;
                    column++;
                }
            }
        }

        void scan(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                int b = bytes[i] & 0xFF;
                if (lead >= 0) {
                    check(lead, b);
                    lead = -1;
                }
                if (b == '\n') {
                    if (!afterCarriageReturn) {
                        line++;
                    }
                    column = 0;
                    afterCarriageReturn = false;
                    continue;
                }
                afterCarriageReturn = b == '\r';
                if (afterCarriageReturn) {
                    line++;
                    column = 0;
                    continue;
                }
                column++;
                if (b == 0xC0 || b == 0xC1 || b == 0xE0 || b == 0xED || b == 0xF0 || b >= 0xF4 && b <= 0xF7) {
                    lead = b;
                    leadLine = line;
                    leadColumn = column;
                }
            }
        }

        private void check(int first, int second) {
            String problem = illFormed(first, second);
            if (problem != null) {
                throw EventReadException.at(String.format(Locale.ROOT, "Invalid UTF-8: %s (0x%02x 0x%02x)", problem,
                        first, second), leadLine, leadColumn, "");
            }
        }
    }
}
