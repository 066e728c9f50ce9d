package org.disputatio.io.ical.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 (3.1) asks: a line break and a space
 * before the character that would pass the limit, never inside a character. biweekly's writer
 * (vinnie's FoldedLineWriter) folds at 75 UTF-16 characters, which lets a line of Chinese reach
 * 225 octets; it is told not to fold, and this writer, under it, folds instead.
 */
public final class OctetFoldingWriter extends Writer {

    /** The longest line, in octets, the line break excluded. */
    static final int LIMIT = 75;

    private final Writer out;
    private int octets;
    private char pendingHigh;

    /**
     * A writer that folds what it passes on.
     *
     * @param out where the folded lines go
     */
    public OctetFoldingWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(ch)) {
                put(4, high, ch);
                return;
            }
            put(3, high); // a lone surrogate: written as the encoder will replace it, one character
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else if (ch == '\r' || ch == '\n') {
            out.write(ch);
            octets = 0;
        } else {
            put(ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3, ch);
        }
    }

    private void put(int width, char... chars) throws IOException {
        if (octets + width > LIMIT) {
            out.write("\r\n ");
            octets = 1;
        }
        out.write(chars);
        octets += width;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
