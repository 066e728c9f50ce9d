package org.disputatio.examples;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Audience;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.Definition;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.Involvement;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.ItemCondition;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.NameOrder;
import org.disputatio.model.NoteKind;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PersonName;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.Proceedings;
import org.disputatio.model.Programme;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Quote;
import org.disputatio.model.Roles;
import org.disputatio.model.Room;
import org.disputatio.model.Sector;
import org.disputatio.model.Session;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.Term;
import org.disputatio.model.Track;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;
import org.disputatio.model.Vocabulary;

/**
 * A <em>fictional</em> event, made up to hold every concept real programmes print and the model
 * carries; no source document exists, and any likeness to real people or organisations is chance.
 * It is the test bed for the model, not an encoding of anything.
 *
 * <p>What it exercises:
 * <ul>
 *   <li>A block that contains a keynote and a panel (nested items), whose chair sits in the block
 *       and in the panel without being double-booked.</li>
 *   <li>Two tracks in two rooms at once, and an exhibition running beside the afternoon.</li>
 *   <li>A keynote and a plenary panel announced with speakers and titles but no day yet.</li>
 *   <li>Each panellist's own paper (contributions); a keynote's printed heading beside its title.</li>
 *   <li>Registration, reception, social dinner, networking, workshop and exhibition items; a
 *       "fireside chat", a kind the event registers; access and recording conditions.</li>
 *   <li>Names as printed: a mononym, a name printed family name first, names whose split is a
 *       guess (marked inferred) or unknown (no parts).</li>
 *   <li>Sectors beyond the first six (think tank, technical community, media, standards body) and
 *       one the event registers; a programme in an institute in a university, a department in a
 *       ministry, cities.</li>
 *   <li>Provenance by id, and a note on a programme that is not complete.</li>
 * </ul>
 */
public final class HalvardForum2031 {

    /** The id of the (fictional) programme every claim and note refers to. */
    public static final String SOURCE = "halvard-2031-programme";

    static final LocalDate DAY_ONE = LocalDate.of(2031, 10, 9);
    static final LocalDate DAY_TWO = DAY_ONE.plusDays(1);

    // organisations
    static final String UNIVERSITY = "univ-nordhavn";
    static final String INSTITUTE = "inst-digital-law";
    static final String PROGRAMME = "prog-due-diligence";
    static final String MINISTRY = "ministry-digital";
    static final String DEPARTMENT = "dept-cyber-diplomacy";
    static final String THINK_TANK = "meridian-institute";
    static final String REGISTRY = "open-numbers";
    static final String NEWSPAPER = "northern-post";
    static final String STANDARDS = "iscsa";
    static final String UNION = "digital-workers-union";
    static final String COMPANY = "aurora-systems";

    // people
    static final String LECLERC = "anne-marie-leclerc";
    static final String GARCIA = "maria-jose-garcia-marquez";
    static final String VAN_DEN_BERG = "pieter-van-den-berg";
    static final String DUNN_SMITH = "jordan-dunn-smith";
    static final String AMARU = "amaru";
    static final String PARK = "park-ji-woo";
    static final String MENSAH = "kwame-mensah-otieno";
    static final String FJELD = "lena-fjeld";
    static final String OKAFOR = "chiamaka-okafor";
    static final String HALLORAN = "sean-o-halloran";

    /** A role the event registers: the rapporteur who reports back to the plenary. */
    static final String RAPPORTEUR = "rapporteur";

    private HalvardForum2031() {
    }

