package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Stream;

/**
 * The days of an event, in order, each with its ordered agenda items.
 *
 * @param days the days in order; validation reports a day outside the event's dates
 */
public record Programme(List<@Valid ProgrammeDay> days) {

    private static final Programme EMPTY = new Programme(List.of());

    /**
     * Copies the days, refusing a null list or day.
     *
     * @param days the days, copied
     * @throws NullPointerException if the list or a day is null
     */
    public Programme {
        days = Checks.copy(days, "days");
    }

    /**
     * A programme with no day: the source gives none.
     *
     * @return the empty programme
     */
    public static Programme empty() {
        return EMPTY;
    }

    /**
     * A programme of these days, in this order.
     *
     * @param days the days
     * @return the programme
     * @throws NullPointerException if a day is null
     */
    public static Programme of(ProgrammeDay... days) {
        return new Programme(List.of(days));
    }

    /**
     * Every agenda item of every day, in programme order.
     *
     * @return a new stream of the items, day by day
     */
    public Stream<AgendaItem> items() {
        return days.stream().flatMap(day -> day.items().stream());
    }
}
