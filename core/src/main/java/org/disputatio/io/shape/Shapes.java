package org.disputatio.io.shape;

import static org.disputatio.io.shape.Scalars.CODE;
import static org.disputatio.io.shape.Scalars.DATE;
import static org.disputatio.io.shape.Scalars.STRING;
import static org.disputatio.io.shape.Scalars.TIME;
import static org.disputatio.io.shape.ValueType.TEXT;
import static org.disputatio.io.shape.ValueType.listOf;
import static org.disputatio.io.shape.ValueType.object;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.net.URI;
import java.time.DayOfWeek;
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
import org.disputatio.model.ExternalId;
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
import org.disputatio.model.Role;
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

/**
 * The format shape of every model type: the one place that says which properties a document
 * holds, in which order, which are required and how each is spelled. The JSON and XML formats,
 * their schemas' tests and any new format interpret these declarations.
 *
 * <p>To add a property to the documents: add it to the model type, declare it here, and describe
 * it in the JSON Schema and the XSD; the readers, the writers and their messages follow.
 */
public final class Shapes {

    /** An identifier of a person or organisation in an outside registry. */
    public static final Shape<ExternalId> EXTERNAL_ID = externalId();
    /** An organisation. */
    public static final Shape<Organisation> ORGANISATION = organisation();
    /** A person's name as printed. */
    public static final Shape<PersonName> PERSON_NAME = personName();
    /** A person's affiliation. */
    public static final Shape<Affiliation> AFFILIATION = affiliation();
    /** A person (the model's {@link Speaker}). */
    public static final Shape<Speaker> PERSON = person();
    /** How an organisation is involved in the event. */
    public static final Shape<Involvement> INVOLVEMENT = involvement();
    /** A role people take in agenda items. */
    public static final Shape<Role> ROLE = role();
    /** A code added to one of the event's open vocabularies: an event kind, an item kind, a sector. */
    public static final Shape<Definition> DEFINITION = definition();
    /** A person taking part in an agenda item in a role. */
    public static final Shape<Participation> PARTICIPANT = participant();
    /** An agenda item: a {@link Panel} when its kind is {@code panel}, a {@link Session} otherwise. */
    public static final Shape<AgendaItem> AGENDA_ITEM = agendaItem();
    /** A day of the programme. */
    public static final Shape<ProgrammeDay> DAY = day();
    /** A parallel track of the programme. */
    public static final Shape<Track> TRACK = track();
    /** The programme. */
    public static final Shape<Programme> PROGRAMME = programme();
    /** A venue's postal address. */
    public static final Shape<PostalAddress> ADDRESS = address();
    /** How to reach a venue by public transport. */
    public static final Shape<TransportAccess> ACCESS = access();
    /** A room of the venue. */
    public static final Shape<Room> ROOM = room();
    /** The venue. */
    public static final Shape<Venue> VENUE = venue();
    /** A link to a page about the event. */
    public static final Shape<Link> LINK = link();
    /** Who the event is for. */
    public static final Shape<Audience> AUDIENCE = audience();
    /** A theme or dimension of the proceedings. */
    public static final Shape<Term> TERM = term();
    /** A quote from the proceedings. */
    public static final Shape<Quote> QUOTE = quote();
    /** What was said at the event. */
    public static final Shape<Proceedings> PROCEEDINGS = proceedings();
    /** A source document the event was encoded from. */
    public static final Shape<SourceDocument> SOURCE = source();
    /** A claim about how certain a fact is. */
    public static final Shape<Claim> CLAIM = claim();
    /** An editorial note on the encoding. */
    public static final Shape<EditorialNote> NOTE = note();
    /** Where the encoding comes from. */
    public static final Shape<Provenance> PROVENANCE = provenance();
    /** The event: the root of every document. */
    public static final Shape<Event> EVENT = event();

    private Shapes() {
    }

    /**
     * Every shape, the event's first, then in document order.
     *
     * @return the shapes reachable from {@link #EVENT}
     */
    public static List<Shape<?>> all() {
        return EVENT.reachable();
    }

    // ---------------------------------------------------------------- the event

