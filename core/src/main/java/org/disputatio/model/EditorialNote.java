package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * What a source gets wrong, recorded without silently fixing it.
 *
 * @param path the property path of the fact concerned (see {@link Claim}), or {@code ""} for the
 *     event as a whole
 * @param source the id of the {@link SourceDocument} concerned
 * @param kind what the note records: an error, an inconsistency, a placeholder, an ambiguity
 * @param quoted the source's text, verbatim ("UNESCO Paris 8-9 et 7 avril 2017")
 * @param note what is wrong and what the encoding does about it
 */
public record EditorialNote(
        String path,
        Optional<String> source,
        @NotNull NoteKind kind,
        Optional<String> quoted,
        @NotBlank String note) {

    /**
     * Checks that the path and the optional parts are not null.
     *
     * @param path the fact's property path, or {@code ""} for the whole event
     * @param source the source's id, or empty
     * @param kind what the note records; null is reported by validation
     * @param quoted the source's text, or empty
     * @param note what is wrong; a blank one is reported by validation
     * @throws NullPointerException if the path, the source or the quoted text is null
     */
    public EditorialNote {
        Checks.present(path, "path");
        Checks.present(source, "source");
        Checks.present(quoted, "quoted");
    }

    /**
     * A note from its parts.
     *
     * @param path the fact's property path, or {@code ""} for the whole event; null is refused
     * @param sourceId the id of the source concerned, or null
     * @param kind what the note records
     * @param quoted the source's text, verbatim, or null
     * @param note what is wrong and what the encoding does about it
     * @return the note
     * @throws NullPointerException if the path is null
     */
    public static EditorialNote of(String path, String sourceId, NoteKind kind, String quoted, String note) {
        return new EditorialNote(path, Optional.ofNullable(sourceId), kind, Optional.ofNullable(quoted), note);
    }
}
