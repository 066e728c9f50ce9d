package org.disputatio.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.IllformedLocaleException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcut for everyday tags agrees with {@link Locale.Builder} on every tag. */
class LanguageTagsProperties {

    @Provide
    Arbitrary<String> tags() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(0).ofMaxLength(9),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withChars("aZ09_ -x").ofMinLength(0).ofMaxLength(4));
        return piece.list().ofMinSize(1).ofMaxSize(4).map(pieces -> String.join("-", pieces));
    }

    @Property(tries = 2000)
    void agreesWithLocaleBuilder(@ForAll("tags") String tag) {
        assertEquals(acceptedByLocaleBuilder(tag), LanguageTags.isWellFormed(tag), tag);
    }

    private static boolean acceptedByLocaleBuilder(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
