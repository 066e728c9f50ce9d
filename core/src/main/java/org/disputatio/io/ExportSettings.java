package org.disputatio.io;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link EventExporter} exports: for a format that holds texts in one language only
 * (iCalendar, frab), which language. Immutable; start from {@link #defaults()}.
 *
 * @param language the language tag of the texts to export ({@code fr}); empty for the event's
 *     first language ({@link org.disputatio.model.Event#languages()})
 */
public record ExportSettings(Optional<String> language) {

    private static final ExportSettings DEFAULTS = new ExportSettings(Optional.empty());

    /**
     * Checks that the language is not null.
     *
     * @param language the language tag, or empty
     * @throws NullPointerException if the optional is null
     */
    public ExportSettings {
        Objects.requireNonNull(language, "language");
    }

    /**
     * The defaults: the event's first language.
     *
     * @return the default settings
     */
    public static ExportSettings defaults() {
        return DEFAULTS;
    }

    /**
     * These settings, exporting texts in this language.
     *
     * @param languageTag a language tag, such as {@code fr}
     * @return new settings
     * @throws NullPointerException if the tag is null
     * @throws IllegalArgumentException if the tag is blank
     */
    public ExportSettings withLanguage(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        if (languageTag.isBlank()) {
            throw new IllegalArgumentException("the language tag is blank");
        }
        return new ExportSettings(Optional.of(languageTag));
    }
}
