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
 * @param path the property path of the fact concerned
 * @param source the id of the {@link SourceDocument}, if the fact rests on one
 * @param certainty whether the source states the fact or it was inferred
 * @param rationale how an inferred fact was worked out
 */
public record Claim(@NotBlank String path, Optional<String> source, @NotNull Certainty certainty, String rationale) {

    /**
     * Checks that the optional parts are not null.
     *
     * @param path the fact's property path; a blank one is reported by validation
     * @param source the source's id, or empty
     * @param certainty stated or inferred; null is reported by validation
     * @param rationale how the fact was worked out; empty for a stated fact
     * @throws NullPointerException if the source or the rationale is null
     */
    public Claim {
        Checks.present(source, "source");
        Checks.present(rationale, "rationale");
    }

    /**
     * A fact inferred by the encoder from a source.
     *
     * @param path the fact's property path ({@code startDate})
     * @param sourceId the id of the source it was inferred from, or null if none
     * @param rationale how it was worked out ("14 May was a Wednesday in 2014"); null is refused
     * @return an {@link Certainty#INFERRED} claim
     * @throws NullPointerException if the rationale is null
     */
    public static Claim inferred(String path, String sourceId, String rationale) {
        return new Claim(path, Optional.ofNullable(sourceId), Certainty.INFERRED, rationale);
    }

    /**
     * A fact the source states.
     *
     * @param path the fact's property path
     * @param sourceId the id of the source that states it, or null if none
     * @return a {@link Certainty#STATED} claim with an empty rationale
     */
    public static Claim stated(String path, String sourceId) {
        return new Claim(path, Optional.ofNullable(sourceId), Certainty.STATED, "");
    }
}
