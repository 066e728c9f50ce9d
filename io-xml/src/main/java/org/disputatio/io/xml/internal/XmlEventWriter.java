package org.disputatio.io.xml.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.disputatio.io.internal.ValueSyntax;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Audience;
import org.disputatio.model.Claim;
import org.disputatio.model.EditorialNote;
import org.disputatio.model.Event;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Involvement;
import org.disputatio.model.Link;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.Proceedings;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Provenance;
import org.disputatio.model.Quote;
import org.disputatio.model.Role;
import org.disputatio.model.Room;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Speaker;
import org.disputatio.model.Term;
import org.disputatio.model.TransportAccess;
import org.disputatio.model.Venue;

/**
 * Writes one event as a document in the format's namespace, in the order of the XSD, omitting
 * absent values; indents with two spaces when pretty. One instance per write.
 */
public final class XmlEventWriter {

    private final XMLStreamWriter w;
    private final boolean pretty;
    private int depth;
    /** The names of the open elements, innermost first, for the messages of refusals. */
    private final Deque<String> open = new ArrayDeque<>();
    /** Whether the element being written has child elements yet (so its end tag goes on its own line). */
    private boolean hasChildren;

    /**
     * A writer to this stream writer.
     *
     * @param writer where the document goes; not repairing namespaces
     * @param pretty indent with two spaces and end with a newline
     */
    public XmlEventWriter(XMLStreamWriter writer, boolean pretty) {
        this.w = writer;
        this.pretty = pretty;
    }

