package org.disputatio.io.ical;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.CalendarUserType;
import biweekly.property.Attendee;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import org.disputatio.io.EventExporter;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.io.ical.internal.OctetFoldingWriter;
import org.disputatio.io.ical.internal.Texts;
import org.disputatio.io.ical.internal.TimeZones;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Definition;
import org.disputatio.model.Event;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Room;
import org.disputatio.model.Speaker;
import org.disputatio.model.Track;
import org.disputatio.model.Venue;
import org.disputatio.model.Vocabulary;

/**
 * Exports an event to iCalendar (RFC 5545), written by biweekly, for calendar applications.
 *
 * <p>The calendar holds one all-day VEVENT for the event itself (its dates, title, subtitle,
 * description and venue), then one VEVENT per timed agenda item, nested items included, each
 * with:
 * <ul>
 * <li>a UID derived from the event's id and the item's id
 *     ({@code disputatio:unesco-2017:item:panel-1}); an item without an id gets one from its place
 *     ({@code disputatio:unesco-2017:position:2017-04-06:3.1}, the third item of the day, its first
 *     child), so that the same event exported twice gives the same UIDs;</li>
 * <li>DTSTART, and DTEND when the item has an end, with the TZID of the event's zone and a
 *     VTIMEZONE made from the JDK's rules (no network); floating times if the event has no zone;</li>
 * <li>SUMMARY: the title, else the heading, else the label of the item's kind;</li>
 * <li>DESCRIPTION: the panel's number, the heading, the description, then one line per
 *     participant, with the role's label, the name as printed and the contribution;</li>
 * <li>LOCATION: the item's rooms (else those of the nearest enclosing item that names rooms),
 *     the venue and its address;</li>
 * <li>CATEGORIES: the label of the item's kind and the name of its track;</li>
 * <li>an ATTENDEE per participant: the name as printed (CN), the role's label
 *     ({@code X-DISPUTATIO-ROLE}), and a stable {@code urn:uuid:} for the person;</li>
 * <li>RELATED-TO the VEVENT of the nearest enclosing timed item, else the event's.</li>
 * </ul>
 * Texts are in the language of the {@link ExportSettings} (default: the event's first). Untimed
 * and unscheduled items are left out; they, the texts in other languages and what iCalendar has no
 * place for are named in the returned {@link ExportReport}. Immutable and thread-safe.
 */
public final class ICalendarExporter implements EventExporter {

    /** The property parameter that carries a participant's role as printed. */
    public static final String ROLE_PARAMETER = "X-DISPUTATIO-ROLE";

    private static final String PRODUCT_ID = "-//Disputatio//Disputatio iCalendar export//EN";

    private final Clock clock;

    /** An exporter that stamps each VEVENT (DTSTAMP) with the time of the export. */
    public ICalendarExporter() {
        this(Clock.systemUTC());
    }

