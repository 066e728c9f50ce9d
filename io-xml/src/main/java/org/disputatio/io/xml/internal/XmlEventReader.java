package org.disputatio.io.xml.internal;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.COMMENT;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.PROCESSING_INSTRUCTION;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

/**
 * Reads one event from a StAX stream, by hand. Each element method starts with the reader on the
 * element's START_ELEMENT and leaves it on its END_ELEMENT.
 *
 * <p>Strict: every element and attribute must be known and in its place, element-only content
 * may hold no text (mixed content is an error, never silently dropped), text elements may hold
 * no elements, localized text carries {@code xml:lang} (a {@code lang} attribute in another
 * namespace is not it), and any DTD is refused. Every problem is an {@link EventReadException}
 * at the offending node with an XPath-like path ({@code /event/programme[1]/day[1]/item[2]/title[1]});
 * {@link XMLStreamException}s pass through for the caller to convert. Not thread-safe: one
 * instance per parse.
 */
public final class XmlEventReader {


    private final XMLStreamReader r;
    private final boolean allowUnknown;
    /** The longest text an element may hold, counted here as well as by the parser (see {@link #content()}). */
    private final int maxTextLength;
    /** The longest element or attribute name; the parser has no such limit. */
    private final int maxNameLength;
    /** The longest integer attribute. */
    private final int maxNumberLength;
    /** The names of the last {@link #attributes} call, for messages. */
    private String[] attributeNames;
    /** Open elements, root first: name and 1-based position among same-named siblings. */
    private final Deque<Frame> open = new ArrayDeque<>();

    /**
     * A reader of the document at the parser's position.
     *
     * @param reader the parser, built hardened by {@code EventXml}
     * @param allowUnknown skip elements and attributes the format does not define, instead of failing
     * @param maxTextLength the longest text an element may hold, in characters
     * @param maxNameLength the longest element or attribute name, in characters
     * @param maxNumberLength the longest integer, in characters
     */
    public XmlEventReader(XMLStreamReader reader, boolean allowUnknown, int maxTextLength, int maxNameLength,
            int maxNumberLength) {
        this.r = reader;
        this.allowUnknown = allowUnknown;
        this.maxTextLength = maxTextLength;
        this.maxNameLength = maxNameLength;
        this.maxNumberLength = maxNumberLength;
    }

    /**
     * An open element, with counts of its children by name for their positions: in two arrays
     * while the names are few (a known element has at most fourteen), in a map beyond, so that
     * an element with a great many differently named children (unknown ones, skipped when
     * lenient) costs linear time, not quadratic.
     */
    private static final class Frame {
        private static final int FEW = 16;

        final String name;
        final int position;
        /** Allocated with the first child: most elements are leaves. */
        private String[] childNames;
        private int[] childCounts;
        private int distinct;
        private java.util.Map<String, int[]> many;

        Frame(String name, int position) {
            this.name = name;
            this.position = position;
        }

        int count(String child) {
            if (many != null) {
                int[] count = many.get(child);
                return count == null ? 0 : count[0];
            }
            for (int i = 0; i < distinct; i++) {
                if (childNames[i].equals(child)) {
                    return childCounts[i];
                }
            }
            return 0;
        }

        int nextPosition(String child) {
            if (many != null) {
                return ++many.computeIfAbsent(child, c -> new int[1])[0];
            }
            for (int i = 0; i < distinct; i++) {
                if (childNames[i].equals(child)) {
                    return ++childCounts[i];
                }
            }
            if (distinct == FEW) {
                many = new java.util.HashMap<>();
                for (int i = 0; i < distinct; i++) {
                    many.put(childNames[i], new int[] {childCounts[i]});
                }
                return nextPosition(child);
            }
            if (childNames == null) {
                childNames = new String[4];
                childCounts = new int[4];
            }
            if (distinct == childNames.length) {
                childNames = java.util.Arrays.copyOf(childNames, distinct * 2);
                childCounts = java.util.Arrays.copyOf(childCounts, distinct * 2);
            }
            childNames[distinct] = child;
            childCounts[distinct] = 1;
            distinct++;
            return 1;
        }
    }

