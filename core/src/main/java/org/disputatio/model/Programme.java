package org.disputatio.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The days of an event, in order, each with its ordered agenda items, and the items announced
 * but not yet placed on a day ("programme to be confirmed": keynotes with their speakers and
 * titles, no day or time yet).
 *
 * @param days the days in order; validation reports a day outside the event's dates
 * @param unscheduled the items not yet placed on a day, in printed order
 * @param tracks the parallel tracks items may name, in printed order
 */
public record Programme(List<@Valid ProgrammeDay> days, List<@Valid AgendaItem> unscheduled,
        List<@Valid Track> tracks) {

    private static final Programme EMPTY = new Programme(List.of(), List.of(), List.of());

    /**
     * Copies the days, the unscheduled items and the tracks, refusing a null list or element.
     *
     * @param days the days, copied
     * @param unscheduled the items not yet placed on a day, copied
     * @param tracks the tracks, copied
     * @throws NullPointerException if a list or an element is null
     */
    public Programme {
        days = Checks.copy(days, "days");
        unscheduled = Checks.copy(unscheduled, "unscheduled");
        tracks = Checks.copy(tracks, "tracks");
    }

    /**
     * A programme of these days, with every item placed on a day and no tracks.
     *
     * @param days the days, copied
     * @throws NullPointerException if the list or a day is null
     */
    public Programme(List<ProgrammeDay> days) {
        this(days, List.of(), List.of());
    }

    /**
     * A programme of these days and unscheduled items, with no tracks.
     *
     * @param days the days, copied
     * @param unscheduled the items not yet placed on a day, copied
     * @throws NullPointerException if a list or an element is null
     */
    public Programme(List<ProgrammeDay> days, List<AgendaItem> unscheduled) {
        this(days, unscheduled, List.of());
    }

    /**
     * This programme with these items not yet placed on a day.
     *
     * @param unscheduled the items, in printed order
     * @return a new programme
     */
    public Programme withUnscheduled(List<AgendaItem> unscheduled) {
        return new Programme(days, unscheduled, tracks);
    }

    /**
     * This programme with these parallel tracks.
     *
     * @param tracks the tracks, in printed order
     * @return a new programme
     */
    public Programme withTracks(List<Track> tracks) {
        return new Programme(days, unscheduled, tracks);
    }

    /**
     * The track with this id.
     *
     * @param trackId a track id
     * @return the track, or empty if the programme has none of that id
     */
    public Optional<Track> track(String trackId) {
        return tracks.stream().filter(track -> track.id().equals(trackId)).findFirst();
    }

    /**
     * Whether the programme records nothing: no day, no unscheduled item, no track.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return days.isEmpty() && unscheduled.isEmpty() && tracks.isEmpty();
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
     * Every agenda item, at every depth: those of every day in programme order, then the
     * unscheduled ones; each item followed by the items it contains ({@link AgendaItem#withDescendants()}).
     *
     * @return a new stream of the items, day by day, then the unscheduled, each in pre-order
     */
    public Stream<AgendaItem> items() {
        // One list for the walk rather than a stream per item: validation and analyses call this
        // on programmes of thousands of items.
        List<AgendaItem> all = new java.util.ArrayList<>();
        for (ProgrammeDay day : days) {
            addWithDescendants(day.items(), all);
        }
        addWithDescendants(unscheduled, all);
        return all.stream();
    }

    private static void addWithDescendants(List<AgendaItem> items, List<AgendaItem> all) {
        for (AgendaItem item : items) {
            all.add(item);
            if (!item.items().isEmpty()) {
                addWithDescendants(item.items(), all);
            }
        }
    }
}
