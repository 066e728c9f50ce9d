package org.disputatio.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Test support: a source document (a copy of {@code shared/sources/} under the test resources),
 * as plain text: Markdown emphasis removed and runs of white space folded to one space, so that
 * a text the encoding took from it can be found verbatim.
 */
final class SourceText {

    private final String name;
    private final String text;

    private SourceText(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static SourceText load(String fileName) {
        try (InputStream in = SourceText.class.getResourceAsStream("sources/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no test resource sources/" + fileName);
            }
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SourceText(fileName, normalize(raw.replace("*", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Whether the source prints this text, white space aside. */
    boolean prints(String fragment) {
        return text.contains(normalize(fragment));
    }

    /** How many times the source prints this text. */
    int count(String fragment) {
        String needle = normalize(fragment);
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    @Override
    public String toString() {
        return name;
    }
}