    /**
     * The forum.
     *
     * @return a newly built event with id {@code halvard-forum-2031}, equal on every call
     */
    public static Event event() {
        return Event.builder("halvard-forum-2031")
                .kind(EventKind.FORUM)
                .title(en("Halvard Forum on Cyber Stability 2031"))
                .subtitle(en("Due diligence in a connected world"))
                .description(en("A fictional forum, made up to show every concept of the Disputatio model. No "
                        + "such event was held; its people and organisations are invented."))
                .languages("en")
                .dates(DAY_ONE, DAY_TWO)
                .timeZone(ZoneId.of("Europe/Oslo"))
                .venue(venue())
                .organisations(organisations())
                .involvements(List.of(
                        Involvement.organiser(PROGRAMME),
                        new Involvement(UNIVERSITY, InvolvementKind.HOST),
                        Involvement.partner(THINK_TANK),
                        new Involvement(COMPANY, InvolvementKind.SPONSOR)))
                .people(people())
                .role(new org.disputatio.model.Role(RAPPORTEUR, en("Rapporteur"),
                        en("Reports a session's conclusions back to the plenary.")))
                .define(Vocabulary.ITEM_KIND, Definition.of("fireside-chat",
                        LocalizedText.of("en", "Fireside chat", "fr", "Conversation au coin du feu"),
                        LocalizedText.of("en", "An informal conversation between a host and a guest.",
                                "fr", "Une conversation informelle entre un hôte et un invité.")))
                .define(Vocabulary.SECTOR, Definition.of("trade-union",
                        LocalizedText.of("en", "Trade union", "fr", "Syndicat"),
                        LocalizedText.of("en", "Unions of workers.", "fr", "Organisations de travailleurs.")))
                .programme(new Programme(List.of(dayOne(), dayTwo()), unscheduled(), tracks()))
                .links(List.of(Link.to(URI.create("https://example.org/halvard-forum-2031"))
                        .withTitle(en("Halvard Forum 2031 (fictional)"))))
                .audience(new Audience(List.of(en("Diplomats"), en("Researchers"), en("Engineers")),
                        en("By registration; the social dinner by invitation only.")))
                .proceedings(proceedings())
                .provenance(provenance())
                .build();
    }

    // ---------------------------------------------------------------- venue, organisations, people

    private static Venue venue() {
        return Venue.named(en("Halvard Conference Centre"))
                .withAddress(new PostalAddress(Optional.of("1 Harbour Row"), Optional.of("9990"),
                        Optional.of("Nordhavn"), Optional.empty(), Optional.of("NO")))
                .withAccess(List.of(new TransportAccess(TransportMode.TRAM, "2", Optional.of("Harbour"))))
                .withFacilities(List.of(en("Interpretation booths")))
                .withRooms(List.of(new Room("main-hall", en("Main Hall")), new Room("room-a", en("Room A")),
                        new Room("room-b", en("Room B")), new Room("foyer", en("Foyer"))));
    }

    private static List<Organisation> organisations() {
        return List.of(
                Organisation.builder(UNIVERSITY).name("en", "University of Nordhavn").sector(Sector.ACADEMIA)
                        .country("NO").locality("Nordhavn").build(),
                Organisation.builder(INSTITUTE).name("en", "Institute for Digital Law").parent(UNIVERSITY)
                        .sector(Sector.ACADEMIA).country("NO").locality("Nordhavn").build(),
                Organisation.builder(PROGRAMME).name("en", "Due Diligence Programme").parent(INSTITUTE)
                        .sector(Sector.ACADEMIA).country("NO").build(),
                Organisation.builder(MINISTRY).name("en", "Ministry of Digital Affairs").sector(Sector.GOVERNMENT)
                        .country("NO").build(),
                Organisation.builder(DEPARTMENT).name("en", "Department of Cyber Diplomacy").parent(MINISTRY)
                        .sector(Sector.GOVERNMENT).country("NO").build(),
                Organisation.builder(THINK_TANK).name("en", "Meridian Institute for Security Policy")
                        .sector(Sector.THINK_TANK).country("GB").locality("London").build(),
                Organisation.builder(REGISTRY).name("en", "Open Numbers Registry").acronym("ONR")
                        .sector(Sector.TECHNICAL_COMMUNITY).build(),
                Organisation.builder(NEWSPAPER).name("en", "The Northern Post").sector(Sector.MEDIA).country("NO")
                        .build(),
                Organisation.builder(STANDARDS).name("en", "International Secure Computing Standards Association")
                        .acronym("ISCSA").sector(Sector.STANDARDS_BODY).locality("Geneva").country("CH").build(),
                Organisation.builder(UNION).name("en", "Union of Digital Workers").sector(Sector.of("trade-union"))
                        .country("ES").build(),
                Organisation.builder(COMPANY).name("en", "Aurora Systems").sector(Sector.COMPANY).country("FI")
                        .build());
    }

