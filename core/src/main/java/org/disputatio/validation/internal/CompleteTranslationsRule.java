package org.disputatio.validation.internal;

import java.util.List;
import java.util.Map;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Checks the rule {@code complete-translations}: each non-empty text meant for readers against the event's
 * languages. An empty text is an absent optional part, not a missing translation.
 */
public final class CompleteTranslationsRule extends TextRule {

    @Override
    Texts.Visitor visitor(Event event, Sink violations) {
        List<String> languages = event.languages();
        if (languages.isEmpty()) {
            return null;
        }
        return new Texts.Visitor() {
            @Override
            public boolean wants(LocalizedText text, boolean forReaders) {
                return forReaders && !text.isEmpty() && !hasAll(text, languages);
            }

            @Override
            public void visit(PropertyPath path, LocalizedText text, boolean forReaders) {
                String missing = missing(text, languages);
                if (missing != null) {
                    violations.add(path, "CompleteTranslations.message", "missing", missing);
                }
            }
        };
    }

    /**
     * The languages {@link LocalizedText#missing} gives, joined by {@code ", "}, or null if none is
     * missing: the same tags in the same order, without its set.
     */
    private static String missing(LocalizedText text, List<String> languages) {
        Map<String, String> translations = text.asMap();
        StringBuilder missing = null;
        for (int i = 0; i < languages.size(); i++) {
            String language = languages.get(i);
            if (has(translations, language) || languages.subList(0, i).contains(language)) {
                continue; // present, or already named
            }
            if (missing == null) {
                missing = new StringBuilder(32);
            } else {
                missing.append(", ");
            }
            missing.append(language);
        }
        return missing == null ? null : missing.toString();
    }

    /** Whether there is a translation in this language, tags compared case-insensitively. */
    private static boolean has(Map<String, String> translations, String language) {
        if (translations.containsKey(language)) {
            return true;
        }
        for (String tag : translations.keySet()) {
            if (tag.equalsIgnoreCase(language)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text has every language under exactly the tag given: the common case, checked
     * without {@link LocalizedText#missing}'s set. (Tags that differ only in case are left to it.)
     */
    private static boolean hasAll(LocalizedText text, List<String> languages) {
        if (text.size() < languages.size()) {
            return false; // some language is missing (or the event lists one twice: visit tells)
        }
        Map<String, String> translations = text.asMap();
        for (int i = 0; i < languages.size(); i++) {
            if (!translations.containsKey(languages.get(i))) {
                return false;
            }
        }
        return true;
    }
}
