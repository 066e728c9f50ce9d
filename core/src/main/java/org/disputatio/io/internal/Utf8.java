package org.disputatio.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 as every reader checks it: one definition of well-formed (RFC 3629), fast on the ASCII
 * most documents are made of. Not API: shared by the format modules.
 */
public final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8() {
    }

    /**
     * Whether the bytes are well-formed UTF-8 (RFC 3629, the Unicode standard's table 3-7): no
     * stray continuation bytes, no truncated, overlong or surrogate sequences, nothing above
     * U+10FFFF. ASCII is skimmed eight bytes at a time.
     *
     * @param bytes the buffer
     * @param offset where the bytes to check start
     * @param length how many bytes to check
     * @return true if those bytes are well-formed UTF-8
     */
    public static boolean isWellFormed(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (i + 8 <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
            } else if (b < 0xC2) {
                return false; // a continuation byte, or an overlong 2-byte lead
            } else if (b < 0xE0) {
                if (i + 1 >= end || !continuation(bytes[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (b < 0xF0) {
                if (i + 2 >= end || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])) {
                    return false;
                }
                int second = bytes[i + 1] & 0xFF;
                if (b == 0xE0 && second < 0xA0 || b == 0xED && second >= 0xA0) {
                    return false; // overlong, or a surrogate
                }
                i += 3;
            } else if (b < 0xF5) {
                if (i + 3 >= end || !continuation(bytes[i + 1]) || !continuation(bytes[i + 2])
                        || !continuation(bytes[i + 3])) {
                    return false;
                }
                int second = bytes[i + 1] & 0xFF;
                if (b == 0xF0 && second < 0x90 || b == 0xF4 && second >= 0x90) {
                    return false; // overlong, or above U+10FFFF
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