    private static List<Speaker> people() {
        return List.of(
                // the split of a double given name is the encoder's guess
                Speaker.builder(LECLERC).honorific("Prof.")
                        .name("Anne Marie Leclerc", "Anne Marie", "Leclerc", NameOrder.GIVEN_FIRST, Certainty.INFERRED)
                        .affiliation(Affiliation.at(PROGRAMME, en("Director"))).build(),
                Speaker.builder(GARCIA).honorific("Dr")
                        .name("María José García Márquez", "María José", "García Márquez", NameOrder.GIVEN_FIRST,
                                Certainty.INFERRED)
                        .affiliation(Affiliation.at(UNION, en("Policy adviser"))).build(),
                // the programme prints the family name in capitals: the split is stated
                Speaker.builder(VAN_DEN_BERG).honorific("Mr")
                        .name("Pieter VAN DEN BERG", "Pieter", "VAN DEN BERG", NameOrder.GIVEN_FIRST,
                                Certainty.STATED)
                        .affiliation(Affiliation.at(STANDARDS, en("Chair, Security Working Group"))).build(),
                // "Dunn Smith" may be a double family name or a middle name: no split at all
                Speaker.builder(DUNN_SMITH).honorific("Ms").name(PersonName.printedOnly("Jordan Dunn Smith"))
                        .affiliation(Affiliation.at(REGISTRY, en("Chief Technology Officer"))).build(),
                Speaker.builder(AMARU).name(PersonName.printedOnly("Amaru"))
                        .affiliation(Affiliation.position(en("Independent security researcher"), Sector.CIVIL_SOCIETY,
                                "PE"))
                        .country("PE").build(),
                Speaker.builder(PARK).honorific("H.E.")
                        .name("PARK Ji-woo", "Ji-woo", "PARK", NameOrder.FAMILY_FIRST, Certainty.STATED)
                        .affiliation(Affiliation.position(en("Ambassador for Cyber Affairs"), Sector.GOVERNMENT, "KR"))
                        .build(),
                Speaker.builder(MENSAH).honorific("Dr")
                        .name("Kwame MENSAH-OTIENO", "Kwame", "MENSAH-OTIENO", NameOrder.GIVEN_FIRST, Certainty.STATED)
                        .affiliation(Affiliation.at(THINK_TANK, en("Senior Fellow"))).build(),
                Speaker.builder(FJELD).honorific("Ms").name("Lena Fjeld", "Lena", "Fjeld", NameOrder.GIVEN_FIRST,
                                Certainty.INFERRED)
                        .affiliation(Affiliation.at(NEWSPAPER, en("Technology editor"))).build(),
                Speaker.builder(OKAFOR).honorific("Ms")
                        .name("Chiamaka OKAFOR", "Chiamaka", "OKAFOR", NameOrder.GIVEN_FIRST, Certainty.STATED)
                        .affiliation(Affiliation.at(DEPARTMENT, en("Head"))
                                .withUnit(en("Norms and Confidence-Building Unit")))
                        .build(),
                Speaker.builder(HALLORAN).honorific("Mr")
                        .name("Seán Ó HALLORAN", "Seán", "Ó HALLORAN", NameOrder.GIVEN_FIRST, Certainty.STATED)
                        .affiliation(Affiliation.at(COMPANY, en("Head of Threat Intelligence"))).build());
    }

    // ---------------------------------------------------------------- programme

    private static List<Track> tracks() {
        return List.of(new Track("law", en("Law and norms")), new Track("tech", en("Technology and operations")));
    }