    /**
     * Reads the document: one {@code event} element in the format's namespace, nothing else.
     *
     * @return the event
     * @throws XMLStreamException if the parser fails: malformed XML, a limit exceeded
     * @throws org.disputatio.io.EventReadException if the document is well-formed but not an event
     *     in the format
     */
    public Event readDocument() throws XMLStreamException {
        int event = r.getEventType();
        if (event == START_DOCUMENT) {
            if ("1.1".equals(r.getVersion())) {
                // XML 1.1 allows &#x1; and the like, which the writer (XML 1.0) cannot write back, and its
                // line ends (U+0085, U+2028) are normalised from bytes but not from a String
                throw error("XML 1.1 is not supported: Disputatio documents are XML 1.0");
            }
            event = nextSignificant(true);
        }
        if (event != START_ELEMENT) {
            throw error("no event: the document has no root element");
        }
        if (!XmlNames.NAMESPACE.equals(r.getNamespaceURI()) || !"event".equals(r.getLocalName())) {
            throw error("expected the root element {" + XmlNames.NAMESPACE + "}event, got " + describeElement());
        }
        open.push(new Frame("event", 1));
        Event result = event(); // leaves the root's frame popped, as every element does at its end
        if (nextSignificant(true) != END_DOCUMENT) {
            throw error("unexpected content after the event");
        }
        return result;
    }

    // ---------------------------------------------------------------- event

