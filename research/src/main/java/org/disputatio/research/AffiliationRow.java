package org.disputatio.research;

/**
 * One row of the {@code affiliations} table: one affiliation of one person in one event, in
 * printed order; join it to {@code participations} on {@code event_id} and {@code person_id}.
 *
 * @param eventId the event's id
 * @param personId the person's id
 * @param affiliationIndex the affiliation's 1-based place among the person's, as printed
 * @param organisationId the organisation's id, or null for a position without one
 * @param organisation the organisation's name (else acronym) in the table's language, or null
 * @param position the position held, or null
 * @param sector the affiliation's own sector, else its organisation's, or null
 * @param sectorSource {@code affiliation} or {@code organisation}: where the sector comes from; null without one
 * @param sectorInferred whether the sector is inferred
 * @param country the affiliation's own country, else its organisation's, or null
 * @param countrySource {@code affiliation} or {@code organisation}; null without one
 * @param countryInferred whether the country is inferred
 */
public record AffiliationRow(
        String eventId,
        String personId,
        int affiliationIndex,
        String organisationId,
        String organisation,
        String position,
        String sector,
        String sectorSource,
        Boolean sectorInferred,
        String country,
        String countrySource,
        Boolean countryInferred) {
}
