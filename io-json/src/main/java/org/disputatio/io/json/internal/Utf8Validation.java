package org.disputatio.io.json.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** Throws an {@link EventReadException} at the first ill-formed sequence of a UTF-8 document. */
    public static void check(byte[] document) {
        if (!looksLikeUtf8(document, document.length)) {
            return;
        }
        Scanner scanner = new Scanner();
        scanner.scan(document, 0, document.length);
    }

    /** The stream, checked as it is read when it holds UTF-8. */
    public static InputStream validating(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        return new FilterInputStream(buffered) {
            private final Scanner scanner = new Scanner();
            private Boolean utf8;

            private boolean utf8() throws IOException {
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
                    scanner.scan(buffer, offset, count);
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

    /** Looks at each lead byte that needs a check and the byte after it; keeps line and column. */
    private static final class Scanner {
        private int lead = -1;
        private long line = 1;
        private long column;
        private long leadLine;
        private long leadColumn;
        private boolean afterCarriageReturn;

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
            if (second < 0x80 || second > 0xBF) {
                return; // not a continuation byte: Jackson reports it
            }
            String problem = null;
            if (first == 0xC0 || first == 0xC1) {
                problem = "overlong 2-byte encoding";
            } else if (first == 0xE0 && second < 0xA0) {
                problem = "overlong 3-byte encoding";
            } else if (first == 0xF0 && second < 0x90) {
                problem = "overlong 4-byte encoding";
            } else if (first == 0xED && second >= 0xA0) {
                problem = "encoded surrogate";
            } else if (first == 0xF4 && second >= 0x90 || first >= 0xF5) {
                problem = "code point above U+10FFFF";
            }
            if (problem != null) {
                throw new EventReadException(String.format(Locale.ROOT, "Invalid UTF-8: %s (0x%02x 0x%02x)", problem,
                        first, second), null, leadLine, leadColumn, "", null);
            }
        }
    }
}
