package org.disputatio.research;

/**
 * One row of the {@code people} table: one person registered in one event. People are not
 * matched across events: the same person in two events is two rows.
 *
 * @param eventId the event's id
 * @param personId the person's id in the event
 * @param personName the name as printed, without the honorific
 * @param honorific the honorific as printed, or null
 * @param givenName the given name, or null when the name has no parts
 * @param familyName the family name, or null when the name has no parts
 * @param nameOrder {@code given-first} or {@code family-first}, or null without parts
 * @param namePartsInferred whether the split into parts is inferred, null without parts
 * @param country the country the source gives for the person themself, or null
 * @param countryInferred whether that country is inferred
 * @param affiliationCount how many affiliations the person has
 * @param externalIds the external identifiers as {@code scheme:value} joined by {@code "; "}, or null
 * @param participationCount how many participations the person has in the event
 * @param itemCount in how many distinct items the person appears
 */
public record PersonRow(
        String eventId,
        String personId,
        String personName,
        String honorific,
        String givenName,
        String familyName,
        String nameOrder,
        Boolean namePartsInferred,
        String country,
        Boolean countryInferred,
        int affiliationCount,
        String externalIds,
        int participationCount,
        int itemCount) {
}