    /**
     * An exporter that stamps each VEVENT (DTSTAMP) with this clock's time, to the second: a fixed
     * clock gives the same file for the same event.
     *
     * @param clock the clock
     * @throws NullPointerException if the clock is null
     */
    public ICalendarExporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "iCalendar";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("ics");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the settings' language is not a well-formed language tag
     */
    @Override
    public ExportReport export(Event event, OutputStream out, ExportSettings settings) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(settings, "settings");
        Export export = new Export(event, new Texts(event, settings.language()),
                Date.from(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        ICalendar calendar = export.calendar();
        try {
            Writer writer = new OctetFoldingWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            // biweekly folds at 75 characters, not octets: OctetFoldingWriter folds instead
            Biweekly.write(calendar).version(ICalVersion.V2_0).caretEncoding(true).foldLines(false).go(writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the iCalendar document: " + e.getMessage(), e);
        }
        return new ExportReport(name(), export.losses());
    }

    /** One export: the calendar being built and what it could not carry. */
    private static final class Export {
        private final Event event;
        private final Texts texts;
        private final Date stamp;
        private final Optional<ZoneId> zone;
        private final String eventUid;
        private final Set<String> uids = new HashSet<>();
        private final ICalendar calendar = new ICalendar();
        private int untimed;
        private int unscheduled;
        private int conditions;

        Export(Event event, Texts texts, Date stamp) {
            this.event = event;
            this.texts = texts;
            this.stamp = stamp;
            this.zone = event.timeZone();
            if (event.id() == null || event.id().isBlank()) {
                throw EventWriteException.at("id", "the event has no id, from which the UIDs are derived");
            }
            this.eventUid = "disputatio:" + encode(event.id());
            if (event.startDate() == null || event.endDate() == null) {
                throw EventWriteException.at(event.startDate() == null ? "startDate" : "endDate",
                        "the event has no " + (event.startDate() == null ? "start" : "end")
                                + " date, which its own VEVENT needs");
            }
        }

        ICalendar calendar() {
            calendar.setProductId(PRODUCT_ID);
            Optional<String> title = texts.of(event.title(), "title");
            title.ifPresent(name -> {
                calendar.setName(name);
                calendar.setExperimentalProperty("X-WR-CALNAME", name);
            });
            zone.ifPresent(id -> {
                calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(id),
                        TimeZones.component(id, event.startDate(), event.endDate())));
                calendar.setExperimentalProperty("X-WR-TIMEZONE", id.getId());
            });
            if (zone.isEmpty()) {
                calendar.getTimezoneInfo().setGlobalFloatingTime(true);
            }
            calendar.addEvent(wholeEvent(title));
            List<ProgrammeDay> days = event.programme().days();
            for (int d = 0; d < days.size(); d++) {
                ProgrammeDay day = days.get(d);
                String path = "programme.days[" + d + "]";
                if (day.date() == null) {
                    throw EventWriteException.at(path + ".date", "the day has no date");
                }
                items(day.date(), day.items(), path, day.date() + ":", eventUid, List.of());
            }
            event.programme().unscheduled().forEach(item -> unscheduled += (int) item.withDescendants().count());
            return calendar;
        }

        private VEvent wholeEvent(Optional<String> title) {
            VEvent vevent = vevent(eventUid, "id");
            vevent.setSummary(title.orElse(event.id()));
            vevent.setDateStart(new DateStart(date(event.startDate()), false));
            vevent.setDateEnd(new DateEnd(date(event.endDate().plusDays(1)), false));
            List<String> blocks = new ArrayList<>();
            texts.of(event.subtitle(), "subtitle").ifPresent(blocks::add);
            texts.of(event.description(), "description").ifPresent(blocks::add);
            if (!blocks.isEmpty()) {
                vevent.setDescription(String.join("\n\n", blocks));
            }
            location(List.of(), "venue").ifPresent(vevent::setLocation);
            Optional.ofNullable(event.kind()).flatMap(kind -> event.definition(Vocabulary.EVENT_KIND, kind.code()))
                    .flatMap(kind -> texts.label(kind.label(), "kind"))
                    .ifPresent(vevent::addCategories);
            return vevent;
        }

        private static ICalDate date(LocalDate date) {
            return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
                    0, 0, 0, false), false);
        }

        private void items(LocalDate date, List<AgendaItem> items, String parentPath, String position,
                String parentUid, List<String> enclosingRooms) {
            for (int i = 0; i < items.size(); i++) {
                AgendaItem item = items.get(i);
                String path = parentPath + ".items[" + i + "]";
                String place = position + (i + 1);
                List<String> rooms = item.rooms().isEmpty() ? enclosingRooms : item.rooms();
                String uid = parentUid;
                if (item.start().isEmpty()) {
                    untimed++;
                } else {
                    uid = uid(item, path, place);
                    calendar.addEvent(item(date, item, path, uid, parentUid, rooms));
                }
                items(date, item.items(), path, place + ".", uid, rooms);
            }
        }

        private String uid(AgendaItem item, String path, String place) {
            String uid = item.id() == null || item.id().isBlank()
                    ? eventUid + ":position:" + place
                    : eventUid + ":item:" + encode(item.id());
            if (!uids.add(uid)) {
                throw EventWriteException.at(path + ".id", "another item has the id '" + item.id()
                        + "': each VEVENT needs its own UID");
            }
            return uid;
        }

        private VEvent item(LocalDate date, AgendaItem item, String path, String uid, String parentUid,
                List<String> rooms) {
            VEvent vevent = vevent(uid, path + ".id");
            LocalTime start = item.start().orElseThrow();
            vevent.setDateStart(new DateStart(instant(date, start, path + ".start"), true));
            if (item.end().isPresent()) {
                LocalTime end = item.end().get();
                if (end.isBefore(start)) {
                    throw EventWriteException.at(path + ".end", "the item ends at " + end + ", before it starts at "
                            + start + "; iCalendar cannot carry an end before the start");
                }
                vevent.setDateEnd(new DateEnd(instant(date, end, path + ".end"), true));
            }
            Optional<String> kindCode = Optional.ofNullable(item.kind()).map(AgendaItemKind::code);
            Optional<String> kindLabel = kindCode.flatMap(code -> event.definition(Vocabulary.ITEM_KIND, code))
                    .flatMap(kind -> texts.label(kind.label(), path + ".kind")).or(() -> kindCode);
            Optional<String> title = texts.of(item.title(), path + ".title");
            Optional<String> heading = texts.of(item.heading(), path + ".heading");
            vevent.setSummary(title.or(() -> heading).or(() -> kindLabel).orElse(uid));
            vevent.setDescription(description(item, path, title.isPresent() ? heading : Optional.empty(),
                    kindLabel).orElse(null));
            location(rooms, path + ".rooms").ifPresent(vevent::setLocation);
            List<String> categories = new ArrayList<>();
            kindLabel.ifPresent(categories::add);
            if (item.track().isPresent()) {
                Track track = event.programme().track(item.track().get()).orElseThrow(() -> EventWriteException.at(
                        path + ".track", "the programme has no track of id '" + item.track().get() + "'"));
                texts.of(track.name(), "programme.tracks." + track.id() + ".name").ifPresent(categories::add);
            }
            if (!categories.isEmpty()) {
                vevent.addCategories(categories);
            }
            List<Participation> participants = item.participants();
            for (int p = 0; p < participants.size(); p++) {
                Participation participation = participants.get(p);
                String participantPath = path + ".participants[" + p + "]";
                Attendee attendee = new Attendee(person(participation, participantPath).displayName(), null,
                        personUri(participation.person()));
                attendee.setCalendarUserType(CalendarUserType.INDIVIDUAL);
                attendee.getParameters().put(ROLE_PARAMETER, role(participation, participantPath));
                vevent.addAttendee(attendee);
            }
            vevent.addRelatedTo(parentUid);
            if (!item.conditions().isEmpty()) {
                conditions++;
            }
            return vevent;
        }

        private VEvent vevent(String uid, String path) {
            VEvent vevent = new VEvent();
            vevent.setUid(Texts.checked(uid, path));
            vevent.setDateTimeStamp(stamp);
            return vevent;
        }

        /** The instant of a local time on a day, in the event's zone, or floating. */
        private Date instant(LocalDate date, LocalTime time, String path) {
            LocalDateTime local = date.atTime(time);
            // biweekly writes a date-time in the zone assigned to the calendar; a floating one
            // (no zone) in the JVM's default zone, from which it is computed here.
            ZoneId in = zone.orElseGet(ZoneId::systemDefault);
            java.time.ZonedDateTime zoned = local.atZone(in);
            if (!zoned.toLocalDateTime().equals(local)) {
                throw EventWriteException.at(path, local + " does not exist in " + in
                        + (zone.isPresent() ? " (a daylight-saving gap)"
                                : ", this machine's time zone, in which biweekly writes floating times"
                                        + " (a daylight-saving gap): give the event a time zone"));
            }
            return Date.from(zoned.toInstant());
        }

        private Optional<String> description(AgendaItem item, String path, Optional<String> heading,
                Optional<String> kindLabel) {
            List<String> blocks = new ArrayList<>();
            if (item instanceof Panel panel && panel.label().isPresent()) {
                blocks.add(kindLabel.orElse("Panel") + " " + Texts.checked(panel.label().get(),
                        path + ".label"));
            }
            heading.ifPresent(blocks::add);
            texts.of(item.description(), path + ".description").ifPresent(blocks::add);
            List<String> lines = new ArrayList<>();
            List<Participation> participants = item.participants();
            for (int p = 0; p < participants.size(); p++) {
                Participation participation = participants.get(p);
                String participantPath = path + ".participants[" + p + "]";
                StringBuilder line = new StringBuilder(role(participation, participantPath)).append(": ")
                        .append(person(participation, participantPath).displayName());
                texts.of(participation.title(), participantPath + ".title").ifPresent(t -> line.append(" — ").append(t));
                texts.of(participation.description(), participantPath + ".description")
                        .ifPresent(t -> line.append(" (").append(t).append(')'));
                lines.add(line.toString());
            }
            if (!lines.isEmpty()) {
                blocks.add(String.join("\n", lines));
            }
            return blocks.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", blocks));
        }

        private Speaker person(Participation participation, String path) {
            Speaker speaker = event.person(participation.person()).orElseThrow(() -> EventWriteException.at(
                    path + ".person", "the event has no person of id '" + participation.person() + "'"));
            Texts.checked(speaker.displayName(), "people." + speaker.id() + ".name");
            return speaker;
        }

        private String role(Participation participation, String path) {
            Optional<Definition> role = event.definition(Vocabulary.ROLE, participation.role());
            return role.flatMap(definition -> texts.label(definition.label(), "roles." + participation.role() + ".label"))
                    .orElse(Texts.checked(participation.role(), path + ".role"));
        }

        private String personUri(String personId) {
            return "urn:uuid:" + UUID.nameUUIDFromBytes((eventUid + ":person:" + encode(personId))
                    .getBytes(StandardCharsets.UTF_8));
        }

        private Optional<String> location(List<String> roomIds, String path) {
            List<String> parts = new ArrayList<>();
            Optional<Venue> venue = event.venue();
            for (int r = 0; r < roomIds.size(); r++) {
                String id = roomIds.get(r);
                Room room = venue.flatMap(v -> v.room(id)).orElseThrow(() -> EventWriteException.at(path,
                        "the venue has no room of id '" + id + "'"));
                parts.add(texts.of(room.name(), "venue.rooms." + id + ".name").orElse(id));
            }
            if (venue.isPresent()) {
                texts.of(venue.get().name(), "venue.name").ifPresent(parts::add);
                venue.get().address().ifPresent(address -> parts.addAll(address(address)));
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
        }

        private static List<String> address(PostalAddress address) {
            List<String> parts = new ArrayList<>();
            address.street().ifPresent(parts::add);
            String town = String.join(" ", address.postalCode().stream().toList())
                    + address.locality().map(l -> (address.postalCode().isPresent() ? " " : "") + l).orElse("");
            if (!town.isEmpty()) {
                parts.add(town);
            }
            address.district().ifPresent(parts::add);
            address.country().ifPresent(parts::add);
            parts.replaceAll(part -> Texts.checked(part, "venue.address"));
            return parts;
        }

        List<ExportReport.Loss> losses() {
            List<ExportReport.Loss> losses = new ArrayList<>();
            if (untimed > 0) {
                losses.add(new ExportReport.Loss("untimed-items", count(untimed, "untimed item") + " omitted"));
            }
            if (unscheduled > 0) {
                losses.add(new ExportReport.Loss("unscheduled-items",
                        count(unscheduled, "unscheduled item") + " omitted"));
            }
            List<String> dropped = texts.dropped();
            if (!dropped.isEmpty()) {
                List<String> names = dropped.stream().map(Texts::name).toList();
                losses.add(new ExportReport.Loss("other-languages", String.join(" and ", names)
                        + " text dropped (language chosen: " + texts.chosen() + ")"));
            }
            if (texts.fallbacks() > 0) {
                losses.add(new ExportReport.Loss("language-fallback", count(texts.fallbacks(), "text")
                        + " not in " + texts.chosen() + " exported in another language"));
            }
            if (conditions > 0) {
                losses.add(new ExportReport.Loss("item-conditions", "the conditions of " + count(conditions, "item")
                        + " not exported"));
            }
            if (event.programme().days().stream().anyMatch(day -> !day.label().isEmpty())) {
                losses.add(new ExportReport.Loss("day-labels", "day headings not exported"));
            }
            if (event.people().stream().anyMatch(person -> !person.affiliations().isEmpty()
                    || person.country().isPresent() || !person.externalIds().isEmpty() || person.name().hasParts())) {
                losses.add(new ExportReport.Loss("people-details",
                        "people's name parts, affiliations, positions, countries and identifiers not exported"));
            }
            if (!event.organisations().isEmpty()) {
                losses.add(new ExportReport.Loss("organisations",
                        "organisations (names, sectors, countries, identifiers) not exported"));
            }
            if (!event.involvements().isEmpty()) {
                losses.add(new ExportReport.Loss("involvements", "organisers and partners not exported"));
            }
            if (event.venue().isPresent() && (!event.venue().get().access().isEmpty()
                    || !event.venue().get().facilities().isEmpty())) {
                losses.add(new ExportReport.Loss("venue-details", "venue access and facilities not exported"));
            }
            if (!event.roles().isEmpty() || !event.eventKinds().isEmpty() || !event.itemKinds().isEmpty()
                    || !event.sectors().isEmpty()) {
                losses.add(new ExportReport.Loss("vocabulary-descriptions",
                        "descriptions of the event's roles and kinds not exported"));
            }
            if (!event.links().isEmpty()) {
                losses.add(new ExportReport.Loss("links", "links not exported"));
            }
            if (!event.audience().groups().isEmpty() || !event.audience().admission().isEmpty()) {
                losses.add(new ExportReport.Loss("audience", "audience not exported"));
            }
            if (!event.proceedings().isEmpty()) {
                losses.add(new ExportReport.Loss("proceedings", "proceedings (summaries, themes, quotes) not exported"));
            }
            if (!event.provenance().sources().isEmpty() || !event.provenance().claims().isEmpty()
                    || !event.provenance().notes().isEmpty()) {
                losses.add(new ExportReport.Loss("provenance", "provenance and editorial notes not exported"));
            }
            return losses;
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    /** An id as it goes into a UID: percent-encoded, so that ':' separates parts unambiguously. */
    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
