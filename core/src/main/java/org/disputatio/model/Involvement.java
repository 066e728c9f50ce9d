package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An organisation's part in the event as a whole: organiser, host, partner, sponsor.
 *
 * @param organisation the id of an {@link Organisation} registered on the event
 */
public record Involvement(@NotBlank String organisation, @NotNull InvolvementKind kind) {

    public static Involvement organiser(String organisationId) {
        return new Involvement(organisationId, InvolvementKind.ORGANISER);
    }

    public static Involvement partner(String organisationId) {
        return new Involvement(organisationId, InvolvementKind.PARTNER);
    }
}
