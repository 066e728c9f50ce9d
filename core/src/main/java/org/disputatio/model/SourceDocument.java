package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.disputatio.validation.constraints.LanguageTag;

/**
 * A document an event was encoded from.
 *
 * @param id unique among the event's sources; what claims and notes refer to
 * @param title the document's title
 * @param reference where to find it: a file name, a URL, a catalogue number
 * @param languages the languages it is written in
 */
public record SourceDocument(
        @NotBlank String id,
        LocalizedText title,
        Optional<String> reference,
        List<@LanguageTag String> languages) {

    /**
     * Copies the languages and checks that no part but the id is null.
     *
     * @param id the source's id; a blank one is reported by validation
     * @param title the title, possibly empty
     * @param reference where to find it, or empty
     * @param languages the languages, copied
     * @throws NullPointerException if a part other than the id, or a language, is null
     */
    public SourceDocument {
        Checks.present(title, "title");
        Checks.present(reference, "reference");
        languages = Checks.copy(languages, "languages");
    }

    /**
     * A source document from its parts.
     *
     * @param id the source's id
     * @param title the document's title
     * @param reference where to find it, or null if unknown
     * @param languages the BCP 47 tags of the languages it is written in, copied
     * @return the source document
     * @throws NullPointerException if the title, the list or a language is null
     */
    public static SourceDocument of(String id, LocalizedText title, String reference, List<String> languages) {
        return new SourceDocument(id, title, Optional.ofNullable(reference), languages);
    }
}
