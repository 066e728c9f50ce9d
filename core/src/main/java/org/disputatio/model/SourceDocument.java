package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.disputatio.validation.constraints.LanguageTag;

/**
 * A document an event was encoded from.
 *
 * @param reference where to find it: a file name, a URL, a catalogue number
 * @param languages the languages it is written in
 */
public record SourceDocument(
        @NotBlank String id,
        LocalizedText title,
        Optional<String> reference,
        List<@LanguageTag String> languages) {

    public SourceDocument {
        Checks.present(title, "title");
        Checks.present(reference, "reference");
        languages = Checks.copy(languages, "languages");
    }

    public static SourceDocument of(String id, LocalizedText title, String reference, List<String> languages) {
        return new SourceDocument(id, title, Optional.ofNullable(reference), languages);
    }
}
