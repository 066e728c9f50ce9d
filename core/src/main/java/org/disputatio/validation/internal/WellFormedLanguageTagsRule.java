package org.disputatio.validation.internal;

import java.util.function.BiConsumer;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/** Checks the rule {@code well-formed-language-tags} over every text of the event. */
public final class WellFormedLanguageTagsRule extends TextRule {

    @Override
    Texts.Visitor visitor(Event event, Sink violations) {
        return new Texts.Visitor() {
            /** Looks at one text's tags; reused, so that a good text costs no iterator. */
            private final Scan scan = new Scan();

            @Override
            public boolean wants(LocalizedText text, boolean forReaders) {
                if (text.isEmpty()) {
                    return false;
                }
                scan.illFormed = false;
                text.forEach(scan);
                return scan.illFormed;
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

    /** Whether any tag of a text is ill-formed. */
    private static final class Scan implements BiConsumer<String, String> {
        boolean illFormed;

        @Override
        public void accept(String tag, String translation) {
            if (!illFormed && !LanguageTags.isWellFormed(tag)) {
                illFormed = true;
            }
        }
    }
}
