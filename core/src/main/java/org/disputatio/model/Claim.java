package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Where one fact of the event comes from and how sure it is.
 *
 * <p>The fact is named by its property path in the event, the same path validation reports:
 * {@code startDate}, {@code venue.address.postalCode},
 * {@code programme.days[0].items[4].title}; {@code [*]} stands for every element of a list
 * ({@code organisations[*].sector}). Facts without a claim are stated by the event's sources.
 *
 * @param source the id of the {@link SourceDocument}, if the fact rests on one
 * @param rationale how an inferred fact was worked out
 */
public record Claim(@NotBlank String path, Optional<String> source, @NotNull Certainty certainty, String rationale) {

    public Claim {
        Checks.present(source, "source");
        Checks.present(rationale, "rationale");
    }

    /** A fact inferred by the encoder from a source. */
    public static Claim inferred(String path, String sourceId, String rationale) {
        return new Claim(path, Optional.ofNullable(sourceId), Certainty.INFERRED, rationale);
    }

    /** A fact the source states. */
    public static Claim stated(String path, String sourceId) {
        return new Claim(path, Optional.ofNullable(sourceId), Certainty.STATED, "");
    }
}