    private static Shape<Event> event() {
        Property<Event, Integer> formatVersion = Property.<Event, Integer>of("formatVersion",
                Scalars.FORMAT_VERSION_NUMBER, e -> Scalars.FORMAT_VERSION).required();
        Property<Event, String> id = Property.of("id", STRING, Event::id).required();
        Property<Event, EventKind> kind = Property.of("kind", Scalars.EVENT_KIND, Event::kind).required();
        Property<Event, LocalizedText> title = Property.of("title", TEXT, Event::title);
        Property<Event, LocalizedText> subtitle = Property.of("subtitle", TEXT, Event::subtitle);
        Property<Event, LocalizedText> description = Property.of("description", TEXT, Event::description);
        Property<Event, List<String>> languages = Property.of("languages", listOf(STRING), Event::languages)
                .withElementName("language");
        Property<Event, LocalDate> startDate = Property.of("startDate", DATE, Event::startDate).required();
        Property<Event, LocalDate> endDate = Property.of("endDate", DATE, Event::endDate).required();
        Property<Event, ZoneId> timeZone = Property.optional("timeZone", Scalars.ZONE, Event::timeZone);
        Property<Event, Venue> venue = Property.optional("venue", object(VENUE), Event::venue);
        Property<Event, List<Involvement>> involvements = Property.of("involvements", listOf(object(INVOLVEMENT)),
                Event::involvements).withElementName("involvement");
        Property<Event, List<Organisation>> organisations = Property.of("organisations",
                listOf(object(ORGANISATION)), Event::organisations).withElementName("organisation");
        Property<Event, List<Speaker>> people = Property.of("people", listOf(object(PERSON)), Event::people)
                .withElementName("person");
        Property<Event, List<Role>> roles = Property.of("roles", listOf(object(ROLE)), Event::roles)
                .withElementName("role");
        Property<Event, List<Definition>> eventKinds = Property.of("eventKinds", listOf(object(DEFINITION)),
                Event::eventKinds).withElementName("eventKind");
        Property<Event, List<Definition>> itemKinds = Property.of("itemKinds", listOf(object(DEFINITION)),
                Event::itemKinds).withElementName("itemKind");
        Property<Event, List<Definition>> sectors = Property.of("sectors", listOf(object(DEFINITION)),
                Event::sectors).withElementName("sector");
        Property<Event, Programme> programme = Property.of("programme", object(PROGRAMME),
                e -> e.programme().isEmpty() ? null : e.programme());
        Property<Event, List<Link>> links = Property.of("links", listOf(object(LINK)), Event::links)
                .withElementName("link");
        Property<Event, Audience> audience = Property.of("audience", object(AUDIENCE),
                e -> e.audience().groups().isEmpty() && e.audience().admission().isEmpty() ? null : e.audience());
        Property<Event, Proceedings> proceedings = Property.of("proceedings", object(PROCEEDINGS),
                e -> e.proceedings().isEmpty() ? null : e.proceedings());
        Property<Event, Provenance> provenance = Property.of("provenance", object(PROVENANCE), e -> {
            Provenance p = e.provenance();
            return p.sources().isEmpty() && p.claims().isEmpty() && p.notes().isEmpty() ? null : p;
        });
        return Shape.of(Event.class, "an event", v -> {
            Event.Builder b = Event.builder(v.get(id)).kind(v.get(kind))
                    .title(v.get(title)).subtitle(v.get(subtitle)).description(v.get(description))
                    .languages(v.get(languages)).dates(v.get(startDate), v.get(endDate))
                    .involvements(v.get(involvements)).organisations(v.get(organisations)).people(v.get(people))
                    .roles(v.get(roles)).eventKinds(v.get(eventKinds)).itemKinds(v.get(itemKinds))
                    .sectors(v.get(sectors)).links(v.get(links));
            v.optional(timeZone).ifPresent(b::timeZone);
            v.optional(venue).ifPresent(b::venue);
            v.optional(programme).ifPresent(b::programme);
            v.optional(audience).ifPresent(b::audience);
            v.optional(proceedings).ifPresent(b::proceedings);
            v.optional(provenance).ifPresent(b::provenance);
            return b.build();
        }, formatVersion, id, kind, title, subtitle, description, languages, startDate, endDate, timeZone, venue,
                involvements, organisations, people, roles, eventKinds, itemKinds, sectors, programme, links, audience,
                proceedings, provenance);
    }

