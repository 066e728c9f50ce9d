package org.disputatio.research;

import java.util.List;
import java.util.Objects;

/**
 * A corpus at a glance, as {@link Queries#summary(Corpus, int)} computes it in one walk: how
 * many events, items, people and organisations; people and participations by sector, by
 * effective country and by role; the people who appear in several items of an event, and the
 * person ids that appear in several events.
 *
 * @param events how many events
 * @param items agenda items at any depth, unscheduled included (the {@code item_count} of
 *     {@link Tables#EVENTS}, summed)
 * @param people people registered, each event's own (not matched across events)
 * @param organisations organisations registered, each event's own
 * @param participations rows of {@link Tables#PARTICIPATIONS}
 * @param participants people of each event who appear in at least one item, summed over events
 * @param bySector people and participations by sector (the first affiliation's), most
 *     participations first, then by value; the null value (no sector) last whatever its count
 * @param byCountry by effective country ({@code effective_country}), in the same order
 * @param byRole by role code, in the same order; a person in two roles counts in both
 * @param inSeveralItemsCount how many people appear in more than one item of the same event
 * @param inSeveralItems the first of them (at most the limit given), in corpus order then by
 *     first appearance
 * @param inSeveralEventsCount how many person ids appear in the participations of more than one
 *     event (matched by id only, as {@link Queries#peopleInSeveralEvents(Corpus)} does)
 * @param inSeveralEvents the first of them (at most the limit given), in order of first appearance
 */
public record CorpusSummary(long events, long items, long people, long organisations, long participations,
        long participants, List<Tally> bySector, List<Tally> byCountry, List<Tally> byRole,
        long inSeveralItemsCount, List<Queries.Repeater> inSeveralItems, long inSeveralEventsCount,
        List<Recurrence> inSeveralEvents) {

    /**
     * Copies the lists.
     *
     * @param events how many events
     * @param items agenda items
     * @param people people registered
     * @param organisations organisations registered
     * @param participations participations
     * @param participants people who appear in an item
     * @param bySector by sector
     * @param byCountry by effective country
     * @param byRole by role
     * @param inSeveralItemsCount people in several items of an event
     * @param inSeveralItems the first of them
     * @param inSeveralEventsCount person ids in several events
     * @param inSeveralEvents the first of them
     * @throws NullPointerException if a list is null
     */
    public CorpusSummary {
        bySector = List.copyOf(bySector);
        byCountry = List.copyOf(byCountry);
        byRole = List.copyOf(byRole);
        inSeveralItems = List.copyOf(inSeveralItems);
        inSeveralEvents = List.copyOf(inSeveralEvents);
    }

    /**
     * One value of a column, counted in people and in participations.
     *
     * @param value the value (a sector, country or role code), or null for not stated
     * @param label the value's label in the tables' language where a vocabulary defines it
     *     (sectors, roles: the event's own definition, else the built-in one), else null
     * @param people distinct people of each event with that value, summed over events (a person
     *     of two events counts twice)
     * @param participations participations with that value
     */
    public record Tally(String value, String label, long people, long participations) {
    }

    /**
     * A person id that appears in several events.
     *
     * @param personId the id
     * @param personName the name as printed in the first event it appears in
     * @param events how many events it appears in, at least 2
     */
    public record Recurrence(String personId, String personName, long events) {

        /**
         * Checks the id.
         *
         * @param personId the id
         * @param personName the name
         * @param events how many events
         * @throws NullPointerException if the id is null
         */
        public Recurrence {
            Objects.requireNonNull(personId, "personId");
        }
    }
}
