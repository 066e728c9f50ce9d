package org.disputatio.model.navigation;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.disputatio.io.shape.PropertyPaths;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Certainty;
import org.disputatio.model.Event;
import org.disputatio.model.Organisation;
import org.disputatio.model.Participation;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Sector;
import org.disputatio.model.Speaker;

/**
 * The programme of one event laid out for rules and analyses: every agenda item with its path
 * and day, every participation with its references resolved, consecutive items, items by track
 * and by room. A rule written on it is a few lines, and its findings point at the paths
 * validation uses:
 *
 * <pre>{@code
 * Rule everyPanelHasAModerator = Rule.of("panel-has-moderator", Severity.WARNING, (event, findings) -> {
 *     for (LocatedItem panel : Agenda.of(event).panels()) {
 *         if (panel.participations().stream().noneMatch(p -> "moderator".equals(p.roleCode()))) {
 *             findings.add(panel.path(), "no moderator");
 *         }
 *     }
 * });
 * }</pre>
 *
 * <p><b>Order.</b> Items come in programme order: the days in order, each day's items in printed
 * order, each item followed by the items it contains at any depth (pre-order, as
 * {@link org.disputatio.model.Programme#items()}), then the unscheduled items the same way.
 * Participations come in the order of their items, each item's in printed order.
 *
 * <p><b>Paths.</b> {@link LocatedItem#path()} is {@code programme.days[d].items[i]}, followed by
 * {@code .items[j]} for each level of nesting, or {@code programme.unscheduled[i]...} for an item
 * not yet on a day; {@link LocatedParticipation#path()} adds {@code .participants[k]}: exactly
 * the paths of validation's findings.
 *
 * <p><b>Cost.</b> {@link #of(Event)} builds the agenda once per event instance, on the first
 * call, in one pass over the programme (people are resolved once each, not once per
 * participation), and returns the same agenda to every later call for that instance: several
 * rules on one event share it. The cache holds the event weakly and the agenda does not refer to
 * the event, so an event nobody holds is collected with its agenda. An agenda is immutable,
 * thread-safe, and null-free: what a reference does not resolve to is an empty value.
 */
public final class Agenda {

    private static final ReferenceQueue<Event> COLLECTED = new ReferenceQueue<>();
    private static final Map<Key, Agenda> CACHE = new ConcurrentHashMap<>();

    private final List<LocatedItem> items;
    private final List<List<LocatedItem>> byDay;
    private final List<LocatedItem> unscheduled;
    private final List<LocatedItem> panels;
    private final Map<String, LocatedItem> byId;
    private final List<LocatedParticipation> participations;
    private final Map<String, List<LocatedParticipation>> byPerson;
    private final List<ItemPair> consecutivePairs;
    private final Map<String, List<LocatedItem>> byTrack;
    private final Map<String, List<LocatedItem>> byRoom;

    /**
     * The agenda of an event: built on the first call for this event instance, then shared.
     *
     * @param event the event
     * @return its agenda
     * @throws NullPointerException if the event is null
     */
    public static Agenda of(Event event) {
        Objects.requireNonNull(event, "event");
        for (Object stale; (stale = COLLECTED.poll()) != null; ) {
            CACHE.remove(stale);
        }
        Agenda agenda = CACHE.get(new Key(event, null));
        if (agenda == null) {
            agenda = new Agenda(event);
            Agenda raced = CACHE.putIfAbsent(new Key(event, COLLECTED), agenda);
            if (raced != null) {
                agenda = raced;
            }
        }
        return agenda;
    }

    /** An event by identity, held weakly. */
    private static final class Key extends WeakReference<Event> {
        private final int hash;

