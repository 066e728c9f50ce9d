package org.disputatio.validation.internal;

import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/** Checks the rule {@code well-formed-language-tags} over every text of the event. */
public final class WellFormedLanguageTagsRule extends TextRule {

    @Override
    Texts.Visitor visitor(Event event, Sink violations) {
        return new Texts.Visitor() {
            @Override
            public boolean wants(LocalizedText text, boolean forReaders) {
                if (text.isEmpty()) {
                    return false;
                }
                for (String tag : text.asMap().keySet()) {
                    if (!LanguageTags.isWellFormed(tag)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void visit(PropertyPath path, LocalizedText text, boolean forReaders) {
                for (String tag : text.languages()) {
                    if (!LanguageTags.isWellFormed(tag)) {
                        violations.add(path, "WellFormedLanguageTags.message", "tag", tag);
                    }
                }
            }
        };
    }
}
