package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Stream;

/** The days of an event, in order, each with its ordered agenda items. */
public record Programme(List<@Valid ProgrammeDay> days) {

    private static final Programme EMPTY = new Programme(List.of());

    public Programme {
        days = Checks.copy(days, "days");
    }

    public static Programme empty() {
        return EMPTY;
    }

    public static Programme of(ProgrammeDay... days) {
        return new Programme(List.of(days));
    }

    /** Every agenda item of every day, in programme order. */
    public Stream<AgendaItem> items() {
        return days.stream().flatMap(day -> day.items().stream());
    }
}
