package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An organisation's part in the event as a whole: organiser, host, partner, sponsor.
 *
 * @param organisation the id of an {@link Organisation} registered on the event
 * @param kind the organisation's part: organiser, host, partner or sponsor
 */
public record Involvement(@NotBlank String organisation, @NotNull InvolvementKind kind) {

    /**
     * An organisation that organises the event.
     *
     * @param organisationId the id of an organisation registered on the event
     * @return an {@link InvolvementKind#ORGANISER} involvement
     */
    public static Involvement organiser(String organisationId) {
        return new Involvement(organisationId, InvolvementKind.ORGANISER);
    }

    /**
     * An organisation that partners the event.
     *
     * @param organisationId the id of an organisation registered on the event
     * @return a {@link InvolvementKind#PARTNER} involvement
     */
    public static Involvement partner(String organisationId) {
        return new Involvement(organisationId, InvolvementKind.PARTNER);
    }
}
