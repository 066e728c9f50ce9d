package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disputatio.validation.constraints.StatedWeekdayMatches;

/**
 * One day of a programme: its date, the weekday the source prints (kept so that a wrong one
 * can be caught), its heading, and its agenda items in printed order.
 *
 * @param date the day's date
 * @param statedWeekday the weekday the source prints for it, if any; validation reports one that
 *     does not match the date
 * @param label the day's heading as printed, possibly empty
 * @param items the day's agenda items, in printed order; each may contain items in turn
 *     ({@link Programme#items()} gives every item at every depth)
 */
@StatedWeekdayMatches
public record ProgrammeDay(
        @NotNull LocalDate date,
        Optional<DayOfWeek> statedWeekday,
        LocalizedText label,
        List<@Valid AgendaItem> items) {

    /**
     * Copies the items and checks that no part but the date is null.
     *
     * @param date the date; null is reported by validation
     * @param statedWeekday the printed weekday, or empty
     * @param label the heading, possibly empty
     * @param items the items, copied
     * @throws NullPointerException if a part other than the date, or an item, is null
     */
    public ProgrammeDay {
        Checks.present(statedWeekday, "statedWeekday");
        Checks.present(label, "label");
        items = Checks.copy(items, "items");
    }

    /**
     * A day with no stated weekday and no heading.
     *
     * @param date the day's date
     * @param items its agenda items in printed order, copied
     * @return the day
     * @throws NullPointerException if the list or an item is null
     */
    public static ProgrammeDay of(LocalDate date, List<AgendaItem> items) {
        return new ProgrammeDay(date, Optional.empty(), LocalizedText.empty(), items);
    }

    /**
     * A day with these items, no stated weekday and no heading.
     *
     * @param date the day's date
     * @param items its agenda items in printed order
     * @return the day
     * @throws NullPointerException if an item is null
     */
    public static ProgrammeDay of(LocalDate date, AgendaItem... items) {
        return of(date, List.of(items));
    }

    /**
     * A day whose source prints this weekday and heading.
     *
     * @param date the day's date
     * @param statedWeekday the weekday printed for it; null is refused
     * @param label the heading as printed; null is refused
     * @param items its agenda items in printed order, copied
     * @return the day
     * @throws NullPointerException if the weekday, the heading, the list or an item is null
     */
    public static ProgrammeDay of(LocalDate date, DayOfWeek statedWeekday, LocalizedText label, List<AgendaItem> items) {
        return new ProgrammeDay(date, Optional.of(statedWeekday), label, items);
    }
}
