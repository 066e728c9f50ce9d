package org.disputatio.model.navigation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Panel;
import org.disputatio.model.ProgrammeDay;

/**
 * An agenda item with where it is: its property path (the one validation findings use), its day,
 * the item that contains it, and its participations resolved. Get them from an {@link Agenda}.
 *
 * <p>Immutable; two located items are equal only if they are the same instance.
 */
public final class LocatedItem {
    private final AgendaItem item;
    private final String path;
    private final ProgrammeDay day;
    private final int dayIndex;
    private final LocatedItem parent;
    private final int position;
    private final int depth;
    private final int ordinal; // index in Agenda.items()
    private List<LocatedParticipation> participations = List.of(); // set once, by Agenda, before publication

    LocatedItem(AgendaItem item, String path, ProgrammeDay day, int dayIndex, LocatedItem parent, int position,
            int ordinal) {
        this.item = item;
        this.path = path;
        this.day = day;
        this.dayIndex = dayIndex;
        this.parent = parent;
        this.position = position;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.ordinal = ordinal;
    }

    int ordinal() {
        return ordinal;
    }

    void participations(List<LocatedParticipation> participations) {
        this.participations = List.copyOf(participations);
    }

    /**
     * The item itself.
     *
     * @return the item as the model holds it
     */
    public AgendaItem item() {
        return item;
    }

    /**
     * The item's id.
     *
     * @return {@code item().id()}; null only in an item that validation rejects
     */
    public String id() {
        return item.id();
    }

    /**
     * Whether the item is a panel.
     *
     * @return true if {@link #item()} is a {@link Panel}
     */
    public boolean isPanel() {
        return item instanceof Panel;
    }

    /**
     * The item's property path from the event, with indexes, exactly as validation findings name
     * it: {@code programme.days[0].items[2].items[1]}, or {@code programme.unscheduled[0]} for an
     * item not yet placed on a day.
     *
     * @return the path, never null
     */
    public String path() {
        return path;
    }

    /**
     * The day the item is on; an item contained in another is on its parent's day.
     *
     * @return the day, or empty for an unscheduled item
     */
    public Optional<ProgrammeDay> day() {
        return Optional.ofNullable(day);
    }

    /**
     * The date of the item's day.
     *
     * @return the date, or empty for an unscheduled item (or a day without a date, which
     *     validation rejects)
     */
    public Optional<LocalDate> date() {
        return day == null ? Optional.empty() : Optional.ofNullable(day.date());
    }

    /**
     * The index of the item's day in {@code programme.days}.
     *
     * @return the index, or empty for an unscheduled item
     */
    public OptionalInt dayIndex() {
        return dayIndex < 0 ? OptionalInt.empty() : OptionalInt.of(dayIndex);
    }

    /**
     * The item that contains this one.
     *
     * @return the parent, or empty for an item of a day or an unscheduled item at the top
     */
    public Optional<LocatedItem> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * The item's index among its siblings: in its day's items, its parent's items, or the
     * unscheduled items.
     *
     * @return the 0-based index, the last index of {@link #path()}
     */
    public int position() {
        return position;
    }

    /**
     * How deep the item is nested.
     *
     * @return 0 for an item of a day (or a top-level unscheduled one), 1 for an item it contains, ...
     */
    public int depth() {
        return depth;
    }

    /**
     * Every participation of this item, in printed order, resolved.
     *
     * @return the participations, unmodifiable, never null
     */
    public List<LocatedParticipation> participations() {
        return participations;
    }

    /** Reads as {@code programme.days[0].items[1] (panel-1)}. */
    @Override
    public String toString() {
        return path + " (" + item.id() + ")";
    }
}