    // ---------------------------------------------------------------- people and organisations

    private static Shape<Organisation> organisation() {
        Property<Organisation, String> id = Property.of("id", STRING, Organisation::id).required();
        Property<Organisation, LocalizedText> name = Property.of("name", TEXT, Organisation::name).untranslated();
        Property<Organisation, String> acronym = Property.optional("acronym", STRING, Organisation::acronym);
        Property<Organisation, Sector> sector = Property.optional("sector", Scalars.SECTOR, Organisation::sector);
        Property<Organisation, String> country = Property.optional("country", STRING, Organisation::country);
        Property<Organisation, List<ExternalId>> externalIds = Property.of("externalIds", listOf(object(EXTERNAL_ID)),
                Organisation::externalIds).withElementName("externalId");
        Property<Organisation, String> parent = Property.optional("parent", STRING, Organisation::parent);
        Property<Organisation, String> locality = Property.optional("locality", STRING, Organisation::locality);
        return Shape.of(Organisation.class, "an organisation",
                v -> new Organisation(v.get(id), v.get(name), v.optional(acronym), v.optional(sector),
                        v.optional(country), v.get(externalIds), v.optional(parent), v.optional(locality)),
                id, name, acronym, parent, sector, locality, country, externalIds);
    }

    private static Shape<ExternalId> externalId() {
        Property<ExternalId, String> scheme = Property.of("scheme", CODE, ExternalId::scheme).required();
        Property<ExternalId, String> value = Property.of("value", STRING, ExternalId::value).required();
        return Shape.of(ExternalId.class, "an external identifier", v -> new ExternalId(v.get(scheme), v.get(value)),
                scheme, value);
    }

    private static Shape<Speaker> person() {
        Property<Speaker, String> id = Property.of("id", STRING, Speaker::id).required();
        Property<Speaker, String> honorific = Property.optional("honorific", STRING, Speaker::honorific);
        Property<Speaker, PersonName> name = Property.of("name", object(PERSON_NAME), Speaker::name).required();
        Property<Speaker, List<Affiliation>> affiliations = Property.of("affiliations", listOf(object(AFFILIATION)),
                Speaker::affiliations).withElementName("affiliation");
        Property<Speaker, String> country = Property.optional("country", STRING, Speaker::country);
        Property<Speaker, List<ExternalId>> externalIds = Property.of("externalIds", listOf(object(EXTERNAL_ID)),
                Speaker::externalIds).withElementName("externalId");
        return Shape.of(Speaker.class, "a person",
                v -> new Speaker(v.get(id), v.optional(honorific), v.get(name), v.get(affiliations),
                        v.optional(country), v.get(externalIds)),
                id, honorific, name, affiliations, country, externalIds);
    }

    private static Shape<PersonName> personName() {
        Property<PersonName, String> printed = Property.of("printed", STRING, PersonName::printed).required();
        Property<PersonName, String> given = Property.optional("given", STRING, PersonName::given);
        Property<PersonName, String> family = Property.optional("family", STRING, PersonName::family);
        // Written only when not the default: given-first, stated parts (and never for a name without parts).
        Property<PersonName, NameOrder> order = Property.of("order", Scalars.vocabulary("name order",
                NameOrder.values(), NameOrder::fromCode, NameOrder::code),
                n -> n.order() == NameOrder.GIVEN_FIRST ? null : n.order());
        Property<PersonName, Certainty> parts = Property.of("parts",
                Scalars.vocabulary("certainty", Certainty.values(), Certainty::fromCode, Certainty::code),
                n -> n.hasParts() && n.parts() != Certainty.STATED ? n.parts() : null);
        return Shape.of(PersonName.class, "a name", v -> {
            if (v.has(parts) && !v.has(given) && !v.has(family)) {
                throw new IllegalArgumentException("parts says whether the given and family names are stated or "
                        + "inferred, and this name gives neither: leave parts out or give the parts");
            }
            return new PersonName(v.get(printed), v.optional(given), v.optional(family),
                    v.optional(order).orElse(NameOrder.GIVEN_FIRST), v.optional(parts).orElse(Certainty.STATED));
        }, printed, given, family, order, parts);
    }

