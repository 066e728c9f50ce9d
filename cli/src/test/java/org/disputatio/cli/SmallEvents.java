package org.disputatio.cli;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Audience;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.Involvement;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Quote;
import org.disputatio.model.Role;
import org.disputatio.model.Roles;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.Term;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;

/** Small hand-built events: every part the renderer prints, and the ways an event can be wrong. */
final class SmallEvents {

    static final LocalDate DAY_ONE = LocalDate.of(2017, 4, 6);

    private SmallEvents() {
    }

    private static LocalizedText text(String fr, String en) {
        return LocalizedText.of("fr", fr, "en", en);
    }

    /**
     * {@link #full()} with one day as a real programme prints it: a 09:30–11:05 block holding a
     * keynote under its printed heading and a panel, which holds questions from the floor; then
     * lunch at 11:05.
     */
    static Event nested() {
        Event event = full();
        Session keynote = Session.builder("keynote", AgendaItemKind.KEYNOTE)
                .start(java.time.LocalTime.of(9, 30)).end(java.time.LocalTime.of(9, 50))
                .heading(text("Discours liminaire", "Keynote address"))
                .title(text("Souveraineté dans un monde connecté", "Sovereignty in a connected world"))
                .participant("ada", Roles.KEYNOTE_SPEAKER).build();
        Panel panel = Panel.builder("panel-1").label("1").start(java.time.LocalTime.of(9, 50))
                .end(java.time.LocalTime.of(11, 5)).title(text("Qui fait quoi ?", "Who does what?"))
                .participant("alan", Roles.PANELLIST)
                .item(Session.builder("questions", AgendaItemKind.OTHER).start(java.time.LocalTime.of(10, 45))
                        .title(text("Questions de la salle", "Questions from the floor")).build())
                .build();
        Session block = Session.builder("block", AgendaItemKind.OPENING)
                .start(java.time.LocalTime.of(9, 30)).end(java.time.LocalTime.of(11, 5))
                .title(text("Ouverture et table ronde", "Opening remarks and panel discussion"))
                .item(keynote).item(panel).build();
        Session lunch = Session.builder("lunch", AgendaItemKind.BREAK).start(java.time.LocalTime.of(11, 5))
                .title(text("Déjeuner", "Lunch")).build();
        ProgrammeDay day = event.programme().days().get(0);
        return event.withProgramme(Programme.of(new ProgrammeDay(day.date(), day.statedWeekday(), day.label(),
                List.of(block, lunch))));
    }

