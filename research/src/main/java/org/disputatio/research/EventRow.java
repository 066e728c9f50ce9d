package org.disputatio.research;

import java.time.LocalDate;

/**
 * One row of the {@code events} table: one event.
 *
 * @param eventId the event's id
 * @param kind the event's kind code ({@code conference})
 * @param title the title in the table's language, or null
 * @param startDate the first day
 * @param startDateInferred whether the first day is inferred
 * @param endDate the last day
 * @param endDateInferred whether the last day is inferred
 * @param timeZone the IANA time zone, or null
 * @param languages the languages it is held in, joined by {@code "; "}
 * @param venue the venue's name in the table's language, or null
 * @param dayCount how many programme days it has
 * @param itemCount how many agenda items, at any depth, unscheduled included
 * @param personCount how many people it registers
 * @param organisationCount how many organisations it registers
 * @param participationCount how many rows it gives the {@code participations} table
 */
public record EventRow(
        String eventId,
        String kind,
        String title,
        LocalDate startDate,
        Boolean startDateInferred,
        LocalDate endDate,
        Boolean endDateInferred,
        String timeZone,
        String languages,
        String venue,
        int dayCount,
        int itemCount,
        int personCount,
        int organisationCount,
        int participationCount) {
}