    private static Shape<Affiliation> affiliation() {
        Property<Affiliation, String> organisation = Property.optional("organisation", STRING,
                Affiliation::organisation);
        Property<Affiliation, LocalizedText> position = Property.<Affiliation, LocalizedText>of("position", TEXT, Affiliation::position).untranslated();
        Property<Affiliation, LocalizedText> unit = Property.of("unit", TEXT, Affiliation::unit).untranslated();
        Property<Affiliation, Sector> sector = Property.optional("sector", Scalars.SECTOR, Affiliation::sector);
        Property<Affiliation, String> country = Property.optional("country", STRING, Affiliation::country);
        return Shape.of(Affiliation.class, "an affiliation",
                v -> new Affiliation(v.optional(organisation), v.get(position), v.get(unit), v.optional(sector),
                        v.optional(country)),
                organisation, position, unit, sector, country);
    }

    private static Shape<Involvement> involvement() {
        Property<Involvement, String> organisation = Property.of("organisation", STRING, Involvement::organisation)
                .required();
        Property<Involvement, InvolvementKind> kind = Property.of("kind",
                Scalars.vocabulary("involvement kind", InvolvementKind.values(), InvolvementKind::fromCode,
                        InvolvementKind::code),
                Involvement::kind).required();
        return Shape.of(Involvement.class, "an involvement", v -> new Involvement(v.get(organisation), v.get(kind)),
                organisation, kind);
    }

    private static Shape<Role> role() {
        Property<Role, String> code = Property.of("code", CODE, Role::code).required();
        Property<Role, LocalizedText> label = Property.of("label", TEXT, Role::label);
        Property<Role, LocalizedText> description = Property.of("description", TEXT, Role::description);
        return Shape.of(Role.class, "a role", v -> new Role(v.get(code), v.get(label), v.get(description)),
                code, label, description);
    }

    private static Shape<Definition> definition() {
        Property<Definition, String> code = Property.of("code", CODE, Definition::code).required();
        Property<Definition, LocalizedText> label = Property.of("label", TEXT, Definition::label);
        Property<Definition, LocalizedText> description = Property.of("description", TEXT, Definition::description);
        return Shape.of(Definition.class, "a definition",
                v -> new Definition(v.get(code), v.get(label), v.get(description)), code, label, description);
    }

    // ---------------------------------------------------------------- programme

    private static Shape<Programme> programme() {
        Property<Programme, List<ProgrammeDay>> days = Property.of("days", listOf(object(DAY)), Programme::days)
                .withElementName("day");
        Property<Programme, List<AgendaItem>> unscheduled = Property.of("unscheduled", listOf(object(AGENDA_ITEM)),
                Programme::unscheduled).withElementName("unscheduledItem");
        Property<Programme, List<Track>> tracks = Property.of("tracks", listOf(object(TRACK)), Programme::tracks)
                .withElementName("track");
        return Shape.of(Programme.class, "a programme",
                v -> new Programme(v.get(days), v.get(unscheduled), v.get(tracks)), tracks, days, unscheduled);
    }

    private static Shape<Track> track() {
        Property<Track, String> id = Property.of("id", STRING, Track::id).required();
        Property<Track, LocalizedText> name = Property.of("name", TEXT, Track::name);
        return Shape.of(Track.class, "a track", v -> new Track(v.get(id), v.get(name)), id, name);
    }

    private static Shape<ProgrammeDay> day() {
        Property<ProgrammeDay, LocalDate> date = Property.of("date", DATE, ProgrammeDay::date).required();
        Property<ProgrammeDay, DayOfWeek> statedWeekday = Property.optional("statedWeekday", Scalars.WEEKDAY,
                ProgrammeDay::statedWeekday);
        Property<ProgrammeDay, LocalizedText> label = Property.of("label", TEXT, ProgrammeDay::label);
        Property<ProgrammeDay, List<AgendaItem>> items = Property.of("items", listOf(object(AGENDA_ITEM)),
                ProgrammeDay::items).withElementName("item");
        return Shape.of(ProgrammeDay.class, "a day",
                v -> new ProgrammeDay(v.get(date), v.optional(statedWeekday), v.get(label), v.get(items)),
                date, statedWeekday, label, items);
    }

