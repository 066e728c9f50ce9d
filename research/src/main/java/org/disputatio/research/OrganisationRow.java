package org.disputatio.research;

/**
 * One row of the {@code organisations} table: one organisation registered in one event.
 *
 * @param eventId the event's id
 * @param organisationId the organisation's id in the event
 * @param name the name in the table's language, or null when only the acronym is printed
 * @param acronym the acronym as printed, or null
 * @param sector the sector code, or null
 * @param sectorInferred whether the sector is inferred
 * @param country the country code, or null
 * @param countryInferred whether the country is inferred
 * @param parentId the id of the organisation it is part of, or null
 * @param locality the city as printed, or null
 * @param externalIds the external identifiers as {@code scheme:value} joined by {@code "; "}, or null
 */
public record OrganisationRow(
        String eventId,
        String organisationId,
        String name,
        String acronym,
        String sector,
        Boolean sectorInferred,
        String country,
        Boolean countryInferred,
        String parentId,
        String locality,
        String externalIds) {
}