    private static ProgrammeDay dayOne() {
        return ProgrammeDay.of(DAY_ONE, DayOfWeek.THURSDAY, en("Thursday 9 October"), List.of(
                Session.builder("registration", AgendaItemKind.REGISTRATION).start(at(8, 30)).end(at(9, 30))
                        .title(en("Registration and coffee")).room("foyer").build(),
                openingBlock(),
                Session.builder("break-1", AgendaItemKind.BREAK).start(at(11, 5)).end(at(11, 30))
                        .title(en("Coffee break")).build(),
                Panel.builder("panel-2").label("2").start(at(11, 30)).end(at(13, 0)).track("law").room("room-a")
                        .condition(ItemCondition.CHATHAM_HOUSE_RULE)
                        .title(en("Attribution without escalation"))
                        .participant(MENSAH, Roles.MODERATOR)
                        .participant(new Participation(PARK, Roles.PANELLIST.code(), en("What states owe each other"),
                                LocalizedText.empty()))
                        .participant(new Participation(GARCIA, Roles.PANELLIST.code(),
                                en("Workers in the line of fire"), en("On the staff who answer an attack at 3 a.m.")))
                        .participant(OKAFOR, Roles.PANELLIST)
                        .build(),
                Session.builder("workshop-incident", AgendaItemKind.WORKSHOP).start(at(11, 30)).end(at(13, 0))
                        .track("tech").room("room-b")
                        .condition(ItemCondition.BY_INVITATION).condition(ItemCondition.OFF_THE_RECORD)
                        .title(en("Incident response across borders: a table-top exercise"))
                        .participant(DUNN_SMITH, Roles.CHAIR)
                        .participant(HALLORAN, Roles.SPEAKER)
                        .participant(AMARU, Roles.SPEAKER)
                        .build(),
                Session.builder("lunch", AgendaItemKind.BREAK).start(at(13, 0)).end(at(14, 0)).title(en("Lunch"))
                        .build(),
                Session.builder("exhibition", AgendaItemKind.EXHIBITION).start(at(13, 0)).end(at(17, 0))
                        .room("foyer").title(en("Standards in practice: an exhibition"))
                        .participant(VAN_DEN_BERG, Roles.SPEAKER)
                        .build(),
                Session.builder("fireside", AgendaItemKind.of("fireside-chat")).start(at(14, 0)).end(at(15, 0))
                        .room("main-hall").condition(ItemCondition.ON_THE_RECORD).condition(ItemCondition.RECORDED)
                        .title(en("Can a newsroom keep a secret?"))
                        .participant(FJELD, Roles.MODERATOR)
                        .participant(HALLORAN, Roles.SPEAKER)
                        .build(),
                Session.builder("reception", AgendaItemKind.RECEPTION).start(at(18, 30)).end(at(20, 0))
                        .title(en("Welcome reception")).room("foyer").build(),
                Session.builder("dinner", AgendaItemKind.SOCIAL_DINNER).start(at(20, 0))
                        .condition(ItemCondition.BY_INVITATION).title(en("Forum dinner")).build()));
    }

    /**
     * "Opening remarks and panel discussion", 09:30–11:05: a keynote and a panel under one
     * heading, chaired throughout by the programme's director.
     */
    private static AgendaItem openingBlock() {
        Session keynote = Session.builder("keynote-1", AgendaItemKind.KEYNOTE).start(at(9, 30)).end(at(9, 50))
                .heading(en("Keynote address")).title(en("Sovereignty in a connected world"))
                .condition(ItemCondition.ON_THE_RECORD).condition(ItemCondition.LIVE_STREAMED)
                .participant(OKAFOR, Roles.KEYNOTE_SPEAKER)
                .build();
        Panel panel = Panel.builder("panel-1").label("1").start(at(9, 50)).end(at(11, 5)).room("main-hall")
                .title(en("Due diligence: who owes what?"))
                .description(en("Does a state answer for every attack launched from its networks?"))
                .condition(ItemCondition.ON_THE_RECORD).condition(ItemCondition.RECORDED)
                .participant(LECLERC, Roles.CHAIR)
                .participant(new Participation(VAN_DEN_BERG, Roles.PANELLIST.code(),
                        en("The due diligence principle in standards"), LocalizedText.empty()))
                .participant(new Participation(DUNN_SMITH, Roles.PANELLIST.code(),
                        en("What a registry can and cannot see"), LocalizedText.empty()))
                .participant(new Participation(MENSAH, Roles.DISCUSSANT.code(), LocalizedText.empty(),
                        en("Responds to both papers.")))
                .participant(FJELD, new org.disputatio.model.Role(RAPPORTEUR, LocalizedText.empty(),
                        LocalizedText.empty()))
                .build();
        return Session.builder("opening-block", AgendaItemKind.OPENING).start(at(9, 30)).end(at(11, 5))
                .title(en("Opening remarks and panel discussion")).room("main-hall")
                .participant(LECLERC, Roles.CHAIR)
                .items(List.of(keynote, panel))
                .build();
    }

