package org.disputatio.io.frab.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Definition;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Room;
import org.disputatio.model.Speaker;
import org.disputatio.model.Track;
import org.disputatio.model.Venue;
import org.disputatio.model.Vocabulary;

/**
 * An event as a frab schedule holds it, whatever the syntax: the conference, its days, the rooms
 * of each day and their events (our timed agenda items), with the losses found on the way. The
 * XML and JSON exporters write this; each adds the losses of its own syntax.
 */
public final class Schedule {

    /** The room of items that name none, where the event has no venue name to use. */
    public static final String DEFAULT_ROOM = "Main room";

    /** A person on a frab event. */
    public record Person(String id, String name, UUID guid, List<String> roles) {
    }

    /** A frab event: one timed agenda item. */
    public record Item(int number, UUID guid, String itemId, String kind, String title, String subtitle,
            String abstractText, String description, ZonedDateTime start, ZonedDateTime end, String room,
            UUID roomGuid, Optional<String> trackId, String trackName, String language, List<Person> persons) {

        /**
         * The duration, as frab writes it.
         *
         * @return {@code H:MM}, {@code 0:00} for an item without an end
         */
        public String duration() {
            long minutes = Duration.between(start, end).toMinutes();
            return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
        }
    }

    /** A room of the schedule. */
    public record RoomRef(String name, UUID guid) {
    }

    /** A day: its window and its items by room, rooms in order of first use. */
    public record Day(int index, LocalDate date, ZonedDateTime start, ZonedDateTime end,
            Map<String, List<Item>> rooms) {
    }

    private final Event event;
    private final String language;
    private final String frabLanguage;
    private final String title;
    private final String acronym;
    private final List<Day> days = new ArrayList<>();
    private final List<Item> items = new ArrayList<>();
    private final Map<String, RoomRef> rooms = new LinkedHashMap<>();
    private final List<ExportReport.Loss> losses = new ArrayList<>();

    // counts for the losses
    private final Map<String, Integer> dropped = new TreeMap<>();
    private final Map<String, Integer> fallbacks = new TreeMap<>();
    private int untimed;
    private int unscheduled;
    private int nested;
    private int derivedEnds;
    private int zeroDurations;
    private int defaultRoom;
    private int severalRooms;
    private int withConditions;
    private boolean participants;
    private final Set<String> personDetails = new LinkedHashSet<>();
    private String defaultRoomName;
    private final Map<String, String> roomNames = new LinkedHashMap<>();
    private final Set<String> itemIds = new java.util.HashSet<>();
    private final Map<String, String> trackNames = new LinkedHashMap<>();

    private final boolean xml;

    private Schedule(Event event, ExportSettings settings, boolean xml) {
        this.event = event;
        this.xml = xml;
        this.language = settings.language()
                .or(() -> event.languages().stream().findFirst())
                .orElseThrow(() -> EventWriteException.at("languages",
                        "frab holds one language per event: the event declares none, so name one to export"));
        this.frabLanguage = frabLanguage(language, settings.language().isPresent() ? "" : "languages[0]");
        this.title = text(event.title(), "title").orElseGet(() -> writable(event.id(), "id"));
        this.acronym = acronym(event.id());
    }

    /**
     * Builds the schedule of an event.
     *
     * @param event the event
     * @param settings the language to export
     * @param xml whether the schedule is written as XML, which refuses more characters than JSON
     * @return the schedule
     * @throws EventWriteException if the event holds what frab cannot take, such as timed items
     *     without a time zone, or refers to a room, track or person it does not have
     */
    public static Schedule of(Event event, ExportSettings settings, boolean xml) {
        Schedule schedule = new Schedule(event, settings, xml);
        schedule.build();
        return schedule;
    }

