package org.disputatio.validation.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 well-formedness, as {@link Locale.Builder} checks it. */
final class LanguageTags {
    private LanguageTags() {
    }

    /**
     * The everyday shapes, checked without {@link Locale.Builder} (which parses the tag and, for
     * an ill-formed one, throws): a language of 2 or 3 letters, then optionally a script of 4
     * letters, then optionally a region of 2 letters or 3 digits ({@code fr}, {@code en-GB},
     * {@code zh-Hant-TW}, {@code es-419}). Every such tag is well-formed; any other tag is
     * left to {@link Locale.Builder}.
     */
    static boolean isPlain(String tag) {
        int end = letters(tag, 0);
        if (end < 2 || end > 3) {
            return false;
        }
        if (end == tag.length()) {
            return true;
        }
        if (tag.charAt(end) != '-') {
            return false;
        }
        int start = end + 1;
        end = letters(tag, start);
        if (end - start == 4) { // script
            if (end == tag.length()) {
                return true;
            }
            if (tag.charAt(end) != '-') {
                return false;
            }
            start = end + 1;
            end = letters(tag, start);
        }
        if (end - start == 2) { // region, letters
            return end == tag.length();
        }
        if (end != start) {
            return false;
        }
        end = digits(tag, start);
        return end - start == 3 && end == tag.length(); // region, digits
    }

    private static int letters(String tag, int from) {
        int i = from;
        while (i < tag.length() && ((tag.charAt(i) >= 'a' && tag.charAt(i) <= 'z')
                || (tag.charAt(i) >= 'A' && tag.charAt(i) <= 'Z'))) {
            i++;
        }
        return i;
    }

    private static int digits(String tag, int from) {
        int i = from;
        while (i < tag.length() && tag.charAt(i) >= '0' && tag.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    static boolean isWellFormed(String tag) {
        if (tag == null || tag.isEmpty()) {
            return false;
        }
        if (isPlain(tag)) {
            return true;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