    private static Shape<AgendaItem> agendaItem() {
        Property<AgendaItem, String> id = Property.of("id", STRING, AgendaItem::id).required();
        Property<AgendaItem, AgendaItemKind> kind = Property.of("kind", Scalars.ITEM_KIND,
                AgendaItem::kind).required();
        Property<AgendaItem, String> label = Property.optional("label", STRING,
                item -> item instanceof Panel ? ((Panel) item).label() : Optional.empty());
        Property<AgendaItem, LocalTime> start = Property.optional("start", TIME, AgendaItem::start);
        Property<AgendaItem, LocalTime> end = Property.optional("end", TIME, AgendaItem::end);
        Property<AgendaItem, String> track = Property.optional("track", STRING, AgendaItem::track);
        Property<AgendaItem, List<String>> rooms = Property.of("rooms", listOf(STRING), AgendaItem::rooms)
                .withElementName("room");
        Property<AgendaItem, List<ItemCondition>> conditions = Property.of("conditions", listOf(Scalars.vocabulary(
                "item condition", ItemCondition.values(), ItemCondition::fromCode, ItemCondition::code)),
                AgendaItem::conditions).withElementName("condition");
        Property<AgendaItem, LocalizedText> heading = Property.of("heading", TEXT, AgendaItem::heading);
        Property<AgendaItem, LocalizedText> title = Property.of("title", TEXT, AgendaItem::title);
        Property<AgendaItem, LocalizedText> description = Property.of("description", TEXT, AgendaItem::description);
        Property<AgendaItem, List<Participation>> participants = Property.of("participants",
                listOf(object(PARTICIPANT)), AgendaItem::participants).withElementName("participant");
        // an item contains items: the shape refers to itself, so lazily (AGENDA_ITEM is set once this returns)
        Property<AgendaItem, List<AgendaItem>> items = Property.of("items",
                listOf(object(() -> AGENDA_ITEM)), AgendaItem::items).withElementName("item");
        return Shape.of(AgendaItem.class, "an agenda item", v -> {
            AgendaItemKind k = v.get(kind);
            if (AgendaItemKind.PANEL.equals(k)) {
                return new Panel(v.get(id), v.optional(label), v.optional(start), v.optional(end), v.get(heading),
                        v.get(title), v.get(description), v.get(participants), v.get(rooms), v.optional(track),
                        v.get(conditions), v.get(items));
            }
            if (v.has(label)) {
                throw new IllegalArgumentException("only a panel has a label, and this item's kind is " + k.code());
            }
            return new Session(v.get(id), k, v.optional(start), v.optional(end), v.get(heading), v.get(title),
                    v.get(description), v.get(participants), v.get(rooms), v.optional(track), v.get(conditions),
                    v.get(items));
        }, id, kind, label, start, end, track, rooms, conditions, heading, title, description, participants, items);
    }

    private static Shape<Participation> participant() {
        Property<Participation, String> person = Property.of("person", STRING, Participation::person).required();
        Property<Participation, String> role = Property.of("role", CODE, Participation::role).required();
        Property<Participation, LocalizedText> title = Property.<Participation, LocalizedText>of("title", TEXT,
                Participation::title).untranslated();
        Property<Participation, LocalizedText> description = Property.<Participation, LocalizedText>of("description",
                TEXT, Participation::description).untranslated();
        return Shape.of(Participation.class, "a participant",
                v -> new Participation(v.get(person), v.get(role), v.get(title), v.get(description)),
                person, role, title, description);
    }

    // ---------------------------------------------------------------- venue, links, audience

    private static Shape<Venue> venue() {
        Property<Venue, LocalizedText> name = Property.of("name", TEXT, Venue::name).untranslated();
        Property<Venue, PostalAddress> address = Property.optional("address", object(ADDRESS), Venue::address);
        Property<Venue, List<TransportAccess>> access = Property.of("access", listOf(object(ACCESS)), Venue::access);
        Property<Venue, List<LocalizedText>> facilities = Property.of("facilities", listOf(TEXT), Venue::facilities)
                .withElementName("facility");
        Property<Venue, List<Room>> rooms = Property.of("rooms", listOf(object(ROOM)), Venue::rooms)
                .withElementName("room");
        return Shape.of(Venue.class, "a venue",
                v -> new Venue(v.get(name), v.optional(address), v.get(access), v.get(facilities), v.get(rooms)),
                name, address, access, facilities, rooms);
    }