    private static ProgrammeDay dayTwo() {
        return ProgrammeDay.of(DAY_TWO, DayOfWeek.FRIDAY, en("Friday 10 October"), List.of(
                Session.builder("networking", AgendaItemKind.NETWORKING).start(at(9, 0)).end(at(10, 0))
                        .title(en("Networking breakfast")).room("foyer").build(),
                Panel.builder("panel-3").label("3").start(at(10, 0)).end(at(11, 30)).track("tech").room("main-hall")
                        .condition(ItemCondition.ON_THE_RECORD).condition(ItemCondition.LIVE_STREAMED)
                        .title(en("Who patches the internet?"))
                        .participant(FJELD, Roles.MODERATOR)
                        .participant(DUNN_SMITH, Roles.PANELLIST)
                        .participant(VAN_DEN_BERG, Roles.PANELLIST)
                        .participant(HALLORAN, Roles.PANELLIST)
                        .build(),
                Session.builder("conclusion", AgendaItemKind.CONCLUSION).start(at(11, 30)).end(at(12, 0))
                        .title(en("Conclusions of the forum"))
                        .participant(LECLERC, Roles.CONCLUDING_SPEAKER)
                        .build(),
                Session.builder("end-day-2", AgendaItemKind.END_OF_DAY).start(at(12, 0)).build()));
    }

    /** Announced with speakers and titles, "programme to be confirmed": no day or time yet. */
    private static List<AgendaItem> unscheduled() {
        return List.of(
                Session.builder("keynote-closing", AgendaItemKind.KEYNOTE)
                        .heading(en("Closing keynote")).title(en("The next ten years of cyber diplomacy"))
                        .participant(PARK, Roles.KEYNOTE_SPEAKER)
                        .build(),
                Panel.builder("plenary").title(en("Plenary: what did we agree on?"))
                        .participant(LECLERC, Roles.MODERATOR)
                        .participant(GARCIA, Roles.PANELLIST)
                        .participant(AMARU, Roles.PANELLIST)
                        .build());
    }

    // ---------------------------------------------------------------- proceedings, provenance

    private static Proceedings proceedings() {
        return new Proceedings(
                List.of(en("Participants disagreed on how far due diligence reaches, and agreed that no one "
                        + "patches the internet alone.")),
                List.of(new Term("due-diligence", en("due diligence")), new Term("attribution", en("attribution"))),
                List.of(),
                List.of(new Quote(en("A registry sees everything and knows nothing."), Optional.of(DUNN_SMITH),
                        en("Panel 1"))),
                List.of(en("The forum thanks its (fictional) sponsor.")));
    }

    private static Provenance provenance() {
        return Provenance.builder()
                .source(SourceDocument.of(SOURCE, en("Halvard Forum 2031: programme (fictional)"),
                        "fictional: no such document", List.of("en")))
                .claim(Claim.stated("items[panel-2].title", SOURCE))
                .claim(Claim.inferred("people[" + LECLERC + "].name", SOURCE, "The programme prints \"Anne Marie "
                        + "Leclerc\" with no capitals: whether Marie is a given name or part of the family name is "
                        + "the encoder's guess."))
                .claim(Claim.inferred("organisations[" + REGISTRY + "].sector", SOURCE, "A registry of internet "
                        + "numbers: classed with the technical community."))
                .note(EditorialNote.of("programme.unscheduled", SOURCE, NoteKind.INCOMPLETE_SOURCE,
                        "Programme to be confirmed", "The closing keynote and the plenary have no day or time "
                        + "yet."))
                .note(EditorialNote.of("items[dinner].end", SOURCE, NoteKind.PLACEHOLDER, "20:00",
                        "The dinner has a start and no end."))
                .build();
    }

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }
}
