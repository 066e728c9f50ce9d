package org.disputatio.model;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a programme day: a {@link Panel}, or any other {@link Session} (opening, break,
 * address, dialogue, conclusion, end of day).
 *
 * <p>Start and end are optional and never invented: the UNESCO programme gives most items a
 * start and no end, and Panels 2 and 3 no time at all, only their place in the day. An end that
 * an analysis needs ("until the next item") is derived, not stored.
 */
public sealed interface AgendaItem permits Session, Panel {

    /**
     * Unique among the items of the event.
     *
     * @return the item's id; null or blank only in an item that validation rejects
     */
    String id();

    /**
     * What kind of item this is.
     *
     * @return the kind; {@link AgendaItemKind#PANEL} exactly for a {@link Panel}
     */
    AgendaItemKind kind();

    /**
     * When the item starts, in the event's time zone.
     *
     * @return the start as printed, or empty if the source gives none
     */
    Optional<LocalTime> start();

    /**
     * When the item ends, in the event's time zone.
     *
     * @return the end as printed, or empty if the source gives none (it is not derived)
     */
    Optional<LocalTime> end();

    /**
     * The heading printed over the item ("Keynote address"), apart from its own title.
     *
     * @return the heading, never null; empty when the programme prints none besides the title
     */
    LocalizedText heading();

    /**
     * The item's title.
     *
     * @return the title, never null; empty for an unlabelled item
     */
    LocalizedText title();

    /**
     * What the item is about.
     *
     * @return the description, never null; empty if there is none
     */
    LocalizedText description();

    /**
     * The rooms of the venue where the item takes place, by id, as printed.
     *
     * @return the room ids, unmodifiable, never null; empty when the programme names none
     */
    List<String> rooms();

    /**
     * The programme's parallel track this item belongs to.
     *
     * @return the track's id, or empty when the item belongs to none
     */
    Optional<String> track();

    /**
     * The conditions the item is held under, as printed: on the record or not, recorded,
     * live-streamed, by invitation.
     *
     * @return the conditions, unmodifiable, never null; empty when the programme states none
     */
    List<ItemCondition> conditions();

    /**
     * Who appears, in printed order.
     *
     * @return the participations, unmodifiable, never null
     */
    List<Participation> participants();

    /**
     * The items this one contains (a keynote and a panel inside an opening block), in printed
     * order; each may contain items in turn.
     *
     * @return the child items, unmodifiable, never null; empty for an item that contains none
     */
    List<AgendaItem> items();

    /**
     * This item and every item it contains at any depth, in pre-order: the item, then each child
     * followed by its own descendants.
     *
     * @return a new stream, starting with this item
     */
    default java.util.stream.Stream<AgendaItem> withDescendants() {
        if (items().isEmpty()) {
            return java.util.stream.Stream.of(this);
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                items().stream().flatMap(AgendaItem::withDescendants));
    }

    /**
     * The participants grouped by role code, roles in order of first appearance, people in printed order.
     *
     * @return role code to that role's participations; unmodifiable, never null
     */
    default Map<String, List<Participation>> participantsByRole() {
        Map<String, List<Participation>> byRole = new LinkedHashMap<>();
        for (Participation participation : participants()) {
            byRole.computeIfAbsent(participation.role(), code -> new ArrayList<>()).add(participation);
        }
        byRole.replaceAll((code, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableMap(byRole);
    }
}
