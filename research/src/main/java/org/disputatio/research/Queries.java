package org.disputatio.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.disputatio.model.Definition;
import org.disputatio.model.Event;
import org.disputatio.model.Vocabulary;

/**
 * The questions researchers ask first, over the {@link Tables#PARTICIPATIONS participations}
 * of a corpus, in plain Java. Counts walk the corpus once in constant memory (one map entry per
 * distinct value); the other queries keep one entry per item or person they report on.
 */
public final class Queries {

    private Queries() {
    }

    /**
     * How many rows hold one value of a column.
     *
     * @param value the value, or null for rows where the column is null (not stated)
     * @param count how many rows hold it, at least 1
     */
    public record Count(String value, long count) {
    }

    /** Most frequent first, then by value, the null value last. */
    private static final Comparator<Count> ORDER = Comparator.comparingLong(Count::count).reversed()
            .thenComparing(Count::value, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * Counts participations by the value of one column, as {@code SELECT column, count(*) FROM
     * participations GROUP BY 1} does.
     *
     * @param corpus the corpus, walked once
     * @param column a column of {@link Tables#PARTICIPATIONS}
     * @return the counts, most frequent first, then by value, the null value last
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static List<Count> countParticipationsBy(Corpus corpus, Column<ParticipationRow> column) {
        Objects.requireNonNull(column, "column");
        try (Stream<ParticipationRow> rows = corpus.participations()) {
            return count(rows, row -> {
                Object value = column.valueOf(row);
                return value == null ? null : value.toString();
            });
        }
    }

    private static List<Count> count(Stream<ParticipationRow> rows, Function<ParticipationRow, String> key) {
        Map<String, long[]> counts = new HashMap<>();
        rows.forEach(row -> counts.computeIfAbsent(key.apply(row), value -> new long[1])[0]++);
        List<Count> result = new ArrayList<>();
        counts.forEach((value, count) -> result.add(new Count(value, count[0])));
        result.sort(ORDER);
        return List.copyOf(result);
    }

    private static Column<ParticipationRow> column(String name) {
        return Tables.PARTICIPATIONS.column(name).orElseThrow();
    }

    /**
     * Participations by sector (the {@code sector} column: the first affiliation's).
     *
     * @param corpus the corpus
     * @return the counts; the null value counts participations without a sector
     */
    public static List<Count> bySector(Corpus corpus) {
        return countParticipationsBy(corpus, column("sector"));
    }

    /**
     * Participations by effective country (the {@code effective_country} column).
     *
     * @param corpus the corpus
     * @return the counts; the null value counts participations without a country
     */
    public static List<Count> byCountry(Corpus corpus) {
        return countParticipationsBy(corpus, column("effective_country"));
    }

    /**
     * Participations by role code.
     *
     * @param corpus the corpus
     * @return the counts
     */
    public static List<Count> byRole(Corpus corpus) {
        return countParticipationsBy(corpus, column("role"));
    }

    /**
     * Participations by event id.
     *
     * @param corpus the corpus
     * @return the counts; events without participations do not appear
     */
    public static List<Count> byEvent(Corpus corpus) {
        return countParticipationsBy(corpus, column("event_id"));
    }

    /**
     * The sectors counted as public and as private in {@link #publicPrivateShares}.
     *
     * @param publicSectors sector codes of public actors
     * @param privateSectors sector codes of private actors
     */
    public record SectorGroups(Set<String> publicSectors, Set<String> privateSectors) {

        /**
         * Copies the sets and checks that no sector is in both.
         *
         * @param publicSectors sector codes of public actors
         * @param privateSectors sector codes of private actors
         * @throws IllegalArgumentException if a code is in both sets
         * @throws NullPointerException if a set or a code is null
         */
        public SectorGroups {
            publicSectors = Set.copyOf(publicSectors);
            privateSectors = Set.copyOf(privateSectors);
            for (String code : publicSectors) {
                if (privateSectors.contains(code)) {
                    throw new IllegalArgumentException("sector '" + code + "' cannot be both public and private");
                }
            }
        }

        /**
         * Public: {@code government}, {@code international-organisation}, {@code defence},
         * {@code parliament}; private: {@code company}. Every other sector (academia, civil
         * society, think tanks, media, the technical community, standards bodies) is counted
         * as other, since it may be either.
         *
         * @return the default groups
         */
        public static SectorGroups defaults() {
            return new SectorGroups(Set.of("government", "international-organisation", "defence", "parliament"),
                    Set.of("company"));
        }
    }

    /**
     * The speakers of one panel by group of sector. Each person counts once per panel, by the
     * sector of their first participation there.
     *
     * @param eventId the event's id
     * @param itemId the panel's id
     * @param itemTitle the panel's title, or null
     * @param publicSpeakers people of a public sector
     * @param privateSpeakers people of a private sector
     * @param otherSpeakers people of another sector
     * @param unknownSpeakers people with no sector
     */
    public record PanelShare(String eventId, String itemId, String itemTitle, int publicSpeakers,
            int privateSpeakers, int otherSpeakers, int unknownSpeakers) {

        /**
         * The share of public speakers among the public and private ones.
         *
         * @return public / (public + private), or empty when the panel has neither
         */
        public OptionalDouble publicShare() {
            int both = publicSpeakers + privateSpeakers;
            return both == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) publicSpeakers / both);
        }
    }

