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
 */
@StatedWeekdayMatches
public record ProgrammeDay(
        @NotNull LocalDate date,
        Optional<DayOfWeek> statedWeekday,
        LocalizedText label,
        List<@Valid AgendaItem> items) {

    public ProgrammeDay {
        Checks.present(statedWeekday, "statedWeekday");
        Checks.present(label, "label");
        items = Checks.copy(items, "items");
    }

    /** A day with no stated weekday and no heading. */
    public static ProgrammeDay of(LocalDate date, List<AgendaItem> items) {
        return new ProgrammeDay(date, Optional.empty(), LocalizedText.empty(), items);
    }

    /** A day with these items, no stated weekday and no heading. */
    public static ProgrammeDay of(LocalDate date, AgendaItem... items) {
        return of(date, List.of(items));
    }

    /** A day whose source prints this weekday and heading. */
    public static ProgrammeDay of(LocalDate date, DayOfWeek statedWeekday, LocalizedText label, List<AgendaItem> items) {
        return new ProgrammeDay(date, Optional.of(statedWeekday), label, items);
    }
}
