package org.disputatio.testkit.jqwik;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.Involvement;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PersonName;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Quote;
import org.disputatio.model.Room;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;
import org.disputatio.model.Track;
import org.disputatio.model.Venue;

/**
 * What jqwik generates and shrinks for a valid event: counts and small numbers that pick words,
 * kinds and people. {@link #build(List)} turns a plan into an event, always a valid one:
 * references are taken modulo what exists, times are laid out one item after the other.
 */
record EventPlan(Setting setting, List<List<ItemPlan>> days, List<PersonPlan> people, int organisations,
        int tracks, int rooms) {

    static final List<String> GIVEN = List.of("Ada", "Jean", "Amina", "Wei", "Olga", "Kofi", "Inès", "Hiroshi",
            "María", "Sven");
    static final List<String> FAMILY = List.of("Martin", "Okafor", "Dubois", "Zhang", "Ivanova", "Mensah",
            "Lefèvre", "Tanaka", "García", "Lindqvist");
    static final List<String> HONORIFICS = List.of("Dr", "Prof.", "Ms", "Mr", "H.E.");
    static final List<String> ZONES = List.of("Europe/Paris", "UTC", "America/New_York", "Asia/Tokyo", "Africa/Nairobi");
    static final List<String> ORGANISATIONS = List.of("Agence nationale de la sécurité", "Institute for Peace",
            "Digital Rights Watch", "Ministry of Foreign Affairs", "Université de Genève", "Tech Accord");
    private static final List<String> PANEL_ROLES = List.of("moderator", "panellist", "inventio", "elocutio",
            "disputatio", "discussant");
    private static final List<String> SESSION_ROLES = List.of("speaker", "chair", "keynote-speaker",
            "opening-speaker", "concluding-speaker");
    private static final List<AgendaItemKind> SESSION_KINDS = AgendaItemKind.builtIn().stream()
            .filter(kind -> !kind.equals(AgendaItemKind.PANEL)).toList();
    private static final List<Sector> SECTORS = List.of(Sector.GOVERNMENT, Sector.ACADEMIA, Sector.CIVIL_SOCIETY,
            Sector.COMPANY, Sector.INTERNATIONAL_ORGANISATION);
    /** Items run from 08:00 to 20:00. */
    private static final int DAY_START = 8 * 60;
    private static final int DAY_END = 20 * 60;

    /** The event's own settings: start date, kind, title, stated weekdays, time zone. */
    record Setting(int startOffset, int kind, int title, boolean statedWeekdays, Optional<ZoneId> zone) {
    }

    /** One item: panel or session, its kind, title word, participants, track, room and children. */
    record ItemPlan(boolean panel, int kind, int title, List<Integer> participants, Optional<Integer> track,
            Optional<Integer> room, List<ItemPlan> children) {
    }

    /** One person: name, honorific, the organisation they are affiliated with. */
    record PersonPlan(int given, int family, Optional<Integer> honorific, Optional<Integer> organisation) {
    }

    /** The event this plan describes, with every text in these languages. */
    Event build(List<String> languages) {
        LocalDate start = ValidEvents.epoch().plusDays(setting.startOffset());
        LocalDate end = start.plusDays(Math.max(days.size() - 1, 0));
        Event.Builder event = Event.builder("forum-" + start.getYear() + "-" + (setting.title() + 1))
                .kind(EventKind.builtIn().get(setting.kind() % EventKind.builtIn().size()))
                .title(Texts.text(languages, setting.title(), " " + start.getYear()))
                .languages(languages)
                .dates(start, end);
        setting.zone().ifPresent(event::timeZone);
        for (int o = 0; o < organisations; o++) {
            event.organisation(Organisation.builder(organisationId(o))
                    .name(languages.get(0), ORGANISATIONS.get(o % ORGANISATIONS.size())
                            + (o < ORGANISATIONS.size() ? "" : " " + (o + 1)))
                    .sector(SECTORS.get(o % SECTORS.size()))
                    .build());
            event.involvement(o == 0 ? Involvement.organiser(organisationId(o)) : Involvement.partner(organisationId(o)));
        }
        List<Speaker> speakers = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            PersonPlan person = people.get(p);
            Speaker.Builder speaker = Speaker.builder(personId(p))
                    .name(PersonName.of(GIVEN.get(person.given() % GIVEN.size()),
                            FAMILY.get(person.family() % FAMILY.size())));
            person.honorific().ifPresent(h -> speaker.honorific(HONORIFICS.get(h % HONORIFICS.size())));
            if (organisations > 0) {
                person.organisation().ifPresent(o -> speaker.affiliation(new Affiliation(
                        Optional.of(organisationId(o % organisations)), LocalizedText.empty(), LocalizedText.empty(),
                        Optional.empty(), Optional.empty())));
            }
            speakers.add(speaker.build());
        }
        event.people(speakers);
        if (rooms > 0) {
            List<Room> venueRooms = new ArrayList<>();
            for (int r = 0; r < rooms; r++) {
                venueRooms.add(new Room(roomId(r), Texts.text(languages, 2 * r + 1, " " + (r + 1))));
            }
            event.venue(new Venue(LocalizedText.of(languages.get(0), "Palais des congrès"), Optional.empty(),
                    List.of(), List.of(), venueRooms));
        }
        Builder items = new Builder(languages);
        List<ProgrammeDay> programmeDays = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            LocalDate date = start.plusDays(d);
            programmeDays.add(new ProgrammeDay(date,
                    setting.statedWeekdays() ? Optional.of(date.getDayOfWeek()) : Optional.empty(),
                    LocalizedText.empty(), items.layOut(days.get(d), DAY_START, DAY_END)));
        }
        List<Track> trackList = new ArrayList<>();
        for (int t = 0; t < tracks; t++) {
            trackList.add(new Track(trackId(t), Texts.text(languages, 3 * t + 2, " " + (t + 1))));
        }
        event.programme(new Programme(programmeDays, List.of(), trackList));
        Proceedings.Builder proceedings = Proceedings.builder();
        boolean quoted = false;
        for (int p = 0; p < people.size(); p++) {
            if (!items.used.contains(personId(p))) {
                proceedings.quote(new Quote(Texts.text(languages, p, " !"), Optional.of(personId(p)),
                        LocalizedText.empty()));
                quoted = true;
            }
        }
        if (quoted) {
            event.proceedings(proceedings.build());
        }
        return event.build();
    }

    static String personId(int p) {
        return "p" + (p + 1);
    }

    static String organisationId(int o) {
        return "org" + (o + 1);
    }

    static String trackId(int t) {
        return "track" + (t + 1);
    }

    static String roomId(int r) {
        return "room" + (r + 1);
    }

    /** Builds the items of the days in document order, numbering their ids. */
    private final class Builder {
        private final List<String> languages;
        private final Set<String> used = new LinkedHashSet<>();
        private int count;

        Builder(List<String> languages) {
            this.languages = languages;
        }

        /**
         * The items, one after the other from {@code from} to {@code to} (minutes of the day), each in a
         * slot of its own and ending before the next starts; untimed when the slots would be too short.
         */
        List<AgendaItem> layOut(List<ItemPlan> plans, int from, int to) {
            List<AgendaItem> result = new ArrayList<>();
            int slot = plans.isEmpty() || from < 0 ? 0 : (to - from) / plans.size();
            boolean timed = slot >= 4;
            for (int i = 0; i < plans.size(); i++) {
                int start = timed ? from + i * slot : -1;
                int end = timed ? start + slot - Math.max(1, slot / 6) : -1;
                result.add(item(plans.get(i), start, end));
            }
            return result;
        }

        private AgendaItem item(ItemPlan plan, int start, int end) {
            String id = "item" + (++count);
            Optional<LocalTime> startTime = start < 0 ? Optional.empty() : Optional.of(LocalTime.of(start / 60, start % 60));
            Optional<LocalTime> endTime = end < 0 ? Optional.empty() : Optional.of(LocalTime.of(end / 60, end % 60));
            List<String> roles = plan.panel() ? PANEL_ROLES : SESSION_ROLES;
            List<Participation> participants = new ArrayList<>();
            Set<String> here = new LinkedHashSet<>();
            for (int p : plan.participants()) {
                if (!people.isEmpty() && here.add(personId(p % people.size()))) {
                    participants.add(new Participation(personId(p % people.size()),
                            roles.get(participants.size() % roles.size())));
                }
            }
            used.addAll(here);
            List<String> itemRooms = rooms > 0 && plan.room().isPresent()
                    ? List.of(roomId(plan.room().get() % rooms)) : List.of();
            Optional<String> track = tracks > 0 ? plan.track().map(t -> trackId(t % tracks)) : Optional.empty();
            List<AgendaItem> children = layOut(plan.children(), start, end);
            LocalizedText title = Texts.text(languages, plan.title());
            if (plan.panel()) {
                return new Panel(id, Optional.empty(), startTime, endTime, LocalizedText.empty(), title,
                        LocalizedText.empty(), participants, itemRooms, track, List.of(), children);
            }
            return new Session(id, SESSION_KINDS.get(plan.kind() % SESSION_KINDS.size()), startTime, endTime,
                    LocalizedText.empty(), title, LocalizedText.empty(), participants, itemRooms, track, List.of(),
                    children);
        }
    }
}