        Key(Event event, ReferenceQueue<Event> queue) {
            super(event, queue);
            this.hash = System.identityHashCode(event);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key key)) {
                return false;
            }
            Event event = get();
            return event != null && event == key.get();
        }
    }

    private Agenda(Event event) {
        Builder b = new Builder(event);
        List<ProgrammeDay> days = event.programme().days();
        List<List<LocatedItem>> perDay = new ArrayList<>(days.size());
        List<ItemPair> pairs = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            List<LocatedItem> dayItems = new ArrayList<>();
            b.place(days.get(d).items(), "programme.days[" + d + "].items", days.get(d), d, null, dayItems, pairs);
            perDay.add(List.copyOf(dayItems));
        }
        List<LocatedItem> rest = new ArrayList<>();
        b.place(event.programme().unscheduled(), "programme.unscheduled", null, -1, null, rest, null);
        this.items = List.copyOf(b.all);
        this.byDay = List.copyOf(perDay);
        this.unscheduled = List.copyOf(rest);
        this.panels = items.stream().filter(LocatedItem::isPanel).toList();
        Map<String, LocatedItem> ids = new HashMap<>();
        Map<String, List<LocatedItem>> tracks = new LinkedHashMap<>();
        Map<String, List<LocatedItem>> rooms = new LinkedHashMap<>();
        for (LocatedItem item : items) {
            if (item.id() != null) {
                ids.putIfAbsent(item.id(), item);
            }
            item.item().track().ifPresent(track -> tracks.computeIfAbsent(track, t -> new ArrayList<>()).add(item));
            for (String room : new LinkedHashSet<>(item.item().rooms())) {
                rooms.computeIfAbsent(room, r -> new ArrayList<>()).add(item);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.byTrack = frozen(tracks);
        this.byRoom = frozen(rooms);
        this.participations = List.copyOf(b.participations);
        Map<String, List<LocatedParticipation>> people = new LinkedHashMap<>();
        for (LocatedParticipation participation : participations) {
            if (participation.personId() != null) {
                people.computeIfAbsent(participation.personId(), p -> new ArrayList<>()).add(participation);
            }
        }
        this.byPerson = frozen(people);
        pairs.sort(java.util.Comparator.comparingInt((ItemPair pair) -> pair.second().ordinal())
                .thenComparingInt(pair -> pair.first().ordinal()));
        this.consecutivePairs = List.copyOf(pairs);
    }

    private static <T> Map<String, List<T>> frozen(Map<String, List<T>> map) {
        map.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Every agenda item at every depth, in programme order (see the class documentation).
     *
     * @return the located items, unmodifiable; as many as {@code event.programme().items()} gives
     */
    public List<LocatedItem> items() {
        return items;
    }

    /**
     * The items of one day at every depth, in programme order.
     *
     * @param dayIndex the day's index in {@code programme.days}
     * @return the located items of that day, unmodifiable
     * @throws IndexOutOfBoundsException if the programme has no day of that index
     */
    public List<LocatedItem> itemsOfDay(int dayIndex) {
        return byDay.get(dayIndex);
    }

    /**
     * The items not yet placed on a day, at every depth, in printed order.
     *
     * @return the located items, unmodifiable; empty if every item is on a day
     */
    public List<LocatedItem> unscheduled() {
        return unscheduled;
    }

    /**
     * The panels, at every depth, in programme order.
     *
     * @return the located items that are {@link org.disputatio.model.Panel}s, unmodifiable
     */
    public List<LocatedItem> panels() {
        return panels;
    }

    /**
     * The item with this id, wherever it is.
     *
     * @param id an item id
     * @return the first item of that id in programme order, or empty if there is none
     */
    public Optional<LocatedItem> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Every participation of every item, in programme order.
     *
     * @return the located participations, unmodifiable
     */
    public List<LocatedParticipation> participations() {
        return participations;
    }

    /**
     * Every participation of one person, in programme order.
     *
     * @param personId the person's id, as participations refer to it
     * @return the person's participations, unmodifiable; empty if they appear in no item
     */
    public List<LocatedParticipation> participationsOf(String personId) {
        return byPerson.getOrDefault(personId, List.of());
    }

    /**
     * The participations grouped by person id, people in order of first appearance.
     *
     * @return person id to that person's participations in programme order; unmodifiable
     */
    public Map<String, List<LocatedParticipation>> participationsByPerson() {
        return byPerson;
    }

    /**
     * The pairs of consecutive items of every day, in programme order (by the second item, then
     * the first). Two items are consecutive when all of these hold:
     * <ul>
     *   <li>they are on a day (unscheduled items have no order in time) and are <em>siblings</em>:
     *       both items of the day, or both contained in the same item. An item and an item it
     *       contains are not consecutive, nor is the last item of a block and the item after
     *       the block; nested items are paired among themselves, at every depth;</li>
     *   <li>they <em>share a lane</em>: they are in the same track, or one of them (a plenary)
     *       is in no track. Without tracks every item shares a lane with every other;</li>
     *   <li>the second comes after the first in printed order, and no sibling between them
     *       shares a lane with both.</li>
     * </ul>
     * So a day of siblings without tracks gives each item and the next; with parallel tracks
     * {@code [opening, a1 (track a), b1 (track b), a2 (a), b2 (b), closing]} gives
     * {@code opening→a1, opening→b1, a1→a2, b1→b2, a2→closing, b2→closing}. Times are not
     * looked at: the order is the printed one.
     *
     * @return the pairs, unmodifiable
     */
    public List<ItemPair> consecutivePairs() {
        return consecutivePairs;
    }

    /**
     * The items of each track, at every depth, in programme order; an item's track is the one
     * it names itself (an item does not inherit its parent's track).
     *
     * @return track id to its items, tracks in order of first appearance; items in no track are
     *     in none; unmodifiable
     */
    public Map<String, List<LocatedItem>> itemsByTrack() {
        return byTrack;
    }

    /**
     * The items of one track, at every depth, in programme order.
     *
     * @param trackId a track id, as items name it
     * @return the track's items, unmodifiable; empty if no item names that track
     */
    public List<LocatedItem> itemsInTrack(String trackId) {
        return byTrack.getOrDefault(trackId, List.of());
    }

    /**
     * The items held in each room, at every depth, in programme order; an item in several rooms
     * is under each (once), and an item names its rooms itself.
     *
     * @return room id to its items, rooms in order of first appearance; unmodifiable
     */
    public Map<String, List<LocatedItem>> itemsByRoom() {
        return byRoom;
    }

    /**
     * The items held in one room, at every depth, in programme order.
     *
     * @param roomId a room id, as items name it
     * @return the room's items, unmodifiable; empty if no item names that room
     */
    public List<LocatedItem> itemsInRoom(String roomId) {
        return byRoom.getOrDefault(roomId, List.of());
    }

    @Override
    public String toString() {
        return "Agenda[" + items.size() + " item(s), " + participations.size() + " participation(s), "
                + byDay.size() + " day(s)]";
    }

    /** The state of one build; holds the event only while the agenda is built. */
    private static final class Builder {
        final Event event;
        final PropertyPaths paths; // null when the event records no claim: everything is stated
        final Map<String, Integer> personIndex = new HashMap<>();
        final Map<String, Integer> organisationIndex = new HashMap<>();
        final Map<String, PersonFacts> facts = new HashMap<>();
        final List<LocatedItem> all = new ArrayList<>();
        final List<LocatedParticipation> participations = new ArrayList<>();

        Builder(Event event) {
            this.event = event;
            this.paths = event.provenance().claims().isEmpty() ? null : PropertyPaths.of(event);
            List<Speaker> people = event.people();
            for (int i = 0; i < people.size(); i++) {
                personIndex.putIfAbsent(people.get(i).id(), i);
            }
            List<Organisation> organisations = event.organisations();
            for (int i = 0; i < organisations.size(); i++) {
                organisationIndex.putIfAbsent(organisations.get(i).id(), i);
            }
        }

        /**
         * Locates a list of siblings and their descendants in pre-order, adding them to
         * {@link #all} and {@code into}, and their consecutive pairs to {@code pairs} (null: none).
         */
        void place(List<AgendaItem> siblings, String listPath, ProgrammeDay day, int dayIndex, LocatedItem parent,
                List<LocatedItem> into, List<ItemPair> pairs) {
            List<LocatedItem> located = new ArrayList<>(siblings.size());
            for (int i = 0; i < siblings.size(); i++) {
                AgendaItem item = siblings.get(i);
                LocatedItem here = new LocatedItem(item, listPath + "[" + i + "]", day, dayIndex, parent, i,
                        all.size());
                located.add(here);
                all.add(here);
                into.add(here);
                List<Participation> participants = item.participants();
                List<LocatedParticipation> resolved = new ArrayList<>(participants.size());
                for (int k = 0; k < participants.size(); k++) {
                    Participation participation = participants.get(k);
                    LocatedParticipation p = new LocatedParticipation(here, k, participation,
                            participation.role() == null ? null : event.role(participation.role()).orElse(null),
                            facts(participation.person()));
                    resolved.add(p);
                    participations.add(p);
                }
                here.participations(resolved);
                if (!item.items().isEmpty()) {
                    place(item.items(), here.path() + ".items", day, dayIndex, here, into, pairs);
                }
            }
            if (pairs != null) {
                pair(located, pairs);
            }
        }

        /** The consecutive pairs of one list of siblings, as {@link Agenda#consecutivePairs()} defines them. */
        private static void pair(List<LocatedItem> siblings, List<ItemPair> pairs) {
            LocatedItem lastPlenary = null; // the last sibling in no track so far
            Map<String, LocatedItem> lastInTrack = new HashMap<>(); // overall
            Map<String, LocatedItem> sincePlenary = new LinkedHashMap<>(); // last of each track after lastPlenary
            for (LocatedItem item : siblings) {
                Optional<String> track = item.item().track();
                if (track.isPresent()) {
                    LocatedItem sameTrack = lastInTrack.get(track.get());
                    LocatedItem previous = sameTrack == null ? lastPlenary : lastPlenary == null ? sameTrack
                            : sameTrack.position() > lastPlenary.position() ? sameTrack : lastPlenary;
                    if (previous != null) {
                        pairs.add(new ItemPair(previous, item));
                    }
                    lastInTrack.put(track.get(), item);
                    sincePlenary.remove(track.get());
                    sincePlenary.put(track.get(), item);
                } else {
                    if (sincePlenary.isEmpty()) {
                        if (lastPlenary != null) {
                            pairs.add(new ItemPair(lastPlenary, item));
                        }
                    } else {
                        sincePlenary.values().stream()
                                .sorted(java.util.Comparator.comparingInt(LocatedItem::position))
                                .forEach(previous -> pairs.add(new ItemPair(previous, item)));
                    }
                    lastPlenary = item;
                    sincePlenary.clear();
                }
            }
        }

        private PersonFacts facts(String personId) {
            if (personId == null) {
                return PersonFacts.UNKNOWN;
            }
            PersonFacts known = facts.get(personId);
            if (known == null) {
                Integer index = personIndex.get(personId);
                known = index == null ? PersonFacts.UNKNOWN : resolve(event.people().get(index), "people[" + index + "]");
                facts.put(personId, known);
            }
            return known;
        }

        private PersonFacts resolve(Speaker person, String personPath) {
            List<ResolvedAffiliation> affiliations = new ArrayList<>(person.affiliations().size());
            LinkedHashSet<Organisation> organisations = new LinkedHashSet<>();
            LinkedHashSet<Sector> sectors = new LinkedHashSet<>();
            Resolved<String> effective = null;
            for (int k = 0; k < person.affiliations().size(); k++) {
                Affiliation affiliation = person.affiliations().get(k);
                String path = personPath + ".affiliations[" + k + "]";
                Optional<Organisation> organisation = affiliation.organisation().flatMap(event::organisation);
                String organisationPath = organisation.map(o -> "organisations[" + organisationIndex.get(o.id()) + "]")
                        .orElse(null);
                Optional<Resolved<Sector>> sector = affiliation.sector()
                        .map(s -> resolved(s, Origin.AFFILIATION, path + ".sector"))
                        .or(() -> organisation.flatMap(Organisation::sector)
                                .map(s -> resolved(s, Origin.ORGANISATION, organisationPath + ".sector")));
                Optional<Resolved<String>> country = affiliation.country()
                        .map(c -> resolved(c, Origin.AFFILIATION, path + ".country"))
                        .or(() -> organisation.flatMap(Organisation::country)
                                .map(c -> resolved(c, Origin.ORGANISATION, organisationPath + ".country")));
                affiliations.add(new ResolvedAffiliation(affiliation, path, organisation, sector, country));
                organisation.ifPresent(organisations::add);
                sector.ifPresent(s -> sectors.add(s.value()));
                if (effective == null && country.isPresent()) {
                    effective = country.get();
                }
            }
            if (effective == null && person.country().isPresent()) {
                effective = resolved(person.country().get(), Origin.PERSON, personPath + ".country");
            }
            return new PersonFacts(person, personPath, List.copyOf(affiliations), List.copyOf(organisations),
                    List.copyOf(sectors), effective);
        }

        private <T> Resolved<T> resolved(T value, Origin origin, String path) {
            Certainty certainty = paths == null ? Certainty.STATED : paths.certaintyOf(path);
            return new Resolved<>(value, origin, path, certainty);
        }
    }
}
