package org.disputatio.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.io.EventReadException;
import org.disputatio.io.internal.Utf8;

/**
 * The fast paths of the UTF-8 checks (ASCII skimmed eight bytes at a time, line and column
 * counted only on failure, chunks of a stream only counted when clean) agree with a plain
 * byte-by-byte reading on any input.
 */
class Utf8ValidationProperties {

    /** Bytes that are mostly ASCII text with line breaks, with UTF-8 sequences, well- or ill-formed, among them. */
    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().withChars("ab{}\":,\n\r ").ofMinLength(0).ofMaxLength(20)
                .map(s -> s.getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> wellFormed = Arbitraries.strings().withCharRange('\u0080', '\uD7FF').ofMaxLength(3)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> suspect = Arbitraries.of(List.of(
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xC1, (byte) 0xBF},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xF5, (byte) 0x80},
                new byte[] {(byte) 0xF7}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2},
                new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}));
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ascii), net.jqwik.api.Tuple.of(3, wellFormed), net.jqwik.api.Tuple.of(1, suspect));
        return piece.list().ofMaxSize(12).map(pieces -> {
            int length = pieces.stream().mapToInt(p -> p.length).sum();
            ByteBuffer all = ByteBuffer.allocate(length + 1);
            all.put((byte) '{'); // a JSON-like first byte: UTF-8 detection looks at the first four
            pieces.forEach(all::put);
            return all.array();
        });
    }

    @Property(tries = 2000)
    void theFastCheckFailsWhereAndOnlyWhereAByteByByteScanFails(@ForAll("documents") byte[] document) {
        assertEquals(describe(byteByByte(document)), describe(failure(() -> Utf8Validation.check(document))));
    }

    @Property(tries = 1000)
    void aStreamReadInAnyChunksFailsAsTheWholeDocumentDoes(@ForAll("documents") byte[] document,
            @ForAll("chunkSizes") int chunk) {
        EventReadException whole = failure(() -> Utf8Validation.check(document));
        EventReadException streamed = failure(() -> {
            try (InputStream in = Utf8Validation.validating(new ByteArrayInputStream(document))) {
                byte[] buffer = new byte[chunk];
                while (in.read(buffer, 0, chunk) >= 0) {
                    // read on
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(describe(whole), describe(streamed));
    }

    @Provide
    Arbitrary<Integer> chunkSizes() {
        return Arbitraries.integers().between(1, 40);
    }

    @Property(tries = 2000)
    void isWellFormedAgreesWithTheJdksStrictDecoder(@ForAll("documents") byte[] document) {
        boolean decodes;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(document));
            decodes = true;
        } catch (CharacterCodingException e) {
            decodes = false;
        }
        assertEquals(decodes, Utf8.isWellFormed(document, 0, document.length));
    }

    /**
     * The reference: the first lead byte (C0, C1, E0, ED, F0, F4–F7) whose next byte makes a
     * sequence that Jackson would let through, located by counting lines (LF, CR or CRLF) and bytes.
     */
    private static EventReadException byteByByte(byte[] document) {
        long line = 1;
        long column = 0;
        for (int i = 0; i < document.length; i++) {
            int b = document[i] & 0xFF;
            if (b == '\n') {
                if (i == 0 || document[i - 1] != '\r') {
                    line++;
                }
                column = 0;
                continue;
            }
            if (b == '\r') {
                line++;
                column = 0;
                continue;
            }
            column++;
            if (i + 1 < document.length) {
                int second = document[i + 1] & 0xFF;
                boolean continuation = second >= 0x80 && second <= 0xBF;
                boolean bad = continuation && (b == 0xC0 || b == 0xC1 || b == 0xE0 && second < 0xA0
                        || b == 0xF0 && second < 0x90 || b == 0xED && second >= 0xA0
                        || b == 0xF4 && second >= 0x90 || b >= 0xF5 && b <= 0xF7);
                if (bad) {
                    return EventReadException.at("bad", line, column, "");
                }
            }
        }
        return null;
    }

    private static EventReadException failure(Runnable check) {
        try {
            check.run();
            return null;
        } catch (EventReadException e) {
            return e;
        }
    }

    private static String describe(EventReadException e) {
        return e == null ? "accepted" : "refused at " + e.line() + ":" + e.column();
    }
}
