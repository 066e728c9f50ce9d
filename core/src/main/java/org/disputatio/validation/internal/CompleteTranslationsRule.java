package org.disputatio.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
                Set<String> missing = text.missing(languages);
                if (!missing.isEmpty()) {
                    violations.add(path, "CompleteTranslations.message", "missing", String.join(", ", missing));
                }
            }
        };
    }

    /**
     * Whether the text has every language under exactly the tag given: the common case, checked
     * without {@link LocalizedText#missing}'s set. (Tags that differ only in case are left to it.)
     */
    private static boolean hasAll(LocalizedText text, List<String> languages) {
        Map<String, String> translations = text.asMap();
        for (int i = 0; i < languages.size(); i++) {
            if (!translations.containsKey(languages.get(i))) {
                return false;
            }
        }
        return true;
    }
}