    /**
     * Public and private speakers per panel (items of kind {@code panel}, at any depth), in
     * corpus and programme order.
     *
     * @param corpus the corpus, walked once
     * @param groups which sectors are public and which private
     * @return one share per panel with at least one participant
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static List<PanelShare> publicPrivateShares(Corpus corpus, SectorGroups groups) {
        Objects.requireNonNull(groups, "groups");
        Map<List<String>, Map<String, String>> panels = new LinkedHashMap<>(); // (event, item) -> person -> sector
        Map<List<String>, String> titles = new HashMap<>();
        try (Stream<ParticipationRow> rows = corpus.participations()) {
            rows.filter(row -> "panel".equals(row.itemKind())).forEach(row -> {
                List<String> key = java.util.Arrays.asList(row.eventId(), row.itemId());
                titles.putIfAbsent(key, row.itemTitle());
                panels.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(row.personId(),
                        row.sector() == null ? "" : row.sector());
            });
        }
        List<PanelShare> shares = new ArrayList<>();
        panels.forEach((key, people) -> {
            int[] counts = new int[4];
            for (String sector : people.values()) {
                counts[sector.isEmpty() ? 3 : groups.publicSectors().contains(sector) ? 0
                        : groups.privateSectors().contains(sector) ? 1 : 2]++;
            }
            shares.add(new PanelShare(key.get(0), key.get(1), titles.get(key), counts[0], counts[1], counts[2],
                    counts[3]));
        });
        return List.copyOf(shares);
    }

    /**
     * A person who appears in several items of one event.
     *
     * @param eventId the event's id
     * @param personId the person's id
     * @param personName the name as printed
     * @param itemIds the items, in programme order
     * @param roles the distinct roles, in order of first appearance
     */
    public record Repeater(String eventId, String personId, String personName, List<String> itemIds,
            List<String> roles) {

        /**
         * Copies the lists.
         *
         * @param eventId the event's id
         * @param personId the person's id
         * @param personName the name as printed
         * @param itemIds the items
         * @param roles the roles
         */
        public Repeater {
            itemIds = List.copyOf(itemIds);
            roles = List.copyOf(roles);
        }
    }

