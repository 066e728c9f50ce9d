package org.disputatio.io.json.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.disputatio.io.EventReadException;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.AgendaItemKind;
import org.disputatio.model.Audience;
import org.disputatio.model.Certainty;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.EventKind;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Involvement;
import org.disputatio.model.InvolvementKind;
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
import org.disputatio.model.TransportAccess;
import org.disputatio.model.TransportMode;
import org.disputatio.model.Venue;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one event from a token stream, by hand: no databind, no reflection, no intermediate
 * tree. Each {@code read…} method starts with the parser on the first token of its value and
 * leaves it on the value's last token.
 *
 * <p>Every problem is an {@link EventReadException} at the offending token; a
 * {@link tools.jackson.core.JacksonException} from the parser itself (malformed JSON, a limit
 * exceeded, a duplicate property) passes through for the caller to convert. Not thread-safe:
 * one instance per parse.
 */
public final class JsonEventReader {

    /** The format version this reader reads and the writer writes. */
    public static final int FORMAT_VERSION = 1;

    private final JsonParser p;
    private final boolean allowUnknownProperties;
    private final int maxProperties;
    private final boolean rejectDuplicates;
    /** The property names seen in each object being read, by nesting depth; reused from object to object. */
    private SeenNames[] seen = new SeenNames[8];
    private int depth;

    /**
     * A reader of the event at the parser's position.
     *
     * @param parser the parser, positioned before or on the event's START_OBJECT
     * @param allowUnknownProperties skip properties the format does not define, instead of failing
     * @param maxProperties the most properties one object may have
     * @param rejectDuplicates refuse an object that names a property twice; cheaper here than
     *     Jackson's {@code STRICT_DUPLICATE_DETECTION}, which builds a hash set for every object
     */
    public JsonEventReader(JsonParser parser, boolean allowUnknownProperties, int maxProperties,
            boolean rejectDuplicates) {
        this.p = parser;
        this.allowUnknownProperties = allowUnknownProperties;
        this.maxProperties = maxProperties;
        this.rejectDuplicates = rejectDuplicates;
    }

