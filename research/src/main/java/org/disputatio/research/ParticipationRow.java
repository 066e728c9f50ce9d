package org.disputatio.research;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One row of the {@code participations} table: one person in one role in one agenda item of one
 * event. Items at any depth count (a keynote inside an opening block), and so do unscheduled
 * items (with no day). A person with several affiliations has one row per participation: the
 * columns below describe the first affiliation printed, {@code affiliation_count} says how many
 * there are, and the {@code affiliations} table has one row for each. Every {@code *_inferred}
 * column is true when the event's provenance marks the fact beside it as inferred, false when
 * the source states it, and null when there is no fact.
 *
 * @param eventId the event's id
 * @param itemId the agenda item's id
 * @param parentItemId the id of the item that contains this one, or null for a top-level item
 * @param day the item's day, or null for an unscheduled item
 * @param dayInferred whether the day's date is inferred
 * @param start the start as printed, or null
 * @param startInferred whether the start is inferred
 * @param end the end as printed (never derived), or null
 * @param endInferred whether the end is inferred
 * @param itemKind the item's kind code ({@code panel})
 * @param itemKindInferred whether the kind is inferred
 * @param track the id of the item's track, or null
 * @param rooms the ids of the item's rooms joined by {@code "; "}, or null when none is given
 * @param itemTitle the item's title, else its heading, in the table's language; null when it has neither
 * @param itemTitleInferred whether the title is inferred
 * @param personId the person's id in the event
 * @param personName the person's name as printed, without the honorific
 * @param honorific the honorific as printed, or null
 * @param familyName the family name, or null when the name has no parts
 * @param namePartsInferred whether the split of the name into parts is inferred, null without parts
 * @param role the role's code ({@code inventio})
 * @param roleLabel the role's label in the table's language, or null when the code is not defined
 * @param roleInferred whether the role is inferred
 * @param contributionTitle the title of the person's own contribution, or null
 * @param contributionTitleInferred whether that title is inferred
 * @param affiliationCount how many affiliations the person has in the event
 * @param organisationId the first affiliation's organisation id, or null
 * @param organisation the first affiliation's organisation name (else acronym), or null
 * @param sector the first affiliation's sector (its own, else its organisation's), or null
 * @param sectorInferred whether that sector is inferred
 * @param country the first affiliation's country (its own, else its organisation's), or null
 * @param countryInferred whether that country is inferred
 * @param effectiveCountry the country by the rule of {@link Tables#PARTICIPATIONS}, or null
 * @param effectiveCountrySource where the effective country comes from: {@code affiliation},
 *     {@code organisation} or {@code person}; null when there is none
 * @param effectiveCountryInferred whether the effective country is inferred
 */
public record ParticipationRow(
        String eventId,
        String itemId,
        String parentItemId,
        LocalDate day,
        Boolean dayInferred,
        LocalTime start,
        Boolean startInferred,
        LocalTime end,
        Boolean endInferred,
        String itemKind,
        Boolean itemKindInferred,
        String track,
        String rooms,
        String itemTitle,
        Boolean itemTitleInferred,
        String personId,
        String personName,
        String honorific,
        String familyName,
        Boolean namePartsInferred,
        String role,
        String roleLabel,
        Boolean roleInferred,
        String contributionTitle,
        Boolean contributionTitleInferred,
        int affiliationCount,
        String organisationId,
        String organisation,
        String sector,
        Boolean sectorInferred,
        String country,
        Boolean countryInferred,
        String effectiveCountry,
        String effectiveCountrySource,
        Boolean effectiveCountryInferred) {
}