    /**
     * People who appear in more than one item of the same event, in corpus order then by order
     * of first appearance.
     *
     * @param corpus the corpus, walked once
     * @return the repeaters
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static List<Repeater> peopleInSeveralItems(Corpus corpus) {
        Map<List<String>, Set<String>> items = new LinkedHashMap<>();
        Map<List<String>, Set<String>> roles = new HashMap<>();
        Map<List<String>, String> names = new HashMap<>();
        try (Stream<ParticipationRow> rows = corpus.participations()) {
            rows.forEach(row -> {
                List<String> key = java.util.Arrays.asList(row.eventId(), row.personId());
                items.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.itemId());
                roles.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.role());
                names.putIfAbsent(key, row.personName());
            });
        }
        List<Repeater> repeaters = new ArrayList<>();
        items.forEach((key, ids) -> {
            if (ids.size() > 1) {
                repeaters.add(new Repeater(key.get(0), key.get(1), names.get(key), new ArrayList<>(ids),
                        new ArrayList<>(roles.get(key))));
            }
        });
        return List.copyOf(repeaters);
    }

    /**
     * Person ids that appear in the participations of more than one event. People are matched
     * by id only: a corpus whose events share ids (from a common register) finds its repeaters
     * here; matching by name is not done.
     *
     * @param corpus the corpus, walked once
     * @return person id to the events it appears in (corpus order), for ids in two events or
     *     more, in order of first appearance
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static Map<String, List<String>> peopleInSeveralEvents(Corpus corpus) {
        Map<String, Set<String>> events = new LinkedHashMap<>();
        try (Stream<ParticipationRow> rows = corpus.participations()) {
            rows.forEach(row -> events.computeIfAbsent(row.personId(), id -> new LinkedHashSet<>()).add(row.eventId()));
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        events.forEach((id, ids) -> {
            if (ids.size() > 1) {
                result.put(id, List.copyOf(ids));
            }
        });
        return java.util.Collections.unmodifiableMap(result);
    }

    /**
     * A summary of the corpus, in one walk: see {@link CorpusSummary}. Memory holds one event's
     * rows at a time, one entry per distinct sector, country and role, one per person id (to find
     * ids in several events), and at most {@code listLimit} people of each list.
     *
     * @param corpus the corpus, walked once
     * @param listLimit how many people to keep in each list of repeaters, 0 or more (the counts
     *     count them all)
     * @return the summary
     * @throws IllegalArgumentException if the limit is negative
     * @throws org.disputatio.io.EventReadException if an event cannot be read
     */
    public static CorpusSummary summary(Corpus corpus, int listLimit) {
        if (listLimit < 0) {
            throw new IllegalArgumentException("listLimit must be 0 or more, was " + listLimit);
        }
        TableSettings settings = corpus.settings();
        long[] totals = new long[6]; // events, items, people, organisations, participations, participants
        Map<String, long[]> sectors = new HashMap<>();
        Map<String, long[]> countries = new HashMap<>();
        Map<String, long[]> roles = new HashMap<>();
        Map<String, String> labels = new HashMap<>(); // "sector:code" and "role:code" -> label
        long[] severalItems = new long[1];
        List<Repeater> repeaters = new ArrayList<>();
        Map<String, long[]> eventsById = new LinkedHashMap<>();
        Map<String, String> namesById = new HashMap<>();
        try (Stream<Event> events = corpus.events()) {
            events.forEach(event -> {
                List<String> languages = new ArrayList<>();
                settings.language().ifPresent(languages::add);
                languages.addAll(event.languages());
                EventRow eventRow = Tables.EVENTS.rows(event, settings).findFirst().orElseThrow();
                totals[0]++;
                totals[1] += eventRow.itemCount();
                totals[2] += eventRow.personCount();
                totals[3] += eventRow.organisationCount();
                totals[4] += eventRow.participationCount();
                Map<String, ParticipationRow> firstRows = new LinkedHashMap<>();
                Map<String, Set<String>> itemsOf = new HashMap<>();
                Map<String, Set<String>> rolesOf = new HashMap<>();
                try (Stream<ParticipationRow> rows = Tables.PARTICIPATIONS.rows(event, settings)) {
                    rows.forEach(row -> {
                        boolean firstOfPerson = !firstRows.containsKey(row.personId());
                        firstRows.putIfAbsent(row.personId(), row);
                        itemsOf.computeIfAbsent(row.personId(), k -> new LinkedHashSet<>()).add(row.itemId());
                        boolean newRole = rolesOf.computeIfAbsent(row.personId(), k -> new LinkedHashSet<>())
                                .add(row.role());
                        tally(sectors, row.sector(), firstOfPerson);
                        tally(countries, row.effectiveCountry(), firstOfPerson);
                        tally(roles, row.role(), newRole);
                        if (row.role() != null && row.roleLabel() != null) {
                            labels.putIfAbsent("role:" + row.role(), row.roleLabel());
                        }
                        if (row.sector() != null && !labels.containsKey("sector:" + row.sector())) {
                            event.definition(Vocabulary.SECTOR, row.sector()).map(Definition::label)
                                    .flatMap(label -> label.resolve(languages))
                                    .ifPresent(label -> labels.put("sector:" + row.sector(), label));
                        }
                    });
                }
                totals[5] += firstRows.size();
                firstRows.forEach((personId, row) -> {
                    Set<String> items = itemsOf.get(personId);
                    if (items.size() > 1) {
                        severalItems[0]++;
                        if (repeaters.size() < listLimit) {
                            repeaters.add(new Repeater(row.eventId(), personId, row.personName(), new ArrayList<>(items),
                                    new ArrayList<>(rolesOf.get(personId))));
                        }
                    }
                    if (personId != null) {
                        eventsById.computeIfAbsent(personId, id -> new long[1])[0]++;
                        namesById.putIfAbsent(personId, row.personName());
                    }
                });
            });
        }
        List<CorpusSummary.Recurrence> recurrences = new ArrayList<>();
        long severalEvents = 0;
        for (Map.Entry<String, long[]> entry : eventsById.entrySet()) {
            if (entry.getValue()[0] > 1) {
                severalEvents++;
                if (recurrences.size() < listLimit) {
                    recurrences.add(new CorpusSummary.Recurrence(entry.getKey(), namesById.get(entry.getKey()),
                            entry.getValue()[0]));
                }
            }
        }
        return new CorpusSummary(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5],
                tallies(sectors, labels, "sector:"), tallies(countries, labels, null), tallies(roles, labels, "role:"),
                severalItems[0], repeaters, severalEvents, recurrences);
    }

    /** Counts one participation under a value, and one person when it is the person's first there. */
    private static void tally(Map<String, long[]> tallies, String value, boolean newPerson) {
        long[] counts = tallies.computeIfAbsent(value, v -> new long[2]);
        counts[1]++;
        if (newPerson) {
            counts[0]++;
        }
    }

    private static List<CorpusSummary.Tally> tallies(Map<String, long[]> counts, Map<String, String> labels,
            String labelPrefix) {
        List<CorpusSummary.Tally> result = new ArrayList<>();
        counts.forEach((value, count) -> result.add(new CorpusSummary.Tally(value,
                value == null || labelPrefix == null ? null : labels.get(labelPrefix + value), count[0], count[1])));
        // the null value (not stated) last whatever its count, then most participations first
        result.sort(Comparator.comparing((CorpusSummary.Tally tally) -> tally.value() == null)
                .thenComparing(Comparator.comparingLong(CorpusSummary.Tally::participations).reversed())
                .thenComparing(CorpusSummary.Tally::value, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }
}