    private static Shape<PostalAddress> address() {
        Property<PostalAddress, String> street = Property.optional("street", STRING, PostalAddress::street);
        Property<PostalAddress, String> postalCode = Property.optional("postalCode", STRING,
                PostalAddress::postalCode);
        Property<PostalAddress, String> locality = Property.optional("locality", STRING, PostalAddress::locality);
        Property<PostalAddress, String> district = Property.optional("district", STRING, PostalAddress::district);
        Property<PostalAddress, String> country = Property.optional("country", STRING, PostalAddress::country);
        return Shape.of(PostalAddress.class, "an address",
                v -> PostalAddress.of(v.get(street), v.get(postalCode), v.get(locality), v.get(district),
                        v.get(country)),
                street, postalCode, locality, district, country);
    }

    private static Shape<TransportAccess> access() {
        Property<TransportAccess, TransportMode> mode = Property.of("mode",
                Scalars.vocabulary("transport mode", TransportMode.values(), TransportMode::fromCode,
                        TransportMode::code),
                TransportAccess::mode).required();
        Property<TransportAccess, String> line = Property.of("line", STRING, TransportAccess::line).required();
        Property<TransportAccess, String> stop = Property.optional("stop", STRING, TransportAccess::stop);
        return Shape.of(TransportAccess.class, "an access",
                v -> new TransportAccess(v.get(mode), v.get(line), v.optional(stop)), mode, line, stop);
    }

    private static Shape<Room> room() {
        Property<Room, String> id = Property.of("id", STRING, Room::id).required();
        Property<Room, LocalizedText> name = Property.of("name", TEXT, Room::name).untranslated();
        return Shape.of(Room.class, "a room", v -> new Room(v.get(id), v.get(name)), id, name);
    }

    private static Shape<Link> link() {
        Property<Link, URI> url = Property.of("url", Scalars.URL, Link::url).required();
        Property<Link, LocalizedText> title = Property.of("title", TEXT, Link::title).untranslated();
        Property<Link, LocalizedText> tagline = Property.of("tagline", TEXT, Link::tagline).untranslated();
        Property<Link, LocalizedText> description = Property.of("description", TEXT, Link::description);
        Property<Link, List<String>> languages = Property.of("languages", listOf(STRING), Link::languages)
                .withElementName("language");
        Property<Link, Integer> languageCount = Property.optional("languageCount", Scalars.INTEGER,
                Link::languageCount);
        return Shape.of(Link.class, "a link",
                v -> new Link(v.get(url), v.get(title), v.get(tagline), v.get(description), v.get(languages),
                        v.optional(languageCount)),
                url, title, tagline, description, languages, languageCount);
    }

    private static Shape<Audience> audience() {
        Property<Audience, List<LocalizedText>> groups = Property.of("groups", listOf(TEXT), Audience::groups)
                .withElementName("group");
        Property<Audience, LocalizedText> admission = Property.of("admission", TEXT, Audience::admission);
        return Shape.of(Audience.class, "an audience", v -> new Audience(v.get(groups), v.get(admission)),
                groups, admission);
    }

    // ---------------------------------------------------------------- proceedings and provenance

    private static Shape<Proceedings> proceedings() {
        Property<Proceedings, List<LocalizedText>> summary = Property.of("summary", listOf(TEXT),
                Proceedings::summary);
        Property<Proceedings, List<Term>> themes = Property.of("themes", listOf(object(TERM)), Proceedings::themes)
                .withElementName("theme");
        Property<Proceedings, List<Term>> dimensions = Property.of("dimensions", listOf(object(TERM)),
                Proceedings::dimensions).withElementName("dimension");
        Property<Proceedings, List<Quote>> quotes = Property.of("quotes", listOf(object(QUOTE)), Proceedings::quotes)
                .withElementName("quote");
        Property<Proceedings, List<LocalizedText>> acknowledgements = Property.of("acknowledgements", listOf(TEXT),
                Proceedings::acknowledgements).withElementName("acknowledgement");
        return Shape.of(Proceedings.class, "a proceedings",
                v -> new Proceedings(v.get(summary), v.get(themes), v.get(dimensions), v.get(quotes),
                        v.get(acknowledgements)),
                summary, themes, dimensions, quotes, acknowledgements);
    }

