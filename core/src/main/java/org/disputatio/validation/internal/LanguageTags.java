package org.disputatio.validation.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 well-formedness, as {@link Locale.Builder} checks it. */
final class LanguageTags {
    private LanguageTags() {
    }

    static boolean isWellFormed(String tag) {
        if (tag == null || tag.isEmpty()) {
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
