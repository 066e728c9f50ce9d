package org.disputatio.research;

import java.util.Objects;
import java.util.Optional;

/**
 * How tables render an event's texts (titles, names of organisations, role labels): in one
 * language when it is given, else in the event's first language ({@link
 * org.disputatio.model.Event#languages()}); a text missing in that language falls back to
 * another of the event's languages, then to any translation
 * ({@link org.disputatio.model.LocalizedText#resolve(java.util.List)}).
 *
 * @param language the preferred language tag, or empty for each event's first language
 */
public record TableSettings(Optional<String> language) {

    private static final TableSettings DEFAULTS = new TableSettings(Optional.empty());

    /**
     * Checks that the language is not null.
     *
     * @param language the preferred language tag, or empty
     * @throws NullPointerException if the optional is null
     * @throws IllegalArgumentException if the tag is blank
     */
    public TableSettings {
        Objects.requireNonNull(language, "language");
        if (language.isPresent() && language.get().isBlank()) {
            throw new IllegalArgumentException("the language of a table is a language tag such as fr, not blank");
        }
    }

    /**
     * Texts in each event's first language.
     *
     * @return the default settings
     */
    public static TableSettings defaults() {
        return DEFAULTS;
    }

    /**
     * These settings with texts in this language where the event has them.
     *
     * @param languageTag a BCP 47 language tag, such as {@code fr}
     * @return new settings
     * @throws IllegalArgumentException if the tag is blank
     * @throws NullPointerException if the tag is null
     */
    public TableSettings withLanguage(String languageTag) {
        return new TableSettings(Optional.of(Objects.requireNonNull(languageTag, "languageTag")));
    }
}
