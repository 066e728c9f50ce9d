package org.disputatio.cli;

import java.util.Locale;
import java.util.Optional;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.NoteKind;
import org.disputatio.model.TransportMode;

/** The fixed words of the command's output, in every {@link UiLanguage}. */
enum Label {
    /** After a key: French puts a space before the colon. */
    COLON(":", " :"),
    UNTITLED("untitled", "sans titre"),
    ID("Id", "Identifiant"),
    KIND("Kind", "Type"),
    DATES("Dates", "Dates"),
    DATES_NOT_STATED("not stated", "non indiquées"),
    INFERRED("inferred", "déduit"),
    TIME_ZONE("Time zone", "Fuseau horaire"),
    TIME_ZONE_NOT_STATED("not stated", "non indiqué"),
    LOCAL_TIMES("times are local", "heures locales"),
    LANGUAGES("Languages", "Langues"),
    VENUE("Venue", "Lieu"),
    ACCESS("Access", "Accès"),
    FACILITIES("Facilities", "Services"),
    ROOMS("Rooms", "Salles"),
    PROGRAMME("Programme", "Programme"),
    NO_PROGRAMME("No programme recorded.", "Aucun programme enregistré."),
    NO_ITEMS("No items recorded.", "Aucun point enregistré."),
    SOURCE_SAYS("the source says", "la source indique"),
    PANEL("Panel", "Panel"),
    UNKNOWN_PERSON("unknown person", "personne inconnue"),
    LINKS("Links", "Liens"),
    OFFERED_IN("Offered in", "Proposé en"),
    LANGUAGE_COUNT("%d languages", "%d langues"),
    AUDIENCE("Audience", "Public"),
    ADMISSION("Admission", "Admission"),
    PROCEEDINGS("Proceedings", "Actes"),
    SUMMARY("Summary", "Résumé"),
    THEMES("Themes", "Thèmes"),
    DIMENSIONS("Dimensions", "Dimensions"),
    QUOTES("Quotes", "Citations"),
    ACKNOWLEDGEMENTS("Acknowledgements", "Remerciements"),
    PROVENANCE("Provenance", "Provenance"),
    SOURCES("Sources", "Sources"),
    INFERRED_FACTS("Inferred facts", "Faits déduits"),
    STATED_FACTS("Stated facts", "Faits énoncés"),
    EDITORIAL_NOTES("Editorial notes", "Notes éditoriales"),
    WHOLE_EVENT("the event as a whole", "l'événement dans son ensemble"),

    EVENT_CONFERENCE("conference", "conférence"),
    EVENT_SYMPOSIUM("symposium", "colloque"),
    EVENT_SEMINAR("seminar", "séminaire"),
    EVENT_WORKSHOP("workshop", "atelier"),
    EVENT_SUMMIT("summit", "sommet"),
    EVENT_PANEL("panel", "table ronde"),

    ITEM_OPENING("Opening", "Ouverture"),
    ITEM_PANEL("Panel", "Panel"),
    ITEM_BREAK("Break", "Pause"),
    ITEM_ADDRESS("Address", "Allocution"),
    ITEM_KEYNOTE("Keynote", "Discours principal"),
    ITEM_DIALOGUE("Dialogue", "Dialogue"),
    ITEM_CONCLUSION("Conclusion", "Conclusion"),
    ITEM_END_OF_DAY("End of day", "Fin de journée"),
    ITEM_OTHER("Other", "Autre"),

    INVOLVEMENT_ORGANISER("Organisers", "Organisateurs"),
    INVOLVEMENT_HOST("Hosts", "Hôtes"),
    INVOLVEMENT_PARTNER("Partners", "Partenaires"),
    INVOLVEMENT_SPONSOR("Sponsors", "Mécènes"),

    TRANSPORT_METRO("Metro", "Métro"),
    TRANSPORT_BUS("Bus", "Bus"),
    TRANSPORT_TRAM("Tram", "Tramway"),
    TRANSPORT_SUBURBAN_RAIL("Suburban rail", "Train de banlieue"),
    TRANSPORT_TRAIN("Train", "Train"),
    TRANSPORT_FERRY("Ferry", "Bateau"),
    TRANSPORT_OTHER("Other", "Autre"),

    NOTE_SOURCE_ERROR("source error", "erreur de la source"),
    NOTE_INCONSISTENCY("inconsistency", "incohérence"),
    NOTE_PLACEHOLDER("placeholder", "valeur fictive"),
    NOTE_AMBIGUITY("ambiguity", "ambiguïté");

    private final String en;
    private final String fr;

    Label(String en, String fr) {
        this.en = en;
        this.fr = fr;
    }

    String in(UiLanguage language) {
        return language == UiLanguage.FR ? fr : en;
    }

    /** The label of an agenda item kind, if this version of the command has one. */
    static Optional<Label> of(AgendaItemKind kind) {
        return find("ITEM_" + kind.name());
    }

    static Optional<Label> of(InvolvementKind kind) {
        return find("INVOLVEMENT_" + kind.name());
    }

    static Optional<Label> of(TransportMode mode) {
        return find("TRANSPORT_" + mode.name());
    }

    static Optional<Label> of(NoteKind kind) {
        return find("NOTE_" + kind.name());
    }

    /** The label of a known event kind ({@code conference}); event kinds are an open vocabulary. */
    static Optional<Label> ofEventKind(String code) {
        return find("EVENT_" + code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Optional<Label> find(String name) {
        for (Label label : values()) {
            if (label.name().equals(name)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