    /**
     * Reads the event whose first token is the parser's next token (or its current one, when
     * the parser is already on a START_OBJECT).
     *
     * @return the event; the parser is left on its END_OBJECT
     * @throws EventReadException if the input is not an event in the format
     */
    public Event readEvent() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw EventReadException.at("no event: the input is empty", 1, 1, "");
            }
        }
        return event();
    }

    // ---------------------------------------------------------------- event

    private Event event() {
        Event.Builder b = Event.builder(null);
        Integer version = null;
        String id = null;
        EventKind kind = null;
        LocalDate start = null;
        LocalDate end = null;
        for (String name : properties("an event object")) {
            switch (name) {
                case "formatVersion":
                    version = integer();
                    if (version != FORMAT_VERSION) {
                        throw error("unsupported formatVersion " + version + "; this reader reads version "
                                + FORMAT_VERSION);
                    }
                    break;
                case "id": id = string(); break;
                case "kind": kind = EventKind.of(code()); break;
                case "title": b.title(text()); break;
                case "subtitle": b.subtitle(text()); break;
                case "description": b.description(text()); break;
                case "languages": b.languages(strings()); break;
                case "startDate": start = date(); break;
                case "endDate": end = date(); break;
                case "timeZone": b.timeZone(zone()); break;
                case "venue": b.venue(venue()); break;
                case "involvements": b.involvements(list(this::involvement)); break;
                case "organisations": b.organisations(list(this::organisation)); break;
                case "people": b.people(list(this::person)); break;
                case "roles": b.roles(list(this::role)); break;
                case "programme": b.programme(programme()); break;
                case "links": b.links(list(this::link)); break;
                case "audience": b.audience(audience()); break;
                case "proceedings": b.proceedings(proceedings()); break;
                case "provenance": b.provenance(provenance()); break;
                default: unknown(name, "formatVersion, id, kind, title, subtitle, description, languages, startDate, "
                        + "endDate, timeZone, venue, involvements, organisations, people, roles, programme, links, "
                        + "audience, proceedings, provenance");
            }
        }
        required("formatVersion", version, "id", id, "kind", kind, "startDate", start, "endDate", end);
        return b.id(id).kind(kind).dates(start, end).build();
    }

    // ---------------------------------------------------------------- people and organisations

    private Organisation organisation() {
        String id = null;
        LocalizedText name = LocalizedText.empty();
        String acronym = null;
        Sector sector = null;
        String country = null;
        List<ExternalId> externalIds = List.of();
        for (String property : properties("an organisation object")) {
            switch (property) {
                case "id": id = string(); break;
                case "name": name = text(); break;
                case "acronym": acronym = string(); break;
                case "sector": sector = vocabulary(Sector::fromCode); break;
                case "country": country = string(); break;
                case "externalIds": externalIds = list(this::externalId); break;
                default: unknown(property, "id, name, acronym, sector, country, externalIds");
            }
        }
        required("id", id);
        return new Organisation(id, name, Optional.ofNullable(acronym), Optional.ofNullable(sector),
                Optional.ofNullable(country), externalIds);
    }

    private ExternalId externalId() {
        String scheme = null;
        String value = null;
        for (String property : properties("an external identifier object")) {
            switch (property) {
                case "scheme": scheme = code(); break;
                case "value": value = string(); break;
                default: unknown(property, "scheme, value");
            }
        }
        required("scheme", scheme, "value", value);
        return new ExternalId(scheme, value);
    }

    private Speaker person() {
        String id = null;
        String honorific = null;
        PersonName name = null;
        List<Affiliation> affiliations = List.of();
        String country = null;
        List<ExternalId> externalIds = List.of();
        for (String property : properties("a person object")) {
            switch (property) {
                case "id": id = string(); break;
                case "honorific": honorific = string(); break;
                case "name": name = personName(); break;
                case "affiliations": affiliations = list(this::affiliation); break;
                case "country": country = string(); break;
                case "externalIds": externalIds = list(this::externalId); break;
                default: unknown(property, "id, honorific, name, affiliations, country, externalIds");
            }
        }
        required("id", id, "name", name);
        return new Speaker(id, Optional.ofNullable(honorific), name, affiliations, Optional.ofNullable(country),
                externalIds);
    }

    private PersonName personName() {
        String given = null;
        String family = null;
        NameOrder order = null;
        for (String property : properties("a name object")) {
            switch (property) {
                case "given": given = string(); break;
                case "family": family = string(); break;
                case "order": order = vocabulary(NameOrder::fromCode); break;
                default: unknown(property, "given, family, order");
            }
        }
        required("family", family, "order", order);
        return new PersonName(Optional.ofNullable(given), family, order);
    }

    private Affiliation affiliation() {
        String organisation = null;
        LocalizedText position = LocalizedText.empty();
        LocalizedText unit = LocalizedText.empty();
        Sector sector = null;
        String country = null;
        for (String property : properties("an affiliation object")) {
            switch (property) {
                case "organisation": organisation = string(); break;
                case "position": position = text(); break;
                case "unit": unit = text(); break;
                case "sector": sector = vocabulary(Sector::fromCode); break;
                case "country": country = string(); break;
                default: unknown(property, "organisation, position, unit, sector, country");
            }
        }
        return new Affiliation(Optional.ofNullable(organisation), position, unit, Optional.ofNullable(sector),
                Optional.ofNullable(country));
    }

    private Involvement involvement() {
        String organisation = null;
        InvolvementKind kind = null;
        for (String property : properties("an involvement object")) {
            switch (property) {
                case "organisation": organisation = string(); break;
                case "kind": kind = vocabulary(InvolvementKind::fromCode); break;
                default: unknown(property, "organisation, kind");
            }
        }
        required("organisation", organisation, "kind", kind);
        return new Involvement(organisation, kind);
    }

    private Role role() {
        String code = null;
        LocalizedText label = LocalizedText.empty();
        LocalizedText description = LocalizedText.empty();
        for (String property : properties("a role object")) {
            switch (property) {
                case "code": code = code(); break;
                case "label": label = text(); break;
                case "description": description = text(); break;
                default: unknown(property, "code, label, description");
            }
        }
        required("code", code);
        return new Role(code, label, description);
    }

    // ---------------------------------------------------------------- programme

    private Programme programme() {
        List<ProgrammeDay> days = List.of();
        for (String property : properties("a programme object")) {
            if (property.equals("days")) {
                days = list(this::day);
            } else {
                unknown(property, "days");
            }
        }
        return new Programme(days);
    }

    private ProgrammeDay day() {
        LocalDate date = null;
        DayOfWeek weekday = null;
        LocalizedText label = LocalizedText.empty();
        List<AgendaItem> items = List.of();
        for (String property : properties("a day object")) {
            switch (property) {
                case "date": date = date(); break;
                case "statedWeekday": weekday = vocabulary(JsonEventReader::weekday); break;
                case "label": label = text(); break;
                case "items": items = list(this::item); break;
                default: unknown(property, "date, statedWeekday, label, items");
            }
        }
        required("date", date);
        return new ProgrammeDay(date, Optional.ofNullable(weekday), label, items);
    }

    private AgendaItem item() {
        String id = null;
        AgendaItemKind kind = null;
        String label = null;
        LocalTime start = null;
        LocalTime end = null;
        LocalizedText title = LocalizedText.empty();
        LocalizedText description = LocalizedText.empty();
        List<Participation> participants = List.of();
        for (String property : properties("an agenda item object")) {
            switch (property) {
                case "id": id = string(); break;
                case "kind": kind = vocabulary(AgendaItemKind::fromCode); break;
                case "label": label = string(); break;
                case "start": start = time(); break;
                case "end": end = time(); break;
                case "title": title = text(); break;
                case "description": description = text(); break;
                case "participants": participants = list(this::participation); break;
                default: unknown(property, "id, kind, label, start, end, title, description, participants");
            }
        }
        required("id", id, "kind", kind);
        if (kind == AgendaItemKind.PANEL) {
            return new Panel(id, Optional.ofNullable(label), Optional.ofNullable(start), Optional.ofNullable(end), title,
                    description, participants);
        }
        if (label != null) {
            throw error("only a panel has a label; this item is a " + kind.code());
        }
        return new Session(id, kind, Optional.ofNullable(start), Optional.ofNullable(end), title, description,
                participants);
    }

    private Participation participation() {
        String person = null;
        String role = null;
        for (String property : properties("a participant object")) {
            switch (property) {
                case "person": person = string(); break;
                case "role": role = code(); break;
                default: unknown(property, "person, role");
            }
        }
        required("person", person, "role", role);
        return new Participation(person, role);
    }

    // ---------------------------------------------------------------- venue, links, audience

    private Venue venue() {
        LocalizedText name = LocalizedText.empty();
        PostalAddress address = null;
        List<TransportAccess> access = List.of();
        List<LocalizedText> facilities = List.of();
        List<Room> rooms = List.of();
        for (String property : properties("a venue object")) {
            switch (property) {
                case "name": name = text(); break;
                case "address": address = address(); break;
                case "access": access = list(this::access); break;
                case "facilities": facilities = list(this::text); break;
                case "rooms": rooms = list(this::room); break;
                default: unknown(property, "name, address, access, facilities, rooms");
            }
        }
        return new Venue(name, Optional.ofNullable(address), access, facilities, rooms);
    }

    private PostalAddress address() {
        String street = null;
        String postalCode = null;
        String locality = null;
        String district = null;
        String country = null;
        for (String property : properties("an address object")) {
            switch (property) {
                case "street": street = string(); break;
                case "postalCode": postalCode = string(); break;
                case "locality": locality = string(); break;
                case "district": district = string(); break;
                case "country": country = string(); break;
                default: unknown(property, "street, postalCode, locality, district, country");
            }
        }
        return PostalAddress.of(street, postalCode, locality, district, country);
    }

    private TransportAccess access() {
        TransportMode mode = null;
        String line = null;
        String stop = null;
        for (String property : properties("an access object")) {
            switch (property) {
                case "mode": mode = vocabulary(TransportMode::fromCode); break;
                case "line": line = string(); break;
                case "stop": stop = string(); break;
                default: unknown(property, "mode, line, stop");
            }
        }
        required("mode", mode, "line", line);
        return new TransportAccess(mode, line, Optional.ofNullable(stop));
    }

    private Room room() {
        String id = null;
        LocalizedText name = LocalizedText.empty();
        for (String property : properties("a room object")) {
            switch (property) {
                case "id": id = string(); break;
                case "name": name = text(); break;
                default: unknown(property, "id, name");
            }
        }
        required("id", id);
        return new Room(id, name);
    }

    private Link link() {
        URI url = null;
        LocalizedText title = LocalizedText.empty();
        LocalizedText tagline = LocalizedText.empty();
        LocalizedText description = LocalizedText.empty();
        List<String> languages = List.of();
        Integer languageCount = null;
        for (String property : properties("a link object")) {
            switch (property) {
                case "url": url = uri(); break;
                case "title": title = text(); break;
                case "tagline": tagline = text(); break;
                case "description": description = text(); break;
                case "languages": languages = strings(); break;
                case "languageCount": languageCount = integer(); break;
                default: unknown(property, "url, title, tagline, description, languages, languageCount");
            }
        }
        required("url", url);
        return new Link(url, title, tagline, description, languages, Optional.ofNullable(languageCount));
    }

    private Audience audience() {
        List<LocalizedText> groups = List.of();
        LocalizedText admission = LocalizedText.empty();
        for (String property : properties("an audience object")) {
            switch (property) {
                case "groups": groups = list(this::text); break;
                case "admission": admission = text(); break;
                default: unknown(property, "groups, admission");
            }
        }
        return new Audience(groups, admission);
    }

    // ---------------------------------------------------------------- proceedings and provenance

    private Proceedings proceedings() {
        List<LocalizedText> summary = List.of();
        List<Term> themes = List.of();
        List<Term> dimensions = List.of();
        List<Quote> quotes = List.of();
        List<LocalizedText> acknowledgements = List.of();
        for (String property : properties("a proceedings object")) {
            switch (property) {
                case "summary": summary = list(this::text); break;
                case "themes": themes = list(this::term); break;
                case "dimensions": dimensions = list(this::term); break;
                case "quotes": quotes = list(this::quote); break;
                case "acknowledgements": acknowledgements = list(this::text); break;
                default: unknown(property, "summary, themes, dimensions, quotes, acknowledgements");
            }
        }
        return new Proceedings(summary, themes, dimensions, quotes, acknowledgements);
    }

    private Term term() {
        String code = null;
        LocalizedText label = LocalizedText.empty();
        for (String property : properties("a term object")) {
            switch (property) {
                case "code": code = code(); break;
                case "label": label = text(); break;
                default: unknown(property, "code, label");
            }
        }
        required("code", code);
        return new Term(code, label);
    }

    private Quote quote() {
        LocalizedText text = LocalizedText.empty();
        String speaker = null;
        LocalizedText attribution = LocalizedText.empty();
        for (String property : properties("a quote object")) {
            switch (property) {
                case "text": text = text(); break;
                case "speaker": speaker = string(); break;
                case "attribution": attribution = text(); break;
                default: unknown(property, "text, speaker, attribution");
            }
        }
        return new Quote(text, Optional.ofNullable(speaker), attribution);
    }

    private Provenance provenance() {
        List<SourceDocument> sources = List.of();
        List<Claim> claims = List.of();
        List<EditorialNote> notes = List.of();
        for (String property : properties("a provenance object")) {
            switch (property) {
                case "sources": sources = list(this::source); break;
                case "claims": claims = list(this::claim); break;
                case "notes": notes = list(this::note); break;
                default: unknown(property, "sources, claims, notes");
            }
        }
        return new Provenance(sources, claims, notes);
    }

    private SourceDocument source() {
        String id = null;
        LocalizedText title = LocalizedText.empty();
        String reference = null;
        List<String> languages = List.of();
        for (String property : properties("a source document object")) {
            switch (property) {
                case "id": id = string(); break;
                case "title": title = text(); break;
                case "reference": reference = string(); break;
                case "languages": languages = strings(); break;
                default: unknown(property, "id, title, reference, languages");
            }
        }
        required("id", id);
        return new SourceDocument(id, title, Optional.ofNullable(reference), languages);
    }

    private Claim claim() {
        String path = null;
        String source = null;
        Certainty certainty = null;
        String rationale = "";
        for (String property : properties("a claim object")) {
            switch (property) {
                case "path": path = string(); break;
                case "source": source = string(); break;
                case "certainty": certainty = vocabulary(Certainty::fromCode); break;
                case "rationale": rationale = string(); break;
                default: unknown(property, "path, source, certainty, rationale");
            }
        }
        required("path", path, "certainty", certainty);
        return new Claim(path, Optional.ofNullable(source), certainty, rationale);
    }

    private EditorialNote note() {
        String path = "";
        String source = null;
        NoteKind kind = null;
        String quoted = null;
        String note = null;
        for (String property : properties("an editorial note object")) {
            switch (property) {
                case "path": path = string(); break;
                case "source": source = string(); break;
                case "kind": kind = vocabulary(NoteKind::fromCode); break;
                case "quoted": quoted = string(); break;
                case "note": note = string(); break;
                default: unknown(property, "path, source, kind, quoted, note");
            }
        }
        required("kind", kind, "note", note);
        return new EditorialNote(path, Optional.ofNullable(source), kind, Optional.ofNullable(quoted), note);
    }

    // ---------------------------------------------------------------- values

    /**
     * The property names of the object starting at the current token, each returned with the
     * parser moved onto its value; the caller reads or skips the value before asking for the next.
     */
    private Iterable<String> properties(String what) {
        expect(JsonToken.START_OBJECT, what);
        SeenNames names = enterObject();
        return () -> new Iterator<>() {
            private String next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    next = nextName(names);
                    if (next != null) {
                        p.nextToken();
                    } else {
                        depth--;
                    }
                    fetched = true;
                }
                return next != null;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                fetched = false;
                return next;
            }
        };
    }

    /** Skips the current value, refusing duplicate properties inside it as everywhere else. */
    private void skipValue() {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            SeenNames names = enterObject();
            while (nextName(names) != null) {
                p.nextToken();
                skipValue();
            }
            depth--;
        } else if (token == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                skipValue();
            }
        }
    }

    /** The names seen in the object just entered, at the next depth. */
    private SeenNames enterObject() {
        if (depth == seen.length) {
            seen = java.util.Arrays.copyOf(seen, depth * 2);
        }
        SeenNames names = seen[depth];
        if (names == null) {
            names = seen[depth] = new SeenNames();
        }
        depth++;
        names.clear();
        return names;
    }

    /** The next property name of the current object, or null at its end; a name given twice is refused. */
    private String nextName(SeenNames names) {
        String name = p.nextName();
        if (name != null) {
            if (++names.total > maxProperties) {
                throw error("more than " + maxProperties + " properties in one object (the limit maxProperties)");
            }
            if (rejectDuplicates && !names.add(name)) {
                throw error("Duplicate property \"" + name + "\"");
            }
        }
        return name;
    }

    /**
     * The property names of one object so far: a short array scanned (objects have a few names,
     * which the parser hands out as canonical instances, so most comparisons are by identity),
     * and a hash set once there are many, so that a hostile object costs linear time.
     */
    private static final class SeenNames {
        private static final int FEW = 16;
        private final String[] few = new String[FEW];
        private int count;
        /** Every name of the object so far, for the limit on properties. */
        int total;
        private java.util.Set<String> many;

        void clear() {
            java.util.Arrays.fill(few, 0, Math.min(count, FEW), null);
            count = 0;
            total = 0;
            many = null;
        }

        /** False if the name was already added. */
        boolean add(String name) {
            if (many != null) {
                return many.add(name);
            }
            for (int i = 0; i < count; i++) {
                String seen = few[i];
                if (seen == name || seen.equals(name)) {
                    return false;
                }
            }
            if (count == FEW) {
                many = new java.util.HashSet<>(java.util.Arrays.asList(few));
                return many.add(name);
            }
            few[count++] = name;
            return true;
        }
    }

    /** A localized text: an object from language tag to text. */
    private LocalizedText text() {
        expect(JsonToken.START_OBJECT, "a localized text object such as {\"en\": \"…\"}");
        LocalizedText.Builder text = LocalizedText.builder();
        SeenNames tags = enterObject();
        for (String tag = nextName(tags); tag != null; tag = nextName(tags)) {
            checkUnicode(tag, "language tag");
            p.nextToken();
            String value = string();
            try {
                text.put(tag, value);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }
        depth--;
        return text.build();
    }

    private <T> List<T> list(java.util.function.Supplier<T> element) {
        expect(JsonToken.START_ARRAY, "an array");
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.get());
        }
        return values;
    }

    private List<String> strings() {
        return list(this::string);
    }

    private String string() {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected a string, got " + describe(p.currentToken()));
        }
        String value = p.getString();
        checkUnicode(value, "text");
        return value;
    }

    /** A code of an open vocabulary (event kinds, roles, themes): lower case, words joined by hyphens. */
    private String code() {
        String code = string();
        if (!ValueSyntax.isCode(code)) {
            throw error("expected a code in lower case with hyphens, such as \"keynote-speaker\", got \"" + code + "\"");
        }
        return code;
    }

    private int integer() {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error("expected an integer, got " + describe(p.currentToken()));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw error("integer out of range: " + p.getString());
        }
        return p.getIntValue();
    }

    private <T> T vocabulary(Function<String, T> fromCode) {
        String code = string();
        try {
            return fromCode.apply(code);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** A weekday as its lower-case English name: {@code thursday}. */
    static DayOfWeek weekday(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown weekday '" + code + "' (expected one of: monday, tuesday, "
                + "wednesday, thursday, friday, saturday, sunday)");
    }

    private LocalDate date() {
        String text = string();
        try {
            return ValueSyntax.date(text);
        } catch (DateTimeException e) {
            throw error("expected a date such as 2017-04-06, got \"" + text + "\"");
        }
    }

    private LocalTime time() {
        String text = string();
        try {
            return ValueSyntax.time(text);
        } catch (DateTimeException e) {
            throw error("expected a time such as 09:30, got \"" + text + "\"");
        }
    }

    /** An IANA time zone id known to the runtime; offsets such as {@code +01:00} are not zones. */
    private ZoneId zone() {
        String text = string();
        if (!ValueSyntax.isZoneId(text)) {
            throw error("expected an IANA time zone such as Europe/Paris, got \"" + text + "\"");
        }
        return ZoneId.of(text);
    }

    private URI uri() {
        String text = string();
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw error("expected a URL, got \"" + text + "\": " + e.getReason());
        }
    }

    // ---------------------------------------------------------------- checks

    private void expect(JsonToken token, String what) {
        if (p.currentToken() != token) {
            throw error("expected " + what + ", got " + describe(p.currentToken()));
        }
    }

    /**
     * Refuses an object that lacks required properties, naming every one it lacks at once, so
     * that a document is fixed in one run.
     *
     * @param namesAndValues alternating property names and the values read for them (null if absent)
     */
    private void required(Object... namesAndValues) {
        List<String> missing = null;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add("'" + namesAndValues[i] + "'");
            }
        }
        if (missing != null) {
            throw error(missing.size() == 1 ? "missing required property " + missing.get(0)
                    : "missing required properties " + String.join(", ", missing.subList(0, missing.size() - 1))
                    + " and " + missing.get(missing.size() - 1));
        }
    }

    private void unknown(String property, String known) {
        if (allowUnknownProperties) {
            skipValue();
            return;
        }
        throw error("unknown property '" + property + "' (expected one of: " + known + ")");
    }

    /** Text must be well-formed Unicode: JSON escapes can spell an unpaired surrogate. */
    /**
     * Refuses a string with a character some format cannot hold ({@link ValueSyntax#firstUnwritable}):
     * JSON could carry U+0000 escaped, but the XML of the same event could not.
     */
    private void checkUnicode(String value, String what) {
        int bad = ValueSyntax.firstUnwritable(value);
        if (bad < 0) {
            return;
        }
        char c = value.charAt(bad);
        if (Character.isSurrogate(c)) {
            throw error(what + " contains an unpaired surrogate (U+" + hex(c) + ")");
        }
        throw error(what + " contains " + ValueSyntax.describeUnwritable(value, bad)
                + ", a character no format of Disputatio can hold");
    }

    private static String hex(char c) {
        return Integer.toHexString(c).toUpperCase(Locale.ROOT);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "an integer";
            case VALUE_NUMBER_FLOAT: return "a decimal number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return token.toString();
        }
    }

    private EventReadException error(String reason) {
        return JsonLocations.error(p, reason, null);
    }
}
