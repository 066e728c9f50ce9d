package org.disputatio.research;

/**
 * One row of the {@code coappearances} table: two people of one event who appear in the same
 * agenda item, weighted by the number of items they share. Each pair appears once, with
 * {@code personId} before {@code otherPersonId} in string order. Sharing means being listed as
 * participants of the same item, whatever the roles; people of an item and of an item inside it
 * do not share it.
 *
 * @param eventId the event's id
 * @param personId the first person's id
 * @param personName the first person's name as printed
 * @param otherPersonId the second person's id
 * @param otherPersonName the second person's name as printed
 * @param items how many items they share: the edge's weight, at least 1
 * @param itemIds the ids of the items they share, in programme order, joined by {@code "; "}
 */
public record CoappearanceRow(
        String eventId,
        String personId,
        String personName,
        String otherPersonId,
        String otherPersonName,
        int items,
        String itemIds) {
}