    private void build() {
        Optional<ZoneId> zone = event.timeZone();
        List<ProgrammeDay> programmeDays = event.programme().days();
        if (programmeDays.isEmpty()) {
            if (event.startDate() == null) {
                throw EventWriteException.at("startDate", "frab needs the event's dates or programme days");
            }
            LocalDate last = event.endDate() == null || event.endDate().isBefore(event.startDate())
                    ? event.startDate() : event.endDate();
            for (LocalDate date = event.startDate(); !date.isAfter(last); date = date.plusDays(1)) {
                days.add(new Day(days.size() + 1, date, midnight(date, zone), midnight(date.plusDays(1), zone),
                        Map.of()));
            }
        }
        boolean dayLabels = false;
        for (int d = 0; d < programmeDays.size(); d++) {
            ProgrammeDay day = programmeDays.get(d);
            String path = "programme.days[" + d + "]";
            if (day.date() == null) {
                throw EventWriteException.at(path + ".date", "the day has no date, and frab days need one");
            }
            dayLabels |= !day.label().isEmpty();
            List<Placed> timed = new ArrayList<>();
            for (int i = 0; i < day.items().size(); i++) {
                collect(day.items().get(i), path + ".items[" + i + "]", 0, List.of(), Optional.empty(), timed);
            }
            if (!timed.isEmpty() && zone.isEmpty()) {
                throw EventWriteException.at("timeZone",
                        "frab needs the event's time zone to write the times of its items ("
                                + timed.get(0).path() + " starts at " + timed.get(0).item().start().orElseThrow() + ")");
            }
            Map<String, List<Item>> byRoom = new LinkedHashMap<>();
            ZonedDateTime dayStart = null;
            ZonedDateTime dayEnd = null;
            for (int i = 0; i < timed.size(); i++) {
                Item item = item(day.date(), zone.orElseThrow(), timed, i);
                items.add(item);
                byRoom.computeIfAbsent(item.room(), r -> new ArrayList<>()).add(item);
                dayStart = dayStart == null || item.start().isBefore(dayStart) ? item.start() : dayStart;
                dayEnd = dayEnd == null || item.end().isAfter(dayEnd) ? item.end() : dayEnd;
            }
            if (dayStart == null) {
                dayStart = midnight(day.date(), zone);
                dayEnd = midnight(day.date().plusDays(1), zone);
            }
            days.add(new Day(d + 1, day.date(), dayStart, dayEnd, byRoom));
        }
        for (AgendaItem item : event.programme().unscheduled()) {
            unscheduled += (int) item.withDescendants().count();
        }
        report(zone, dayLabels);
    }

    /** A timed item with where it is and what it inherits from its parents. */
    private record Placed(AgendaItem item, String path, int depth, List<String> rooms, Optional<String> track) {
    }

    private void collect(AgendaItem item, String path, int depth, List<String> parentRooms,
            Optional<String> parentTrack, List<Placed> timed) {
        List<String> rooms = item.rooms().isEmpty() ? parentRooms : item.rooms();
        Optional<String> track = item.track().or(() -> parentTrack);
        if (item.start().isPresent()) {
            timed.add(new Placed(item, path, depth, rooms, track));
            if (depth > 0) {
                nested++;
            }
        } else {
            untimed++;
        }
        for (int i = 0; i < item.items().size(); i++) {
            collect(item.items().get(i), path + ".items[" + i + "]", depth + 1, rooms, track, timed);
        }
    }

