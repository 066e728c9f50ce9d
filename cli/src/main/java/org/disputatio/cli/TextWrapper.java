package org.disputatio.cli;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping with indents; paragraphs (separated by blank lines) stay apart. */
final class TextWrapper {

    private TextWrapper() {
    }

    /**
     * The text as lines of at most {@code width} characters (a word longer than the line stands
     * alone). The first line starts with {@code firstIndent}, every other with {@code restIndent};
     * paragraphs are separated by an empty line; single line breaks inside a paragraph become spaces.
     */
    static List<String> wrap(String text, int width, String firstIndent, String restIndent) {
        List<String> lines = new ArrayList<>();
        String indent = firstIndent;
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            String[] words = paragraph.strip().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add("");
            }
            StringBuilder line = new StringBuilder(indent);
            int lineStart = indent.length();
            for (String word : words) {
                if (line.length() > lineStart && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    indent = restIndent;
                    line = new StringBuilder(indent);
                    lineStart = indent.length();
                }
                if (line.length() > lineStart) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
            indent = restIndent;
        }
        return lines;
    }

    /** As {@link #wrap(String, int, String, String)} with the same indent on every line. */
    static List<String> wrap(String text, int width, String indent) {
        return wrap(text, width, indent, indent);
    }
}
