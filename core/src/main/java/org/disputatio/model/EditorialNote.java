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
 * @param quoted the source's text, verbatim ("UNESCO Paris 8-9 et 7 avril 2017")
 * @param note what is wrong and what the encoding does about it
 */
public record EditorialNote(
        String path,
        Optional<String> source,
        @NotNull NoteKind kind,
        Optional<String> quoted,
        @NotBlank String note) {

    public EditorialNote {
        Checks.present(path, "path");
        Checks.present(source, "source");
        Checks.present(quoted, "quoted");
    }

    public static EditorialNote of(String path, String sourceId, NoteKind kind, String quoted, String note) {
        return new EditorialNote(path, Optional.ofNullable(sourceId), kind, Optional.ofNullable(quoted), note);
    }
}
