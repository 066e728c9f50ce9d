package org.disputatio.io.frab;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.disputatio.io.EventExporter;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.io.frab.internal.Schedule;
import org.disputatio.model.Event;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports an event as a c3voc/frab schedule in JSON, in the shape of the c3voc
 * {@code schedule2} JSON Schema: the conference with its days, rooms and tracks, then one flat
 * list of events with their participants. One frab event per timed agenda item, in one
 * language; what the format cannot carry is in the returned {@link ExportReport}. Beyond what
 * the XML form loses, the JSON form reduces item kinds and roles to frab's fixed lists, gives
 * items without a track the track {@value #DEFAULT_TRACK}, and gives each item a {@code urn:uuid}
 * URL, since items have no page of their own. Immutable and thread-safe.
 */
public final class FrabJsonExporter implements EventExporter {

    /** The slug of the track given to items that belong to none (frab JSON requires one). */
    public static final String DEFAULT_TRACK = "general";

    /** Item kinds and the frab event type each becomes; every other kind becomes {@code OTHER}. */
    private static final Map<String, String> TYPES = Map.of(
            "panel", "DISCUSSION", "dialogue", "DISCUSSION",
            "keynote", "TALK", "address", "TALK", "opening", "TALK", "conclusion", "TALK",
            "workshop", "WORKSHOP", "networking", "MEETING");

    /** Role codes that frab calls {@code MODERATOR}; every other role is a {@code SPEAKER}. */
    private static final Set<String> MODERATORS = Set.of("moderator", "chair");

    /** The time zone names the schema accepts. */
    private static final Pattern ZONE_NAME = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Creates the exporter. */
    public FrabJsonExporter() {
    }

    /**
     * The format's name.
     *
     * @return {@code frab JSON}
     */
    @Override
    public String name() {
        return "frab JSON";
    }

    /**
     * The file name ending.
     *
     * @return {@code [frab.json]}
     */
    @Override
    public List<String> fileExtensions() {
        return List.of("frab.json");
    }

    @Override
    public ExportReport export(Event event, OutputStream out, ExportSettings settings) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(settings, "settings");
        Schedule schedule = Schedule.of(event, settings, false);
        List<ExportReport.Loss> losses = new java.util.ArrayList<>(schedule.losses());
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("generator").put("name", "disputatio");
        ObjectNode document = root.putObject("schedule");
        document.put("version", "1");
        ObjectNode conference = document.putObject("conference");
        conference.put("acronym", schedule.acronym());
        conference.put("title", schedule.title());
        conference.put("start", Schedule.dateTime(schedule.days().get(0).start()));
        conference.put("end", Schedule.dateTime(schedule.days().get(schedule.days().size() - 1).end()));
        event.timeZone().map(zone -> zone.getId()).ifPresent(zone -> {
            if (ZONE_NAME.matcher(zone).find()) {
                conference.put("time_zone_name", zone);
            } else {
                losses.add(new ExportReport.Loss("time-zone-name",
                        "time zone " + zone + " not named (frab JSON takes Area/City names and UTC only)"));
            }
        });
        ArrayNode languages = conference.putArray("languages");
        Set<String> used = new LinkedHashSet<>(List.of(schedule.frabLanguage()));
        schedule.items().forEach(item -> used.add(item.language()));
        used.forEach(languages::add);
        ArrayNode days = conference.putArray("days");
        for (Schedule.Day day : schedule.days()) {
            ObjectNode node = days.addObject();
            node.put("index", day.index());
            node.put("date", day.date().toString());
            node.put("start", Schedule.dateTime(day.start()));
            node.put("end", Schedule.dateTime(day.end()));
        }
        ArrayNode rooms = conference.putArray("rooms");
        for (Schedule.RoomRef room : schedule.rooms()) {
            rooms.addObject().put("name", room.name()).put("guid", room.guid().toString());
        }
        Map<String, String> tracks = new LinkedHashMap<>();
        Map<String, String> trackSlugs = new LinkedHashMap<>();
        Set<String> usedTrackSlugs = new LinkedHashSet<>(Set.of(DEFAULT_TRACK));
        Set<String> slugs = new LinkedHashSet<>();
        int defaultTrack = 0;
        int other = 0;
        ArrayNode events = document.putArray("events");
        for (Schedule.Item item : schedule.items()) {
            ObjectNode node = events.addObject();
            node.put("guid", item.guid().toString());
            node.put("title", item.title());
            node.put("subtitle", item.subtitle().isEmpty() ? null : item.subtitle());
            String type = TYPES.getOrDefault(item.kind(), "OTHER");
            other += type.equals("OTHER") ? 1 : 0;
            node.put("type", type);
            node.put("start", Schedule.dateTime(item.start()));
            node.put("end", Schedule.dateTime(item.end()));
            node.putObject("room").put("name", item.room()).put("guid", item.roomGuid().toString());
            String track;
            if (item.trackId().isPresent()) {
                track = trackSlugs.computeIfAbsent(item.trackId().get(),
                        id -> unique(slugOf(id, "track"), usedTrackSlugs));
                tracks.putIfAbsent(track, item.trackName());
            } else {
                defaultTrack++;
                track = DEFAULT_TRACK;
                tracks.putIfAbsent(track, "General");
            }
            node.putObject("track").put("slug", track);
            node.put("slug", unique(schedule.acronym() + "-" + slugOf(item.itemId(), "item"), slugs));
            node.put("url", "urn:uuid:" + item.guid());
            node.put("language", item.language());
            node.put("abstract", item.abstractText());
            node.put("description", item.description().isEmpty() ? null : item.description());
            ArrayNode participants = node.putArray("participants");
            for (Schedule.Person person : item.persons()) {
                boolean moderator = person.roles().stream().anyMatch(MODERATORS::contains);
                participants.addObject().put("name", person.name()).put("guid", person.guid().toString())
                        .put("role", moderator ? "MODERATOR" : "SPEAKER");
            }
            node.putArray("links");
        }
        ArrayNode trackList = conference.putArray("tracks");
        tracks.forEach((slug, name) -> trackList.addObject().put("name", name).put("slug", slug));
        if (!schedule.items().isEmpty()) {
            losses.add(new ExportReport.Loss("item-kinds", "item kinds reduced to frab's event types ("
                    + other + " as OTHER)"));
            losses.add(new ExportReport.Loss("item-urls", "items have no page of their own: url given as urn:uuid"));
        }
        if (schedule.items().stream().anyMatch(item -> !item.persons().isEmpty())) {
            losses.add(new ExportReport.Loss("participant-roles", "roles reduced to frab's SPEAKER and MODERATOR"));
        }
        if (defaultTrack > 0) {
            losses.add(new ExportReport.Loss("default-track", defaultTrack + " item" + (defaultTrack == 1 ? "" : "s")
                    + " without a track given the track \u201c" + DEFAULT_TRACK + "\u201d"));
        }
        try {
            MAPPER.writeValue(out, root);
            out.flush();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportReport(name(), losses);
    }

    /** A slug frab JSON accepts ({@code ^[a-z0-9_-]+[a-z0-9]$}), from an id. */
    private static String slugOf(String id, String fallback) {
        String slug = Schedule.slug(id).replaceAll("[_-]+$", "");
        return slug.length() < 2 ? fallback + (slug.isEmpty() ? "" : "-" + slug) : slug;
    }

    private static String unique(String slug, Set<String> used) {
        String candidate = slug;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
