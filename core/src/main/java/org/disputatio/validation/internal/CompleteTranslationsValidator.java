package org.disputatio.validation.internal;

import java.util.Set;
import org.disputatio.model.Event;
import org.disputatio.validation.constraints.CompleteTranslations;

/**
 * Checks {@link CompleteTranslations}: each non-empty text meant for readers against the event's
 * languages. An empty text is an absent optional part, not a missing translation.
 */
public final class CompleteTranslationsValidator extends EventRule<CompleteTranslations> {
    @Override
    public void check(Event event, Sink violations) {
        if (event.languages().isEmpty()) {
            return;
        }
        Texts.forEach(event, (path, text, forReaders) -> {
            if (forReaders && !text.isEmpty()) {
                Set<String> missing = text.missing(event.languages());
                if (!missing.isEmpty()) {
                    violations.add(path, "CompleteTranslations.message", "missing", String.join(", ", missing));
                }
            }
        });
    }
}