    private Item item(LocalDate date, ZoneId zone, List<Placed> timed, int index) {
        Placed placed = timed.get(index);
        AgendaItem item = placed.item();
        String path = placed.path();
        if (!itemIds.add(item.id())) {
            throw EventWriteException.at(path + ".id", "another item has the id '" + item.id()
                    + "', and frab GUIDs, which must be unique, derive from it");
        }
        LocalTime startTime = item.start().orElseThrow();
        ZonedDateTime start = ZonedDateTime.of(date, startTime, zone);
        ZonedDateTime end;
        if (item.end().isPresent()) {
            LocalTime endTime = item.end().get();
            end = ZonedDateTime.of(endTime.isBefore(startTime) ? date.plusDays(1) : date, endTime, zone);
        } else {
            Optional<LocalTime> next = timed.stream().skip(index + 1L)
                    .map(p -> p.item().start().orElseThrow())
                    .filter(t -> t.isAfter(startTime)).findFirst();
            if (next.isPresent()) {
                derivedEnds++;
                end = ZonedDateTime.of(date, next.get(), zone);
            } else {
                zeroDurations++;
                end = start;
            }
        }
        if (Duration.between(start, end).toHours() > 99) {
            throw EventWriteException.at(path + ".end", "frab durations stop at 99:59");
        }
        if (!item.conditions().isEmpty()) {
            withConditions++;
        }

        Optional<String> titleText = text(item.title(), path + ".title");
        Optional<String> headingText = titleText.isPresent() ? text(item.heading(), path + ".heading") : Optional.empty();
        String kindLabel = label(Vocabulary.ITEM_KIND, item.kind().code());
        String itemTitle = titleText.or(() -> text(item.heading(), path + ".heading")).orElse(kindLabel);
        List<String> subtitleParts = new ArrayList<>();
        headingText.ifPresent(subtitleParts::add);
        if (item instanceof Panel panel && panel.label().isPresent()) {
            subtitleParts.add(kindLabel + " " + panel.label().get());
        }
        String abstractText = text(item.description(), path + ".description").orElse("");

        String roomName = room(placed, path);
        RoomRef room = rooms.computeIfAbsent(roomName, name -> new RoomRef(name, guid("room", name)));

        String trackName = "";
        if (placed.track().isPresent()) {
            String trackId = placed.track().get();
            trackName = trackNames.get(trackId);
            if (trackName == null) {
                Track track = event.programme().track(trackId).orElseThrow(() -> EventWriteException.at(
                        path + ".track", "no track has the id '" + trackId + "' in the programme's tracks"));
                trackName = text(track.name(), "programme.tracks[" + trackId + "].name")
                        .orElse(writable(trackId, path + ".track"));
                trackNames.put(trackId, trackName);
            }
        }

        Map<String, Person> persons = new LinkedHashMap<>();
        StringBuilder description = new StringBuilder();
        Map<String, List<Participation>> byRole = item.participantsByRole();
        int p = 0;
        for (Map.Entry<String, List<Participation>> role : byRole.entrySet()) {
            if (description.length() > 0) {
                description.append('\n');
            }
            description.append(roleLabel(role.getKey())).append(": ");
            List<String> names = new ArrayList<>();
            for (Participation participation : role.getValue()) {
                String ppath = path + ".participants[" + item.participants().indexOf(participation) + "]";
                Speaker speaker = event.person(participation.person()).orElseThrow(() -> EventWriteException.at(
                        ppath + ".person", "no person has the id '" + participation.person() + "' in the event's people"));
                String name = writable(printedName(speaker), "people[" + speaker.id() + "].name.printed");
                noteDetails(speaker);
                Person person = persons.computeIfAbsent(speaker.id(),
                        id -> new Person(id, name, guid("person", id), new ArrayList<>()));
                person.roles().add(role.getKey());
                StringBuilder entry = new StringBuilder(name);
                Optional<String> contribution = text(participation.title(), ppath + ".title");
                Optional<String> about = text(participation.description(), ppath + ".description");
                contribution.ifPresent(t -> entry.append(" (\u201c").append(t).append("\u201d)"));
                about.ifPresent(t -> entry.append(": ").append(t));
                names.add(entry.toString());
                participants = true;
                p++;
            }
            description.append(String.join("; ", names));
        }
        String itemLanguage = item.title().isEmpty() || item.title().findTranslation(List.of(language)).isPresent()
                ? frabLanguage
                : frabLanguage(item.title().resolveTranslation(List.of()).orElseThrow().languageTag(), path + ".title");
        return new Item(items.size() + 1, guid("item", item.id()), item.id(), item.kind().code(), itemTitle,
                String.join(" \u00b7 ", subtitleParts), abstractText, description.toString(), start, end,
                room.name(), room.guid(), placed.track(), trackName, itemLanguage, List.copyOf(persons.values()));
    }

    private String room(Placed placed, String path) {
        List<String> ids = placed.rooms();
        if (ids.isEmpty()) {
            defaultRoom++;
            return defaultRoomName();
        }
        if (ids.size() > 1) {
            severalRooms++;
        }
        String id = ids.get(0);
        String known = roomNames.get(id);
        if (known != null) {
            return known;
        }
        Room room = event.venue().flatMap(v -> v.room(id)).orElseThrow(() -> EventWriteException.at(path + ".rooms[0]",
                "no room has the id '" + id + "' in the venue's rooms"));
        String name = text(room.name(), "venue.rooms[" + id + "].name").orElse(writable(id, path + ".rooms[0]"));
        roomNames.put(id, name);
        return name;
    }

    private String defaultRoomName() {
        if (defaultRoomName == null) {
            defaultRoomName = event.venue().flatMap(v -> text(v.name(), "venue.name")).orElse(DEFAULT_ROOM);
        }
        return defaultRoomName;
    }

    private static String printedName(Speaker speaker) {
        return speaker.name() == null || speaker.name().printed().isBlank() ? speaker.displayName()
                : speaker.name().printed();
    }