    private static Shape<Term> term() {
        Property<Term, String> code = Property.of("code", CODE, Term::code).required();
        Property<Term, LocalizedText> label = Property.of("label", TEXT, Term::label);
        return Shape.of(Term.class, "a term", v -> new Term(v.get(code), v.get(label)), code, label);
    }

    private static Shape<Quote> quote() {
        Property<Quote, LocalizedText> text = Property.of("text", TEXT, Quote::text);
        Property<Quote, String> speaker = Property.optional("speaker", STRING, Quote::speaker);
        Property<Quote, LocalizedText> attribution = Property.of("attribution", TEXT, Quote::attribution).untranslated();
        return Shape.of(Quote.class, "a quote", v -> new Quote(v.get(text), v.optional(speaker), v.get(attribution)),
                text, speaker, attribution);
    }

    private static Shape<Provenance> provenance() {
        Property<Provenance, List<SourceDocument>> sources = Property.of("sources", listOf(object(SOURCE)),
                Provenance::sources).withElementName("source");
        Property<Provenance, List<Claim>> claims = Property.of("claims", listOf(object(CLAIM)), Provenance::claims)
                .withElementName("claim");
        Property<Provenance, List<EditorialNote>> notes = Property.of("notes", listOf(object(NOTE)),
                Provenance::notes).withElementName("note");
        return Shape.of(Provenance.class, "a provenance",
                v -> new Provenance(v.get(sources), v.get(claims), v.get(notes)), sources, claims, notes);
    }

    private static Shape<SourceDocument> source() {
        Property<SourceDocument, String> id = Property.of("id", STRING, SourceDocument::id).required();
        Property<SourceDocument, LocalizedText> title = Property.of("title", TEXT, SourceDocument::title).untranslated();
        Property<SourceDocument, String> reference = Property.optional("reference", STRING, SourceDocument::reference);
        Property<SourceDocument, List<String>> languages = Property.of("languages", listOf(STRING),
                SourceDocument::languages).withElementName("language");
        return Shape.of(SourceDocument.class, "a source document",
                v -> new SourceDocument(v.get(id), v.get(title), v.optional(reference), v.get(languages)),
                id, title, reference, languages);
    }

    private static Shape<Claim> claim() {
        Property<Claim, String> path = Property.of("path", STRING, Claim::path).required();
        Property<Claim, String> source = Property.optional("source", STRING, Claim::source);
        Property<Claim, Certainty> certainty = Property.of("certainty",
                Scalars.vocabulary("certainty", Certainty.values(), Certainty::fromCode, Certainty::code),
                Claim::certainty).required();
        Property<Claim, String> rationale = Property.<Claim, String>of("rationale", STRING,
                c -> c.rationale().isEmpty() ? null : c.rationale()).prose();
        return Shape.of(Claim.class, "a claim",
                v -> new Claim(v.get(path), v.optional(source), v.get(certainty), v.optional(rationale).orElse("")),
                path, source, certainty, rationale);
    }

    private static Shape<EditorialNote> note() {
        Property<EditorialNote, String> path = Property.<EditorialNote, String>of("path", STRING,
                n -> n.path().isEmpty() ? null : n.path());
        Property<EditorialNote, String> source = Property.optional("source", STRING, EditorialNote::source);
        Property<EditorialNote, NoteKind> kind = Property.of("kind",
                Scalars.vocabulary("note kind", NoteKind.values(), NoteKind::fromCode, NoteKind::code),
                EditorialNote::kind).required();
        Property<EditorialNote, String> quoted = Property.optional("quoted", STRING, EditorialNote::quoted).prose();
        Property<EditorialNote, String> note = Property.of("note", STRING, EditorialNote::note).required().prose()
                .withElementName("text");
        return Shape.of(EditorialNote.class, "an editorial note",
                v -> new EditorialNote(v.optional(path).orElse(""), v.optional(source), v.get(kind),
                        v.optional(quoted), v.get(note)),
                path, source, kind, quoted, note);
    }
}
