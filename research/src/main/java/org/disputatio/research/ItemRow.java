package org.disputatio.research;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One row of the {@code items} table: one agenda item, at any depth, scheduled or not.
 *
 * @param eventId the event's id
 * @param itemId the item's id
 * @param parentItemId the id of the item containing it, or null for a top-level item
 * @param depth 0 for a top-level item, 1 for its children, and so on
 * @param position the item's 1-based place among its siblings (in its day, in the unscheduled
 *     items, or in its parent)
 * @param day the item's day, or null for an unscheduled item
 * @param start the start as printed, or null
 * @param startInferred whether the start is inferred
 * @param end the end as printed, or null
 * @param endInferred whether the end is inferred
 * @param itemKind the kind code
 * @param itemKindInferred whether the kind is inferred
 * @param track the track's id, or null
 * @param rooms the room ids joined by {@code "; "}, or null
 * @param heading the heading in the table's language, or null
 * @param itemTitle the title in the table's language, or null
 * @param itemTitleInferred whether the title is inferred
 * @param participantCount how many participations the item itself lists (not its children's)
 * @param childCount how many items it contains directly
 */
public record ItemRow(
        String eventId,
        String itemId,
        String parentItemId,
        int depth,
        int position,
        LocalDate day,
        LocalTime start,
        Boolean startInferred,
        LocalTime end,
        Boolean endInferred,
        String itemKind,
        Boolean itemKindInferred,
        String track,
        String rooms,
        String heading,
        String itemTitle,
        Boolean itemTitleInferred,
        int participantCount,
        int childCount) {
}
