package org.disputatio.validation.internal;

import org.disputatio.model.Event;
import org.disputatio.validation.constraints.WellFormedLanguageTags;

/** Checks {@link WellFormedLanguageTags} over every text of the event. */
public final class WellFormedLanguageTagsValidator extends EventRule<WellFormedLanguageTags> {
    @Override
    public void check(Event event, Sink violations) {
        Texts.forEach(event, (path, text, forReaders) -> {
            for (String tag : text.languages()) {
                if (!LanguageTags.isWellFormed(tag)) {
                    violations.add(path, "WellFormedLanguageTags.message", "tag", tag);
                }
            }
        });
    }
}