    private Event event() throws XMLStreamException {
        String[] a = attributes("formatVersion", "id", "kind", "startDate", "endDate", "timeZone");
        requiredAttributes(a, 0, 1, 2, 3, 4);
        int version = integer(required(a, 0, "formatVersion"), "formatVersion");
        if (version != XmlNames.FORMAT_VERSION) {
            throw error("unsupported formatVersion " + version + "; this reader reads version " + XmlNames.FORMAT_VERSION);
        }
        Event.Builder b = Event.builder(required(a, 1, "id"))
                .kind(EventKind.of(code(required(a, 2, "kind"), "kind")))
                .dates(date(required(a, 3, "startDate"), "startDate"), date(required(a, 4, "endDate"), "endDate"));
        if (a[5] != null) {
            b.timeZone(zone(a[5]));
        }
        LocalizedText.Builder title = LocalizedText.builder();
        LocalizedText.Builder subtitle = LocalizedText.builder();
        LocalizedText.Builder description = LocalizedText.builder();
        List<String> languages = new ArrayList<>();
        List<Involvement> involvements = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        List<Speaker> people = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "title": text(title); break;
                case "subtitle": text(subtitle); break;
                case "description": text(description); break;
                case "language": languages.add(plainText()); break;
                case "venue": single(); b.venue(venue()); break;
                case "involvement": involvements.add(involvement()); break;
                case "organisation": organisations.add(organisation()); break;
                case "person": people.add(person()); break;
                case "role": roles.add(role()); break;
                case "programme": single(); b.programme(programme()); break;
                case "link": links.add(link()); break;
                case "audience": single(); b.audience(audience()); break;
                case "proceedings": single(); b.proceedings(proceedings()); break;
                case "provenance": single(); b.provenance(provenance()); break;
                default: unknown(child, "title, subtitle, description, language, venue, involvement, organisation, "
                        + "person, role, programme, link, audience, proceedings, provenance");
            }
        }
        return b.title(title.build()).subtitle(subtitle.build()).description(description.build()).languages(languages)
                .involvements(involvements).organisations(organisations).people(people).roles(roles).links(links)
                .build();
    }

    // ---------------------------------------------------------------- people and organisations

    private Organisation organisation() throws XMLStreamException {
        String[] a = attributes("id", "acronym", "sector", "country");
        String id = required(a, 0, "id");
        Sector sector = a[2] == null ? null : vocabulary(a[2], Sector::fromCode);
        LocalizedText.Builder name = LocalizedText.builder();
        List<ExternalId> externalIds = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "name": text(name); break;
                case "externalId": externalIds.add(externalId()); break;
                default: unknown(child, "name, externalId");
            }
        }
        return new Organisation(id, name.build(), Optional.ofNullable(a[1]), Optional.ofNullable(sector),
                Optional.ofNullable(a[3]), externalIds);
    }

    private ExternalId externalId() throws XMLStreamException {
        String[] a = attributes("scheme", "value");
        requiredAttributes(a, 0, 1);
        ExternalId id = new ExternalId(code(required(a, 0, "scheme"), "scheme"), required(a, 1, "value"));
        empty();
        return id;
    }

    private Speaker person() throws XMLStreamException {
        String[] a = attributes("id", "honorific", "country");
        String id = required(a, 0, "id");
        PersonName name = null;
        List<Affiliation> affiliations = new ArrayList<>();
        List<ExternalId> externalIds = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "name": single(); name = personName(); break;
                case "affiliation": affiliations.add(affiliation()); break;
                case "externalId": externalIds.add(externalId()); break;
                default: unknown(child, "name, affiliation, externalId");
            }
        }
        if (name == null) {
            throw error("missing required element <name> in <person id=\"" + id + "\">", closedPath("person"));
        }
        return new Speaker(id, Optional.ofNullable(a[1]), name, affiliations, Optional.ofNullable(a[2]), externalIds);
    }

    private PersonName personName() throws XMLStreamException {
        String[] a = attributes("given", "family", "order");
        requiredAttributes(a, 1, 2);
        String family = required(a, 1, "family");
        NameOrder order = vocabulary(required(a, 2, "order"), NameOrder::fromCode);
        empty();
        return new PersonName(Optional.ofNullable(a[0]), family, order);
    }

    private Affiliation affiliation() throws XMLStreamException {
        String[] a = attributes("organisation", "sector", "country");
        Sector sector = a[1] == null ? null : vocabulary(a[1], Sector::fromCode);
        LocalizedText.Builder position = LocalizedText.builder();
        LocalizedText.Builder unit = LocalizedText.builder();
        for (String child : children()) {
            switch (child) {
                case "position": text(position); break;
                case "unit": text(unit); break;
                default: unknown(child, "position, unit");
            }
        }
        return new Affiliation(Optional.ofNullable(a[0]), position.build(), unit.build(), Optional.ofNullable(sector),
                Optional.ofNullable(a[2]));
    }

    private Involvement involvement() throws XMLStreamException {
        String[] a = attributes("organisation", "kind");
        requiredAttributes(a, 0, 1);
        Involvement involvement = new Involvement(required(a, 0, "organisation"),
                vocabulary(required(a, 1, "kind"), InvolvementKind::fromCode));
        empty();
        return involvement;
    }

    private Role role() throws XMLStreamException {
        String[] a = attributes("code");
        String code = code(required(a, 0, "code"), "code");
        LocalizedText.Builder label = LocalizedText.builder();
        LocalizedText.Builder description = LocalizedText.builder();
        for (String child : children()) {
            switch (child) {
                case "label": text(label); break;
                case "description": text(description); break;
                default: unknown(child, "label, description");
            }
        }
        return new Role(code, label.build(), description.build());
    }

    // ---------------------------------------------------------------- programme

    private Programme programme() throws XMLStreamException {
        attributes();
        List<ProgrammeDay> days = new ArrayList<>();
        for (String child : children()) {
            if (child.equals("day")) {
                days.add(day());
            } else {
                unknown(child, "day");
            }
        }
        return new Programme(days);
    }

    private ProgrammeDay day() throws XMLStreamException {
        String[] a = attributes("date", "statedWeekday");
        LocalDate date = date(required(a, 0, "date"), "date");
        DayOfWeek weekday = a[1] == null ? null : vocabulary(a[1], XmlEventReader::weekday);
        LocalizedText.Builder label = LocalizedText.builder();
        List<AgendaItem> items = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "label": text(label); break;
                case "item": items.add(item()); break;
                default: unknown(child, "label, item");
            }
        }
        return new ProgrammeDay(date, Optional.ofNullable(weekday), label.build(), items);
    }

    private AgendaItem item() throws XMLStreamException {
        String[] a = attributes("id", "kind", "label", "start", "end");
        requiredAttributes(a, 0, 1);
        String id = required(a, 0, "id");
        AgendaItemKind kind = vocabulary(required(a, 1, "kind"), AgendaItemKind::fromCode);
        if (a[2] != null && kind != AgendaItemKind.PANEL) {
            throw error("only a panel has a label; this item is a " + kind.code());
        }
        Optional<LocalTime> start = Optional.ofNullable(a[3] == null ? null : time(a[3], "start"));
        Optional<LocalTime> end = Optional.ofNullable(a[4] == null ? null : time(a[4], "end"));
        LocalizedText.Builder title = LocalizedText.builder();
        LocalizedText.Builder description = LocalizedText.builder();
        List<Participation> participants = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "title": text(title); break;
                case "description": text(description); break;
                case "participant": participants.add(participant()); break;
                default: unknown(child, "title, description, participant");
            }
        }
        if (kind == AgendaItemKind.PANEL) {
            return new Panel(id, Optional.ofNullable(a[2]), start, end, title.build(), description.build(), participants);
        }
        return new Session(id, kind, start, end, title.build(), description.build(), participants);
    }

    private Participation participant() throws XMLStreamException {
        String[] a = attributes("person", "role");
        requiredAttributes(a, 0, 1);
        Participation participation = new Participation(required(a, 0, "person"), code(required(a, 1, "role"), "role"));
        empty();
        return participation;
    }

    // ---------------------------------------------------------------- venue, links, audience

    private Venue venue() throws XMLStreamException {
        attributes();
        LocalizedText.Builder name = LocalizedText.builder();
        PostalAddress address = null;
        List<TransportAccess> access = new ArrayList<>();
        List<LocalizedText> facilities = new ArrayList<>();
        List<Room> rooms = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "name": text(name); break;
                case "address": single(); address = address(); break;
                case "access": access.add(access()); break;
                case "facility": facilities.add(texts()); break;
                case "room": rooms.add(room()); break;
                default: unknown(child, "name, address, access, facility, room");
            }
        }
        return new Venue(name.build(), Optional.ofNullable(address), access, facilities, rooms);
    }

    private PostalAddress address() throws XMLStreamException {
        String[] a = attributes("street", "postalCode", "locality", "district", "country");
        empty();
        return PostalAddress.of(a[0], a[1], a[2], a[3], a[4]);
    }

    private TransportAccess access() throws XMLStreamException {
        String[] a = attributes("mode", "line", "stop");
        requiredAttributes(a, 0, 1);
        TransportAccess access = new TransportAccess(vocabulary(required(a, 0, "mode"), TransportMode::fromCode),
                required(a, 1, "line"), Optional.ofNullable(a[2]));
        empty();
        return access;
    }

    private Room room() throws XMLStreamException {
        String[] a = attributes("id");
        String id = required(a, 0, "id");
        LocalizedText.Builder name = LocalizedText.builder();
        for (String child : children()) {
            if (child.equals("name")) {
                text(name);
            } else {
                unknown(child, "name");
            }
        }
        return new Room(id, name.build());
    }

    private Link link() throws XMLStreamException {
        String[] a = attributes("url", "languageCount");
        URI url = uri(required(a, 0, "url"));
        Integer languageCount = a[1] == null ? null : integer(a[1], "languageCount");
        LocalizedText.Builder title = LocalizedText.builder();
        LocalizedText.Builder tagline = LocalizedText.builder();
        LocalizedText.Builder description = LocalizedText.builder();
        List<String> languages = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "title": text(title); break;
                case "tagline": text(tagline); break;
                case "description": text(description); break;
                case "language": languages.add(plainText()); break;
                default: unknown(child, "title, tagline, description, language");
            }
        }
        return new Link(url, title.build(), tagline.build(), description.build(), languages,
                Optional.ofNullable(languageCount));
    }

    private Audience audience() throws XMLStreamException {
        attributes();
        List<LocalizedText> groups = new ArrayList<>();
        LocalizedText.Builder admission = LocalizedText.builder();
        for (String child : children()) {
            switch (child) {
                case "group": groups.add(texts()); break;
                case "admission": text(admission); break;
                default: unknown(child, "group, admission");
            }
        }
        return new Audience(groups, admission.build());
    }

    // ---------------------------------------------------------------- proceedings and provenance

    private Proceedings proceedings() throws XMLStreamException {
        attributes();
        List<LocalizedText> summary = new ArrayList<>();
        List<Term> themes = new ArrayList<>();
        List<Term> dimensions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<LocalizedText> acknowledgements = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "summary": summary.add(texts()); break;
                case "theme": themes.add(term()); break;
                case "dimension": dimensions.add(term()); break;
                case "quote": quotes.add(quote()); break;
                case "acknowledgement": acknowledgements.add(texts()); break;
                default: unknown(child, "summary, theme, dimension, quote, acknowledgement");
            }
        }
        return new Proceedings(summary, themes, dimensions, quotes, acknowledgements);
    }

    private Term term() throws XMLStreamException {
        String[] a = attributes("code");
        String code = code(required(a, 0, "code"), "code");
        LocalizedText.Builder label = LocalizedText.builder();
        for (String child : children()) {
            if (child.equals("label")) {
                text(label);
            } else {
                unknown(child, "label");
            }
        }
        return new Term(code, label.build());
    }

    private Quote quote() throws XMLStreamException {
        String[] a = attributes("speaker");
        LocalizedText.Builder text = LocalizedText.builder();
        LocalizedText.Builder attribution = LocalizedText.builder();
        for (String child : children()) {
            switch (child) {
                case "text": text(text); break;
                case "attribution": text(attribution); break;
                default: unknown(child, "text, attribution");
            }
        }
        return new Quote(text.build(), Optional.ofNullable(a[0]), attribution.build());
    }

    private Provenance provenance() throws XMLStreamException {
        attributes();
        List<SourceDocument> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<EditorialNote> notes = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "source": sources.add(source()); break;
                case "claim": claims.add(claim()); break;
                case "note": notes.add(note()); break;
                default: unknown(child, "source, claim, note");
            }
        }
        return new Provenance(sources, claims, notes);
    }

    private SourceDocument source() throws XMLStreamException {
        String[] a = attributes("id", "reference");
        String id = required(a, 0, "id");
        LocalizedText.Builder title = LocalizedText.builder();
        List<String> languages = new ArrayList<>();
        for (String child : children()) {
            switch (child) {
                case "title": text(title); break;
                case "language": languages.add(plainText()); break;
                default: unknown(child, "title, language");
            }
        }
        return new SourceDocument(id, title.build(), Optional.ofNullable(a[1]), languages);
    }

    private Claim claim() throws XMLStreamException {
        String[] a = attributes("path", "source", "certainty");
        requiredAttributes(a, 0, 2);
        String path = required(a, 0, "path");
        Certainty certainty = vocabulary(required(a, 2, "certainty"), Certainty::fromCode);
        String rationale = "";
        for (String child : children()) {
            if (child.equals("rationale")) {
                single();
                rationale = plainText();
            } else {
                unknown(child, "rationale");
            }
        }
        return new Claim(path, Optional.ofNullable(a[1]), certainty, rationale);
    }

    private EditorialNote note() throws XMLStreamException {
        String[] a = attributes("path", "source", "kind");
        NoteKind kind = vocabulary(required(a, 2, "kind"), NoteKind::fromCode);
        String quoted = null;
        String text = null;
        for (String child : children()) {
            switch (child) {
                case "quoted": single(); quoted = plainText(); break;
                case "text": single(); text = plainText(); break;
                default: unknown(child, "quoted, text");
            }
        }
        if (text == null) {
            throw error("missing required element <text> in <note>", closedPath("note"));
        }
        return new EditorialNote(a[0] == null ? "" : a[0], Optional.ofNullable(a[1]), kind, Optional.ofNullable(quoted),
                text);
    }

    // ---------------------------------------------------------------- structure

    /**
     * The names of the current element's child elements, each returned with the reader on its
     * START_ELEMENT; the caller reads the child to its END_ELEMENT before asking for the next.
     * Text between children must be white space.
     */
    private Iterable<String> children() {
        return () -> new Iterator<>() {
            private String next;
            private boolean fetched;

            @Override
            public boolean hasNext() {
                if (!fetched) {
                    next = nextChild();
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

    /** Moves to the next child element and returns its name, or to the parent's end and returns null. */
    private String nextChild() {
        try {
            int event = nextSignificant(false);
            if (event == END_ELEMENT) {
                open.pop();
                return null;
            }
            // START_ELEMENT: in our namespace, or unknown
            String name = r.getLocalName();
            Frame parent = open.peek();
            open.push(new Frame(name, parent.nextPosition(name)));
            name(name);
            for (int i = 0; i < r.getAttributeCount(); i++) {
                name(r.getAttributeLocalName(i));
            }
            if (!XmlNames.NAMESPACE.equals(r.getNamespaceURI())) {
                throw error("element " + describeElement() + " is not in the format's namespace " + XmlNames.NAMESPACE);
            }
            return name;
        } catch (XMLStreamException e) {
            throw new UncheckedXml(e);
        }
    }

    /**
     * The next event that matters: white space, comments and processing instructions are
     * skipped; other text is mixed content and refused; a DTD is refused.
     *
     * @param outside whether the reader is outside the root element (in the prolog or epilog)
     */
    private int nextSignificant(boolean outside) throws XMLStreamException {
        while (true) {
            int event = r.next();
            switch (event) {
                case START_ELEMENT:
                case END_ELEMENT:
                case END_DOCUMENT:
                    return event;
                case COMMENT:
                case PROCESSING_INSTRUCTION:
                case SPACE:
                    continue;
                case CHARACTERS:
                case CDATA:
                    if (r.isWhiteSpace()) {
                        continue;
                    }
                    throw error(outside ? "text outside the root element"
                            : "text is not allowed in <" + open.peek().name + ">, which holds elements only "
                            + "(mixed content)");
                case DTD:
                    throw error("a DOCTYPE is not allowed: Disputatio documents have no DTD");
                case ENTITY_REFERENCE:
                    throw error("entity references are not allowed: &" + r.getLocalName() + ";");
                default:
                    throw error("unexpected XML content (event type " + event + ")");
            }
        }
    }

    /** An element that must have no content. */
    private void empty() throws XMLStreamException {
        for (String child : children()) {
            unknown(child, "no child elements");
        }
    }

    /** A localized text element: {@code <title xml:lang="fr">Ouverture</title>}, added to the builder. */
    private void text(LocalizedText.Builder into) throws XMLStreamException {
        String language = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String namespace = r.getAttributeNamespace(i);
            String name = r.getAttributeLocalName(i);
            if (XmlNames.XML_NAMESPACE.equals(namespace) && "lang".equals(name)) {
                language = xml10(r.getAttributeValue(i), "xml:lang");
            } else {
                unknownAttribute(i, "xml:lang");
            }
        }
        if (language == null) {
            throw error("missing xml:lang on <" + open.peek().name + ">");
        }
        String element = open.peek().name;
        String text = content();
        try {
            into.put(language, text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), closedPath(element));
        }
    }

    /** An element holding a localized text as {@code <text xml:lang="…">} children: an element of a list. */
    private LocalizedText texts() throws XMLStreamException {
        attributes();
        LocalizedText.Builder text = LocalizedText.builder();
        for (String child : children()) {
            if (child.equals("text")) {
                text(text);
            } else {
                unknown(child, "text");
            }
        }
        return text.build();
    }

    /** A text element without attributes: {@code <language>fr</language>}. */
    private String plainText() throws XMLStreamException {
        attributes();
        return content();
    }

    /**
     * The text content of the current element, which may hold no elements. Its length is
     * checked here: Woodstox hands long text over in segments and does not count the characters
     * that character and entity references expand to ({@code x&amp;} repeated reads as a text of any
     * length), so its own text limit alone does not hold.
     */
    private String content() throws XMLStreamException {
        StringBuilder text = null;
        String single = null;
        long length = 0;
        while (true) {
            int event = r.next();
            switch (event) {
                case CHARACTERS:
                case CDATA:
                case SPACE:
                    length += r.getTextLength();
                    if (length > maxTextLength) {
                        throw error("text size limit (" + maxTextLength + ") exceeded in <" + open.peek().name + ">");
                    }
                    String part = r.getText();
                    if (single == null && text == null) {
                        single = part;
                    } else {
                        if (text == null) {
                            text = new StringBuilder(single);
                        }
                        text.append(part);
                    }
                    break;
                case COMMENT:
                case PROCESSING_INSTRUCTION:
                    break;
                case END_ELEMENT:
                    String content = xml10(text != null ? text.toString() : single == null ? "" : single, "the text");
                    open.pop();
                    return content;
                case START_ELEMENT:
                    String parent = open.peek().name;
                    throw error("<" + parent + "> holds text only, but contains element " + describeElement()
                            + " (mixed content)");
                case ENTITY_REFERENCE:
                    throw error("entity references are not allowed: &" + r.getLocalName() + ";");
                default:
                    throw error("unexpected XML content in <" + open.peek().name + "> (event type " + event + ")");
            }
        }
    }

    /**
     * The values of the current element's attributes with these names (no namespace), in this
     * order; null where absent. Any other attribute, including {@code xml:lang}, is refused.
     */
    private String[] attributes(String... names) {
        attributeNames = names;
        String[] values = new String[names.length];
        attributes:
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String namespace = r.getAttributeNamespace(i);
            if (namespace == null || namespace.isEmpty()) {
                String name = r.getAttributeLocalName(i);
                for (int n = 0; n < names.length; n++) {
                    if (names[n].equals(name)) {
                        String value = r.getAttributeValue(i);
                        int bad = notXml10(value);
                        if (bad >= 0) {
                            throw notXml10(value, bad, "attribute " + name); // the message is built only here
                        }
                        values[n] = value;
                        continue attributes;
                    }
                }
            }
            unknownAttribute(i, names.length == 0 ? "none" : String.join(", ", names));
        }
        return values;
    }

    /**
     * The value, if XML 1.0 allows every character of it. From bytes Woodstox refuses U+FFFE,
     * U+FFFF and encoded surrogates as it decodes them, but from a String or a Reader it lets
     * them through, raw, into text and attribute values: the same document would read from a
     * String and not from its bytes, and the event would not write back.
     */
    private String xml10(String value, String what) {
        int bad = notXml10(value);
        if (bad >= 0) {
            throw notXml10(value, bad, what);
        }
        return value;
    }

    /** The index of the first character XML 1.0 does not allow (see {@link #xml10}), or -1. */
    private static int notXml10(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c >= 0xFFFE) {
                return i;
            }
        }
        return -1;
    }

    private EventReadException notXml10(String value, int index, String what) {
        char c = value.charAt(index);
        return error(what + " contains " + (Character.isSurrogate(c) ? "an unpaired surrogate " : "")
                + String.format("U+%04X", (int) c) + ", which XML 1.0 does not allow");
    }

    /** The current child is one the format has at most once: a second is refused, not kept instead of the first. */
    private void single() {
        if (open.peek().position > 1) {
            throw error("<" + open.peek().name + "> given twice in <" + parentName() + ">");
        }
    }

    private void unknownAttribute(int index, String known) {
        name(r.getAttributeLocalName(index));
        if (allowUnknown) {
            return;
        }
        String namespace = r.getAttributeNamespace(index);
        String name = namespace == null || namespace.isEmpty() ? r.getAttributeLocalName(index)
                : XmlNames.XML_NAMESPACE.equals(namespace) ? "xml:" + r.getAttributeLocalName(index)
                : "{" + namespace + "}" + r.getAttributeLocalName(index);
        throw error("unknown attribute " + name + " on <" + open.peek().name + "> (expected: " + known + ")");
    }

    private void unknown(String child, String known) throws XMLStreamException {
        if (!allowUnknown) {
            throw error("unknown element <" + child + "> in <" + parentName() + "> (expected: " + known + ")");
        }
        skipElement();
    }

    private String parentName() {
        Iterator<Frame> frames = open.iterator();
        frames.next();
        return frames.hasNext() ? frames.next().name : "";
    }

    /** Skips the current element and everything in it, for unknown content that is allowed. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == START_ELEMENT) {
                name(r.getLocalName());
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    name(r.getAttributeLocalName(i));
                }
                depth++;
            } else if (event == END_ELEMENT) {
                depth--;
            } else if (event == DTD || event == ENTITY_REFERENCE) {
                throw error("a DOCTYPE or entity reference is not allowed");
            }
        }
        open.pop();
    }

    // ---------------------------------------------------------------- values

    /**
     * Refuses an element that lacks required attributes, naming every one it lacks at once, so
     * that a document is fixed in one run.
     *
     * @param values the values of the last {@link #attributes} call
     * @param indexes the positions of the required ones among its names
     */
    private void requiredAttributes(String[] values, int... indexes) {
        List<String> missing = null;
        for (int index : indexes) {
            if (values[index] == null) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(attributeNames[index]);
            }
        }
        if (missing != null && missing.size() > 1) {
            throw error("missing required attributes " + String.join(", ", missing.subList(0, missing.size() - 1))
                    + " and " + missing.get(missing.size() - 1) + " on <" + open.peek().name + ">");
        }
    }

    private String required(String[] values, int index, String attribute) {
        if (values[index] == null) {
            throw error("missing required attribute " + attribute + " on <" + open.peek().name + ">");
        }
        return values[index];
    }

    private String code(String value, String attribute) {
        if (!ValueSyntax.isCode(value)) {
            throw error("attribute " + attribute + ": expected a code in lower case with hyphens, such as "
                    + "\"keynote-speaker\", got \"" + value + "\"");
        }
        return value;
    }

    /** A name, if it is within the limit on names. */
    private String name(String name) {
        if (name.length() > maxNameLength) {
            throw error("a name of " + name.length() + " characters, more than the limit maxNameLength ("
                    + maxNameLength + "): " + abbreviate(name));
        }
        return name;
    }

    private int integer(String value, String attribute) {
        if (value.length() > maxNumberLength) {
            throw error("attribute " + attribute + ": a number of " + value.length()
                    + " characters, more than the limit maxNumberLength (" + maxNumberLength + ")");
        }
        if (value.matches("-?[0-9]{1,10}")) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException outOfRange) {
                throw error("attribute " + attribute + ": integer out of range, got \"" + value + "\"");
            }
        }
        throw error("attribute " + attribute + ": expected an integer, got \"" + abbreviate(value) + "\"");
    }

    private <T> T vocabulary(String code, Function<String, T> fromCode) {
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

    private LocalDate date(String value, String attribute) {
        try {
            return ValueSyntax.date(value);
        } catch (DateTimeException e) {
            throw error("attribute " + attribute + ": expected a date such as 2017-04-06, got \"" + abbreviate(value) + "\"");
        }
    }

    private LocalTime time(String value, String attribute) {
        try {
            return ValueSyntax.time(value);
        } catch (DateTimeException e) {
            throw error("attribute " + attribute + ": expected a time such as 09:30, got \"" + abbreviate(value) + "\"");
        }
    }

    private ZoneId zone(String value) {
        if (!ValueSyntax.isZoneId(value)) {
            throw error("attribute timeZone: expected an IANA time zone such as Europe/Paris, got \""
                    + abbreviate(value) + "\"");
        }
        return ZoneId.of(value);
    }

    private URI uri(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw error("attribute url: expected a URL, got \"" + abbreviate(value) + "\": " + e.getReason());
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    // ---------------------------------------------------------------- errors

    private String describeElement() {
        String namespace = r.getNamespaceURI();
        return "<" + (namespace == null || namespace.isEmpty() ? "" : "{" + namespace + "}") + r.getLocalName() + ">";
    }

    /**
     * The path of the element the reader is in, for errors raised outside this class.
     *
     * @return the XPath-like path ({@code /event/programme[1]/day[1]}), "" before the root element
     */
    public String currentPath() {
        return path();
    }

    /** The path of the current element, XPath-like with 1-based positions: {@code /event/programme[1]/day[1]}. */
    String path() {
        StringBuilder path = new StringBuilder();
        Iterator<Frame> frames = open.descendingIterator();
        boolean root = true;
        while (frames.hasNext()) {
            Frame frame = frames.next();
            path.append('/').append(frame.name);
            if (!root) {
                path.append('[').append(frame.position).append(']');
            }
            root = false;
        }
        return path.toString();
    }

    /**
     * The path of the child element the reader has just left, which is the last of that name in
     * the current element: computed only for an error, so reading pays nothing for it.
     */
    private String closedPath(String child) {
        return path() + "/" + child + "[" + open.peek().count(child) + "]";
    }

    EventReadException error(String reason) {
        return error(reason, path());
    }

    /** An error at the reader's location, reported at this path. */
    private EventReadException error(String reason, String path) {
        Location location = r.getLocation();
        long line = location == null ? 0 : Math.max(0, location.getLineNumber());
        long column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        return EventReadException.at(reason, line, column, path);
    }

    /** Carries a StAX exception out of an iterator, which cannot throw checked exceptions. */
    public static final class UncheckedXml extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedXml(XMLStreamException cause) {
            super(cause);
        }

        @Override
        public synchronized XMLStreamException getCause() {
            return (XMLStreamException) super.getCause();
        }
    }
}