    private void noteDetails(Speaker speaker) {
        if (speaker.honorific().isPresent()) {
            personDetails.add("honorifics");
        }
        if (!speaker.affiliations().isEmpty()) {
            personDetails.add("affiliations");
        }
        if (speaker.country().isPresent()) {
            personDetails.add("countries");
        }
        if (!speaker.externalIds().isEmpty()) {
            personDetails.add("external ids");
        }
    }

    private String roleLabel(String code) {
        return writable(event.role(code).flatMap(role -> quiet(role.label())).orElse(code), "roles[" + code + "].label");
    }

    private String label(Vocabulary vocabulary, String code) {
        return writable(event.definition(vocabulary, code).map(Definition::label).flatMap(this::quiet).orElse(code),
                "itemKinds[" + code + "].label");
    }

    /** A vocabulary label in the language, else English, else any: labels are not counted. */
    private Optional<String> quiet(LocalizedText text) {
        return text.resolve(language, "en");
    }

    /**
     * The text in the chosen language; where it is missing, in its first language, counted as a
     * fallback. Translations not written are counted as dropped.
     */
    private Optional<String> text(LocalizedText text, String path) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalizedText.Translation> chosen = text.findTranslation(List.of(language));
        LocalizedText.Translation written = chosen.orElseGet(() -> text.resolveTranslation(List.of()).orElseThrow());
        if (chosen.isEmpty()) {
            fallbacks.merge(written.languageTag(), 1, Integer::sum);
        }
        for (String tag : text.languages()) {
            if (!tag.equals(written.languageTag())) {
                dropped.merge(tag, 1, Integer::sum);
            }
        }
        return Optional.of(writable(written.text(), path + "." + written.languageTag()));
    }

    /**
     * The string, if the syntax can hold it: no lone surrogate (UTF-8 has none), and in XML only
     * XML 1.0 characters.
     */
    private String writable(String value, String path) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean ok = !Character.isSurrogate((char) c)
                    && (!xml || c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000);
            if (!ok) {
                throw EventWriteException.at(path, String.format(Locale.ROOT,
                        "the character U+%04X at index %d cannot be written in frab %s", c, i, xml ? "XML" : "JSON"));
            }
            i += Character.charCount(c);
        }
        return value;
    }

    private static String frabLanguage(String tag, String path) {
        String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (!primary.matches("[a-z]{2}")) {
            throw EventWriteException.at(path, "frab holds two-letter ISO 639-1 languages only, and '" + tag
                    + "' has none" + (path.isEmpty() ? " (the language chosen for the export)" : ""));
        }
        return primary;
    }

    private UUID guid(String kind, String id) {
        return NameBasedUuids.v5(NameBasedUuids.NAMESPACE_URL, name(event.id(), kind, id));
    }

    /**
     * The name a GUID is derived from: {@code urn:disputatio:EVENT:KIND:ID}, each id percent-encoded.
     *
     * @param eventId the event's id
     * @param kind {@code item}, {@code room} or {@code person}
     * @param id the item's id, the room's name or the person's id
     * @return the name
     */
    static String name(String eventId, String kind, String id) {
        return "urn:disputatio:" + URLEncoder.encode(eventId, StandardCharsets.UTF_8) + ":" + kind + ":"
                + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /**
     * A time as frab writes it, with seconds and the offset: {@code 2017-04-06T09:30:00+02:00}.
     *
     * @param time the time
     * @return the text
     */
    public static String dateTime(ZonedDateTime time) {
        return DATE_TIME.format(time);
    }

    private static ZonedDateTime midnight(LocalDate date, Optional<ZoneId> zone) {
        return date.atStartOfDay(zone.orElse(ZoneOffset.UTC));
    }

    /**
     * A slug: lower-case ASCII letters, digits and underscores, hyphens between words.
     *
     * @param text any text
     * @return the slug, possibly empty
     */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * The conference acronym frab wants ({@code [a-z0-9_]}, four characters at least): the event's
     * id as a slug with underscores for hyphens, padded with underscores.
     *
     * @param eventId the event's id
     * @return the acronym
     */
    static String acronym(String eventId) {
        StringBuilder acronym = new StringBuilder(slug(eventId).replace('-', '_'));
        while (acronym.length() < 4) {
            acronym.append('_');
        }
        return acronym.toString();
    }

    private void report(Optional<ZoneId> zone, boolean dayLabels) {
        if (untimed > 0) {
            loss("untimed-items", count(untimed, "untimed item") + " omitted");
        }
        if (unscheduled > 0) {
            loss("unscheduled-items", count(unscheduled, "unscheduled item") + " omitted");
        }
        if (nested > 0) {
            loss("nested-items", count(nested, "nested item") + (nested == 1
                    ? " exported as an event of its own beside its parent"
                    : " exported as events of their own beside their parents"));
        }
        if (derivedEnds > 0) {
            loss("derived-ends", count(derivedEnds, "item") + " without an end given the next item's start as end");
        }
        if (zeroDurations > 0) {
            loss("zero-durations", count(zeroDurations, "item") + " without an end and no later item given duration 0:00");
        }
        if (defaultRoom > 0) {
            loss("default-room", count(defaultRoom, "item") + " without a room placed in \u201c" + defaultRoomName + "\u201d");
        }
        if (severalRooms > 0) {
            loss("several-rooms", count(severalRooms, "item") + " in several rooms listed in the first only");
        }
        if (zone.isEmpty()) {
            loss("no-time-zone", "no time zone: day boundaries written in UTC");
        }
        for (Map.Entry<String, Integer> missing : fallbacks.entrySet()) {
            loss("missing-translations", count(missing.getValue(), "text") + " missing in " + language
                    + " written in " + missing.getKey());
        }
        for (Map.Entry<String, Integer> drop : dropped.entrySet()) {
            loss("other-languages", count(drop.getValue(), "text") + " in " + drop.getKey()
                    + " dropped (language chosen: " + language + ")");
        }
        if (participants) {
            loss("roles-flattened", "roles and contributions flattened into the description");
        }
        if (!personDetails.isEmpty()) {
            loss("person-details", words(List.copyOf(personDetails)) + " of people not exported");
        }
        if (withConditions > 0) {
            loss("conditions", "conditions of " + count(withConditions, "item") + " not exported");
        }
        if (dayLabels) {
            loss("day-labels", "day headings not exported");
        }
        List<String> parts = new ArrayList<>();
        if (!event.subtitle().isEmpty()) {
            parts.add("subtitle");
        }
        if (!event.description().isEmpty()) {
            parts.add("description");
        }
        if (event.venue().map(Schedule::hasDetails).orElse(false)) {
            parts.add("venue");
        }
        if (!event.involvements().isEmpty() || !event.organisations().isEmpty()) {
            parts.add("organisations");
        }
        if (!event.audience().groups().isEmpty() || !event.audience().admission().isEmpty()) {
            parts.add("audience");
        }
        if (!event.links().isEmpty()) {
            parts.add("links");
        }
        if (!event.proceedings().isEmpty()) {
            parts.add("proceedings");
        }
        if (!event.provenance().sources().isEmpty() || !event.provenance().claims().isEmpty()
                || !event.provenance().notes().isEmpty()) {
            parts.add("provenance");
        }
        if (!parts.isEmpty()) {
            loss("event-details", words(parts) + " not exported");
        }
    }

    private static boolean hasDetails(Venue venue) {
        return venue.address().isPresent() || !venue.access().isEmpty() || !venue.facilities().isEmpty();
    }

    private void loss(String code, String text) {
        losses.add(new ExportReport.Loss(code, text));
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String words(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /**
     * The event exported.
     *
     * @return the event
     */
    public Event event() {
        return event;
    }

    /**
     * The language chosen, as given.
     *
     * @return the language tag
     */
    public String language() {
        return language;
    }

    /**
     * The language chosen, as frab writes it.
     *
     * @return a two-letter code
     */
    public String frabLanguage() {
        return frabLanguage;
    }

    /**
     * The conference's title in the language chosen, or the event's id.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The conference's acronym.
     *
     * @return the acronym
     */
    public String acronym() {
        return acronym;
    }

    /**
     * The days, in order; at least one.
     *
     * @return the days
     */
    public List<Day> days() {
        return days;
    }

    /**
     * Every frab event, in order.
     *
     * @return the items exported
     */
    public List<Item> items() {
        return items;
    }

    /**
     * The rooms, in order of first use.
     *
     * @return the rooms
     */
    public List<RoomRef> rooms() {
        return List.copyOf(rooms.values());
    }

    /**
     * What the schedule could not carry, whatever the syntax.
     *
     * @return the losses, in a fixed order
     */
    public List<ExportReport.Loss> losses() {
        return losses;
    }
}
