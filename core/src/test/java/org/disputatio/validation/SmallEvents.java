package org.disputatio.validation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.Speaker;

/** A small, valid, bilingual event for tests to break one fact at a time. */
final class SmallEvents {
    private SmallEvents() {
    }

    static final LocalDate DAY_ONE = LocalDate.of(2017, 4, 6);

    static Event valid() {
        return builder().build();
    }

    static Event.Builder builder() {
        return Event.builder("small")
                .kind(EventKind.CONFERENCE)
                .title(LocalizedText.of("fr", "Petite conférence", "en", "Small conference"))
                .languages("fr", "en")
                .dates(DAY_ONE, DAY_ONE.plusDays(1))
                .timeZone(ZoneId.of("Europe/Paris"))
                .organisation(Organisation.builder("uga").name("en", "University Grenoble-Alpes")
                        .sector(Sector.ACADEMIA).country("FR").build())
                .person(Speaker.builder("ada").honorific("Ms").name("Ada", "LOVELACE")
                        .affiliation(Affiliation.at("uga")).build())
                .person(Speaker.builder("alan").honorific("Mr.").name("Alan", "TURING").build())
                .programme(Programme.of(day(DAY_ONE,
                        opening("opening", LocalTime.of(9, 30), "ada"),
                        panel("panel-1", LocalTime.of(10, 0), "alan"))));
    }

    static ProgrammeDay day(LocalDate date, AgendaItem... items) {
        return new ProgrammeDay(date, java.util.Optional.of(date.getDayOfWeek()),
                LocalizedText.of("fr", "Jour", "en", "Day"), List.of(items));
    }

    static ProgrammeDay day(LocalDate date, DayOfWeek stated, AgendaItem... items) {
        return new ProgrammeDay(date, java.util.Optional.of(stated), LocalizedText.empty(), List.of(items));
    }

    static Session opening(String id, LocalTime start, String... people) {
        Session.Builder session = Session.builder(id, AgendaItemKind.OPENING).start(start)
                .title(LocalizedText.of("fr", "Ouverture", "en", "Opening"));
        for (String person : people) {
            session.participant(person, Roles.OPENING_SPEAKER);
        }
        return session.build();
    }

    static Panel panel(String id, LocalTime start, String... people) {
        Panel.Builder panel = Panel.builder(id).label("1").start(start)
                .title(LocalizedText.of("fr", "Qui fait quoi ?", "en", "Who does what?"));
        for (String person : people) {
            panel.participant(person, Roles.PANELLIST);
        }
        return panel.build();
    }
}