    /**
     * Writes the event as a whole document: the XML declaration and one {@code event} element.
     *
     * @param e the event
     * @throws XMLStreamException if the stream writer fails
     * @throws IllegalArgumentException if a value the format requires is missing, a code is not
     *     spelled as one, or a text holds a character XML 1.0 cannot represent
     */
    public void writeDocument(Event e) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        newline();
        w.setDefaultNamespace(XmlNames.NAMESPACE);
        w.writeStartElement(XmlNames.NAMESPACE, "event");
        w.writeDefaultNamespace(XmlNames.NAMESPACE);
        open.push("event");
        depth = 1;
        hasChildren = false;
        w.writeAttribute("formatVersion", Integer.toString(XmlNames.FORMAT_VERSION));
        required("id", e.id(), "event");
        code("kind", e.kind() == null ? null : e.kind().code(), "event");
        required("startDate", e.startDate() == null ? null : e.startDate().toString(), "event");
        required("endDate", e.endDate() == null ? null : e.endDate().toString(), "event");
        if (e.timeZone().isPresent()) {
            String zone = e.timeZone().get().getId();
            if (!ValueSyntax.isZoneId(zone)) {
                throw new IllegalArgumentException("cannot write timeZone " + zone
                        + ": the XML format takes IANA time zone ids such as Europe/Paris, not offsets");
            }
            attribute("timeZone", zone);
        }
        texts("title", e.title());
        texts("subtitle", e.subtitle());
        texts("description", e.description());
        for (String language : e.languages()) {
            plain("language", language);
        }
        if (e.venue().isPresent()) {
            venue(e.venue().get());
        }
        for (Involvement i : e.involvements()) {
            start("involvement");
            required("organisation", i.organisation(), "involvement");
            required("kind", i.kind() == null ? null : i.kind().code(), "involvement");
            end();
        }
        for (Organisation o : e.organisations()) {
            organisation(o);
        }
        for (Speaker s : e.people()) {
            person(s);
        }
        for (Role r : e.roles()) {
            start("role");
            code("code", r.code(), "role");
            texts("label", r.label());
            texts("description", r.description());
            end();
        }
        if (!e.programme().days().isEmpty()) {
            start("programme");
            for (ProgrammeDay day : e.programme().days()) {
                day(day);
            }
            end();
        }
        for (Link link : e.links()) {
            link(link);
        }
        audience(e.audience());
        proceedings(e.proceedings());
        provenance(e.provenance());
        end();
        newline();
        w.writeEndDocument();
    }

    private void organisation(Organisation o) throws XMLStreamException {
        start("organisation");
        required("id", o.id(), "organisation");
        optional("acronym", o.acronym());
        optional("sector", o.sector().map(s -> s.code()));
        optional("country", o.country());
        texts("name", o.name());
        for (ExternalId id : o.externalIds()) {
            externalId(id);
        }
        end();
    }

    private void externalId(ExternalId id) throws XMLStreamException {
        start("externalId");
        code("scheme", id.scheme(), "externalId");
        required("value", id.value(), "externalId");
        end();
    }

    private void person(Speaker s) throws XMLStreamException {
        start("person");
        required("id", s.id(), "person");
        optional("honorific", s.honorific());
        optional("country", s.country());
        if (s.name() == null) {
            required("name", null, "person");
        }
        start("name");
        optional("given", s.name().given());
        required("family", s.name().family(), "name");
        attribute("order", s.name().order().code());
        end();
        for (Affiliation a : s.affiliations()) {
            start("affiliation");
            optional("organisation", a.organisation());
            optional("sector", a.sector().map(x -> x.code()));
            optional("country", a.country());
            texts("position", a.position());
            texts("unit", a.unit());
            end();
        }
        for (ExternalId id : s.externalIds()) {
            externalId(id);
        }
        end();
    }

    private void day(ProgrammeDay d) throws XMLStreamException {
        start("day");
        required("date", d.date() == null ? null : d.date().toString(), "day");
        optional("statedWeekday", d.statedWeekday().map(x -> x.name().toLowerCase(Locale.ROOT)));
        texts("label", d.label());
        for (AgendaItem item : d.items()) {
            start("item");
            required("id", item.id(), "item");
            required("kind", item.kind() == null ? null : item.kind().code(), "item");
            if (item instanceof Panel) {
                optional("label", ((Panel) item).label());
            }
            optional("start", item.start().map(Object::toString));
            optional("end", item.end().map(Object::toString));
            texts("title", item.title());
            texts("description", item.description());
            for (Participation p : item.participants()) {
                start("participant");
                required("person", p.person(), "participant");
                code("role", p.role(), "participant");
                end();
            }
            end();
        }
        end();
    }

    private void venue(Venue v) throws XMLStreamException {
        start("venue");
        texts("name", v.name());
        if (v.address().isPresent()) {
            PostalAddress a = v.address().get();
            start("address");
            optional("street", a.street());
            optional("postalCode", a.postalCode());
            optional("locality", a.locality());
            optional("district", a.district());
            optional("country", a.country());
            end();
        }
        for (TransportAccess a : v.access()) {
            start("access");
            required("mode", a.mode() == null ? null : a.mode().code(), "access");
            required("line", a.line(), "access");
            optional("stop", a.stop());
            end();
        }
        for (LocalizedText facility : v.facilities()) {
            listed("facility", facility);
        }
        for (Room room : v.rooms()) {
            start("room");
            required("id", room.id(), "room");
            texts("name", room.name());
            end();
        }
        end();
    }

    private void link(Link l) throws XMLStreamException {
        start("link");
        required("url", l.url() == null ? null : l.url().toString(), "link");
        optional("languageCount", l.languageCount().map(String::valueOf));
        texts("title", l.title());
        texts("tagline", l.tagline());
        texts("description", l.description());
        for (String language : l.languages()) {
            plain("language", language);
        }
        end();
    }

    private void audience(Audience a) throws XMLStreamException {
        if (a.groups().isEmpty() && a.admission().isEmpty()) {
            return;
        }
        start("audience");
        for (LocalizedText group : a.groups()) {
            listed("group", group);
        }
        texts("admission", a.admission());
        end();
    }

    private void proceedings(Proceedings p) throws XMLStreamException {
        if (p.isEmpty()) {
            return;
        }
        start("proceedings");
        for (LocalizedText paragraph : p.summary()) {
            listed("summary", paragraph);
        }
        for (Term theme : p.themes()) {
            term("theme", theme);
        }
        for (Term dimension : p.dimensions()) {
            term("dimension", dimension);
        }
        for (Quote q : p.quotes()) {
            start("quote");
            optional("speaker", q.speaker());
            texts("text", q.text());
            texts("attribution", q.attribution());
            end();
        }
        for (LocalizedText acknowledgement : p.acknowledgements()) {
            listed("acknowledgement", acknowledgement);
        }
        end();
    }

    private void term(String element, Term t) throws XMLStreamException {
        start(element);
        code("code", t.code(), element);
        texts("label", t.label());
        end();
    }

    private void provenance(Provenance p) throws XMLStreamException {
        if (p.sources().isEmpty() && p.claims().isEmpty() && p.notes().isEmpty()) {
            return;
        }
        start("provenance");
        for (SourceDocument s : p.sources()) {
            start("source");
            required("id", s.id(), "source");
            optional("reference", s.reference());
            texts("title", s.title());
            for (String language : s.languages()) {
                plain("language", language);
            }
            end();
        }
        for (Claim c : p.claims()) {
            start("claim");
            required("path", c.path(), "claim");
            optional("source", c.source());
            required("certainty", c.certainty() == null ? null : c.certainty().code(), "claim");
            if (!c.rationale().isEmpty()) {
                plain("rationale", c.rationale());
            }
            end();
        }
        for (EditorialNote n : p.notes()) {
            start("note");
            if (!n.path().isEmpty()) {
                attribute("path", n.path());
            }
            optional("source", n.source());
            required("kind", n.kind() == null ? null : n.kind().code(), "note");
            if (n.quoted().isPresent()) {
                plain("quoted", n.quoted().get());
            }
            if (n.note() == null) {
                required("note", null, "note");
            }
            plain("text", n.note());
            end();
        }
        end();
    }

    // ---------------------------------------------------------------- primitives

    /** One element per translation: {@code <title xml:lang="fr">…</title>}. */
    private void texts(String element, LocalizedText text) throws XMLStreamException {
        for (Map.Entry<String, String> translation : text.asMap().entrySet()) {
            indent();
            w.writeStartElement(XmlNames.NAMESPACE, element);
            String tag = translation.getKey();
            if (notXml10(tag) >= 0) {
                xml10(tag, "<" + element + "> xml:lang"); // throws, naming the element
            }
            w.writeAttribute("xml", XmlNames.XML_NAMESPACE, "lang", tag);
            if (notXml10(translation.getValue()) >= 0) {
                xml10(translation.getValue(), "<" + element + " xml:lang=\"" + tag + "\">"); // throws
            }
            w.writeCharacters(translation.getValue());
            w.writeEndElement();
        }
    }

    /** A localized text that is an element of a list: a wrapper holding {@code <text xml:lang>} children. */
    private void listed(String element, LocalizedText text) throws XMLStreamException {
        start(element);
        texts("text", text);
        end();
    }

    private void plain(String element, String value) throws XMLStreamException {
        indent();
        w.writeStartElement(XmlNames.NAMESPACE, element);
        if (notXml10(value) >= 0) {
            xml10(value, "<" + element + ">"); // throws; the message is built only here
        }
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private void start(String element) throws XMLStreamException {
        indent();
        w.writeStartElement(XmlNames.NAMESPACE, element);
        open.push(element);
        depth++;
        hasChildren = false;
    }

    private void end() throws XMLStreamException {
        depth--;
        open.pop();
        if (hasChildren && pretty) {
            newline();
            for (int i = 0; i < depth; i++) {
                w.writeCharacters("  ");
            }
        }
        w.writeEndElement();
        hasChildren = true;
    }

    /** Starts a child element's line. */
    private void indent() throws XMLStreamException {
        hasChildren = true;
        if (pretty) {
            w.writeCharacters("\n");
            for (int i = 0; i < depth; i++) {
                w.writeCharacters("  ");
            }
        }
    }

    private void newline() throws XMLStreamException {
        if (pretty) {
            w.writeCharacters("\n");
        }
    }

    private void optional(String attribute, Optional<String> value) throws XMLStreamException {
        if (value.isPresent()) {
            attribute(attribute, value.get());
        }
    }

    /**
     * A value the format requires; the model lets a messy event lack it (validation reports
     * that), but a document without it would not read back.
     */
    private void required(String attribute, String value, String element) throws XMLStreamException {
        if (value == null) {
            throw new IllegalArgumentException("cannot write <" + element + "> without " + attribute
                    + ": the value is missing and the XML format requires it");
        }
        attribute(attribute, value);
    }

    /** A required code of an open vocabulary: the reader refuses any other spelling. */
    private void code(String attribute, String value, String element) throws XMLStreamException {
        if (value != null && !ValueSyntax.isCode(value)) {
            throw new IllegalArgumentException("cannot write <" + element + "> " + attribute + " \"" + value
                    + "\": the XML format takes codes in lower case with hyphens, such as keynote-speaker");
        }
        required(attribute, value, element);
    }

    private void attribute(String attribute, String value) throws XMLStreamException {
        if (notXml10(value) >= 0) {
            xml10(value, "<" + open.peek() + "> attribute " + attribute); // throws; the message is built only here
        }
        w.writeAttribute(attribute, value);
    }

    /**
     * The text, if XML 1.0 can carry it: not U+0000, the other C0 controls but tab, line feed and
     * carriage return, U+FFFE, U+FFFF or an unpaired surrogate, which no XML 1.0 document can
     * hold, not even as a character reference. Writing one would fail deep in the parser's
     * writer or give a document that does not read back.
     */
    static String xml10(String value, String what) {
        int bad = notXml10(value);
        if (bad >= 0) {
            char c = value.charAt(bad);
            throw new IllegalArgumentException("cannot write " + what + ": the text contains "
                    + (Character.isSurrogate(c) ? "an unpaired surrogate " : "")
                    + String.format("U+%04X", (int) c) + ", which XML 1.0 cannot represent");
        }
        return value;
    }

    /** The index of the first character XML 1.0 cannot represent (see {@link #xml10}), or -1. */
    static int notXml10(String value) {
        return ValueSyntax.firstUnwritable(value); // XML 1.0's characters are what every format may hold
    }
}
