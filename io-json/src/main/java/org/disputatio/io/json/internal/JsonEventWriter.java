package org.disputatio.io.json.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.disputatio.model.PersonName;
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
import tools.jackson.core.JsonGenerator;

/**
 * Writes one event to a token stream in the documented order, omitting absent values and empty
 * lists. Stateless apart from the generator; one instance per write.
 */
public final class JsonEventWriter {

    private final JsonGenerator g;

    /**
     * A writer to this generator.
     *
     * @param generator where the tokens go; its pretty printer, if any, shapes the output
     */
    public JsonEventWriter(JsonGenerator generator) {
        this.g = generator;
    }

    /**
     * Writes the event as one JSON object.
     *
     * @param e the event
     * @throws IllegalArgumentException if a value the format requires is missing
     */
    public void write(Event e) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", JsonEventReader.FORMAT_VERSION);
        required("id", e.id());
        code("kind", e.kind() == null ? null : e.kind().code());
        text("title", e.title());
        text("subtitle", e.subtitle());
        text("description", e.description());
        strings("languages", e.languages());
        required("startDate", e.startDate() == null ? null : e.startDate().toString());
        required("endDate", e.endDate() == null ? null : e.endDate().toString());
        if (e.timeZone().isPresent()) {
            String zone = e.timeZone().get().getId();
            if (!ValueSyntax.isZoneId(zone)) {
                throw new IllegalArgumentException("cannot write timeZone " + zone
                        + ": the JSON format takes IANA time zone ids such as Europe/Paris, not offsets");
            }
            g.writeStringProperty("timeZone", zone);
        }
        if (e.venue().isPresent()) {
            g.writeName("venue");
            venue(e.venue().get());
        }
        array("involvements", e.involvements(), this::involvement);
        array("organisations", e.organisations(), this::organisation);
        array("people", e.people(), this::person);
        array("roles", e.roles(), this::role);
        if (!e.programme().days().isEmpty()) {
            g.writeName("programme");
            g.writeStartObject();
            array("days", e.programme().days(), this::day);
            g.writeEndObject();
        }
        array("links", e.links(), this::link);
        audience(e.audience());
        proceedings(e.proceedings());
        provenance(e.provenance());
        g.writeEndObject();
    }

    private void organisation(Organisation o) {
        g.writeStartObject();
        required("id", o.id());
        text("name", o.name());
        string("acronym", o.acronym());
        string("sector", o.sector().map(s -> s.code()));
        string("country", o.country());
        array("externalIds", o.externalIds(), this::externalId);
        g.writeEndObject();
    }

    private void externalId(ExternalId id) {
        g.writeStartObject();
        code("scheme", id.scheme());
        string("value", id.value());
        g.writeEndObject();
    }

    private void person(Speaker s) {
        g.writeStartObject();
        required("id", s.id());
        string("honorific", s.honorific());
        if (s.name() == null) {
            required("name", null);
        }
        g.writeName("name");
        name(s.name());
        array("affiliations", s.affiliations(), this::affiliation);
        string("country", s.country());
        array("externalIds", s.externalIds(), this::externalId);
        g.writeEndObject();
    }

    private void name(PersonName n) {
        g.writeStartObject();
        string("given", n.given());
        required("family", n.family());
        string("order", n.order() == null ? null : n.order().code());
        g.writeEndObject();
    }

    private void affiliation(Affiliation a) {
        g.writeStartObject();
        string("organisation", a.organisation());
        text("position", a.position());
        text("unit", a.unit());
        string("sector", a.sector().map(s -> s.code()));
        string("country", a.country());
        g.writeEndObject();
    }

    private void involvement(Involvement i) {
        g.writeStartObject();
        required("organisation", i.organisation());
        required("kind", i.kind() == null ? null : i.kind().code());
        g.writeEndObject();
    }

    private void role(Role r) {
        g.writeStartObject();
        code("code", r.code());
        text("label", r.label());
        text("description", r.description());
        g.writeEndObject();
    }

    private void day(ProgrammeDay d) {
        g.writeStartObject();
        required("date", d.date() == null ? null : d.date().toString());
        string("statedWeekday", d.statedWeekday().map(w -> w.name().toLowerCase(Locale.ROOT)));
        text("label", d.label());
        array("items", d.items(), this::item);
        g.writeEndObject();
    }

    private void item(AgendaItem item) {
        g.writeStartObject();
        required("id", item.id());
        required("kind", item.kind() == null ? null : item.kind().code());
        if (item instanceof Panel) {
            string("label", ((Panel) item).label());
        }
        string("start", item.start().map(Object::toString));
        string("end", item.end().map(Object::toString));
        text("title", item.title());
        text("description", item.description());
        array("participants", item.participants(), this::participation);
        g.writeEndObject();
    }

    private void participation(Participation p) {
        g.writeStartObject();
        required("person", p.person());
        code("role", p.role());
        g.writeEndObject();
    }

    private void venue(Venue v) {
        g.writeStartObject();
        text("name", v.name());
        if (v.address().isPresent()) {
            PostalAddress a = v.address().get();
            g.writeName("address");
            g.writeStartObject();
            string("street", a.street());
            string("postalCode", a.postalCode());
            string("locality", a.locality());
            string("district", a.district());
            string("country", a.country());
            g.writeEndObject();
        }
        array("access", v.access(), this::access);
        array("facilities", v.facilities(), this::textValue);
        array("rooms", v.rooms(), this::room);
        g.writeEndObject();
    }

    private void access(TransportAccess a) {
        g.writeStartObject();
        required("mode", a.mode() == null ? null : a.mode().code());
        required("line", a.line());
        string("stop", a.stop());
        g.writeEndObject();
    }

    private void room(Room r) {
        g.writeStartObject();
        required("id", r.id());
        text("name", r.name());
        g.writeEndObject();
    }

    private void link(Link l) {
        g.writeStartObject();
        required("url", l.url() == null ? null : l.url().toString());
        text("title", l.title());
        text("tagline", l.tagline());
        text("description", l.description());
        strings("languages", l.languages());
        if (l.languageCount().isPresent()) {
            g.writeNumberProperty("languageCount", l.languageCount().get());
        }
        g.writeEndObject();
    }

    private void audience(Audience a) {
        if (a.groups().isEmpty() && a.admission().isEmpty()) {
            return;
        }
        g.writeName("audience");
        g.writeStartObject();
        array("groups", a.groups(), this::textValue);
        text("admission", a.admission());
        g.writeEndObject();
    }

    private void proceedings(Proceedings p) {
        if (p.isEmpty()) {
            return;
        }
        g.writeName("proceedings");
        g.writeStartObject();
        array("summary", p.summary(), this::textValue);
        array("themes", p.themes(), this::term);
        array("dimensions", p.dimensions(), this::term);
        array("quotes", p.quotes(), this::quote);
        array("acknowledgements", p.acknowledgements(), this::textValue);
        g.writeEndObject();
    }

    private void term(Term t) {
        g.writeStartObject();
        code("code", t.code());
        text("label", t.label());
        g.writeEndObject();
    }

    private void quote(Quote q) {
        g.writeStartObject();
        text("text", q.text());
        string("speaker", q.speaker());
        text("attribution", q.attribution());
        g.writeEndObject();
    }

    private void provenance(Provenance p) {
        if (p.sources().isEmpty() && p.claims().isEmpty() && p.notes().isEmpty()) {
            return;
        }
        g.writeName("provenance");
        g.writeStartObject();
        array("sources", p.sources(), this::source);
        array("claims", p.claims(), this::claim);
        array("notes", p.notes(), this::note);
        g.writeEndObject();
    }

    private void source(SourceDocument s) {
        g.writeStartObject();
        required("id", s.id());
        text("title", s.title());
        string("reference", s.reference());
        strings("languages", s.languages());
        g.writeEndObject();
    }

    private void claim(Claim c) {
        g.writeStartObject();
        required("path", c.path());
        string("source", c.source());
        required("certainty", c.certainty() == null ? null : c.certainty().code());
        if (!c.rationale().isEmpty()) {
            string("rationale", c.rationale());
        }
        g.writeEndObject();
    }

    private void note(EditorialNote n) {
        g.writeStartObject();
        if (!n.path().isEmpty()) {
            string("path", n.path());
        }
        string("source", n.source());
        required("kind", n.kind() == null ? null : n.kind().code());
        string("quoted", n.quoted());
        required("note", n.note());
        g.writeEndObject();
    }

    // ---------------------------------------------------------------- primitives

    /**
     * A value the format requires. The model lets a messy event lack it (validation reports
     * that); writing such an event would give a document that does not read back, so it fails.
     */
    private void required(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("cannot write " + at(name)
                    + ": the value is missing and the JSON format requires it");
        }
        property(name, value);
    }

    /** A required code of an open vocabulary: the reader refuses any other spelling. */
    private void code(String name, String value) {
        if (value != null && !ValueSyntax.isCode(value)) {
            throw new IllegalArgumentException("cannot write " + at(name) + " \"" + value
                    + "\": the JSON format takes codes in lower case with hyphens, such as keynote-speaker");
        }
        required(name, value);
    }

    /** The path of a property of the object being written (not of the property written just before). */
    private String at(String name) {
        String object = JsonPaths.path(g.streamWriteContext().getParent());
        return object.isEmpty() ? name : object + "." + name;
    }

    private void string(String name, String value) {
        if (value != null) {
            property(name, value);
        }
    }

    private void string(String name, Optional<String> value) {
        if (value.isPresent()) {
            property(name, value.get());
        }
    }

    /** A property whose name is the format's own (not data, so not checked). */
    private void property(String name, String value) {
        wellFormed(value, name);
        g.writeStringProperty(name, value);
    }

    /** The reader refuses unpaired surrogates: a document holding one would not read back. */
    private void wellFormed(String text, String name) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("cannot write " + at(name) + ": the text contains an unpaired "
                        + "surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ")");
            }
        }
    }

    private void text(String name, LocalizedText text) {
        if (!text.isEmpty()) {
            g.writeName(name);
            textValue(text);
        }
    }

    private void textValue(LocalizedText text) {
        g.writeStartObject();
        text.forEach((tag, translation) -> {
            wellFormed(tag, tag); // a language tag is data: it becomes a property name
            property(tag, translation);
        });
        g.writeEndObject();
    }

    private void strings(String name, List<String> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (String value : values) {
                wellFormed(value, name);
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }

    private <T> void array(String name, List<T> values, Consumer<T> element) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            values.forEach(element);
            g.writeEndArray();
        }
    }
}