    /**
     * A valid bilingual event with a timed opening, a panel with no time whose title exists in
     * French only, roles interleaved in printed order (inventio, elocutio, inventio), a lunch
     * with a start and an end, an unlabelled end of day, a venue, a link, proceedings and
     * provenance. Its one finding is a warning: the panel title's missing English translation.
     */
    static Event full() {
        Role chair = Role.of("chair-of-day", text("Président du jour", "Chair of the day"), LocalizedText.empty());
        return Event.builder("small")
                .kind(EventKind.CONFERENCE)
                .title(text("Petite conférence", "Small conference"))
                .subtitle(text("Acteurs publics, acteurs privés", "Public actors, private actors"))
                .languages("fr", "en")
                .dates(DAY_ONE, DAY_ONE.plusDays(1))
                .timeZone(ZoneId.of("Europe/Paris"))
                .venue(Venue.named(LocalizedText.of("fr", "Maison de l'UNESCO"))
                        .withAddress(PostalAddress.of("125, avenue de Suffren", "75007", "Paris", null, "FR"))
                        .withAccess(List.of(TransportAccess.of(TransportMode.METRO, "6", "Cambronne"),
                                TransportAccess.of(TransportMode.BUS, "28")))
                        .withFacilities(List.of(text("Restauration sur place", "Food available on site"))))
                .organisation(Organisation.builder("uga").name("en", "University Grenoble-Alpes")
                        .sector(Sector.ACADEMIA).country("FR").build())
                .organisation(Organisation.builder("oecd").acronym("OECD")
                        .sector(Sector.INTERNATIONAL_ORGANISATION).build())
                .organisation(Organisation.builder("anssi").acronym("ANSSI")
                        .name("fr", "Agence nationale de la sécurité des systèmes d'information")
                        .sector(Sector.GOVERNMENT).country("FR").build())
                .involvement(Involvement.organiser("uga"))
                .role(chair)
                .person(Speaker.builder("ada").honorific("Ms").name("Ada", "LOVELACE")
                        .affiliation(Affiliation.at("uga")).build())
                .person(Speaker.builder("alan").honorific("Mr.").name("Alan", "TURING")
                        .affiliation(Affiliation.at("oecd", text("Directeur", "Director"))).build())
                .person(Speaker.builder("grace").honorific("Dr").name("Grace", "HOPPER")
                        .affiliation(Affiliation.at("anssi", LocalizedText.of("en", "Director general")))
                        .country("US").build())
                .programme(Programme.of(
                        new ProgrammeDay(DAY_ONE, Optional.of(DayOfWeek.THURSDAY),
                                text("Jeudi 6 avril", "Thursday April 6th"), List.of(
                                Session.builder("opening", AgendaItemKind.OPENING).start(LocalTime.of(9, 30))
                                        .title(text("Ouverture", "Opening"))
                                        .participant("ada", Roles.OPENING_SPEAKER).build(),
                                Panel.builder("panel-2").label("2")
                                        .title(LocalizedText.of("fr", "Qui peut faire quoi ?"))
                                        .description(text("Les acteurs privés peuvent-ils riposter ?",
                                                "May private actors strike back?"))
                                        .participant("ada", Roles.INVENTIO)
                                        .participant("alan", Roles.ELOCUTIO)
                                        .participant("grace", Roles.INVENTIO)
                                        .participant("alan", chair)
                                        .build(),
                                Session.builder("lunch", AgendaItemKind.BREAK).start(LocalTime.of(12, 30))
                                        .end(LocalTime.of(14, 0))
                                        .title(text("Déjeuner", "Lunch")).build(),
                                Session.builder("end", AgendaItemKind.END_OF_DAY).start(LocalTime.of(17, 30))
                                        .build())),
                        ProgrammeDay.of(DAY_ONE.plusDays(1), List.of(
                                Session.builder("conclusion", AgendaItemKind.CONCLUSION)
                                        .title(text("Conclusion", "Conclusion"))
                                        .participant("grace", Roles.CONCLUDING_SPEAKER).build()))))
                .link(Link.to(URI.create("https://example.org/platform"))
                        .withTitle(LocalizedText.of("fr", "JE SUIS INTERNET"))
                        .withDescription(text("Poursuivez les débats.", "Continue the debates."))
                        .withLanguageCount(11))
                .audience(new Audience(List.of(text("Grand public", "General public")),
                        text("Accès public", "Public access")))
                .proceedings(new Proceedings(
                        List.of(text("Les alliés doivent rétablir la confiance.", "Allies must rebuild trust.")),
                        List.of(Term.of("signals-intelligence",
                                        text("renseignement d'origine électromagnétique", "signals intelligence")),
                                Term.of("prism", LocalizedText.of("en", "PRISM"))),
                        List.of(Term.of("legal", text("juridique", "legal"))),
                        List.of(Quote.of(text("Le numérique est au cœur.", "Digital lies at the heart."), "ada",
                                text("Secrétaire générale", "Secretary-General"))),
                        List.of(text("Merci aux partenaires", "Thanks to the partners"))))
                .provenance(new Provenance(
                        List.of(SourceDocument.of("programme", text("Programme", "Programme"), "programme.txt",
                                List.of("fr", "en"))),
                        List.of(Claim.inferred("endDate", "programme", "The programme spans two days.")),
                        List.of(EditorialNote.of("venue.name", "programme", NoteKind.PLACEHOLDER, "00 00 00 00",
                                "A placeholder, not a phone number."))))
                .build();
    }

    /** An event that ends before it starts: a validation error. */
    static Event endsBeforeItStarts() {
        return Event.builder("backwards")
                .title(LocalizedText.of("en", "Backwards"))
                .languages("en")
                .dates(DAY_ONE, DAY_ONE.minusDays(1))
                .build();
    }

    /** An event whose programme names a person and a role nobody registered. */
    static Event danglingReferences() {
        return Event.builder("dangling")
                .title(LocalizedText.of("en", "Dangling"))
                .languages("en")
                .date(DAY_ONE)
                .programme(Programme.of(ProgrammeDay.of(DAY_ONE, List.of(
                        Panel.builder("p").participant(org.disputatio.model.Participation.of("ghost", "no-such-role")).build()))))
                .build();
    }
}
