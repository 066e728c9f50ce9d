package org.disputatio.validation.internal;

import java.util.List;
import java.util.function.Function;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Role;
import org.disputatio.model.Speaker;

/**
 * Every {@link LocalizedText} of an event with its property path, in document order.
 *
 * <p>Texts are either meant for readers (titles, descriptions, headings, summaries: expected in
 * every language of the event) or names (of people's positions, organisations, venues, links,
 * sources: printed in whatever language the bearer uses, so not expected in every language).
 */
final class Texts {

    /** Receives one text. */
    interface Visitor {
        void visit(PropertyPath path, LocalizedText text, boolean forReaders);
    }

    private Texts() {
    }

    static void forEach(Event event, Visitor visitor) {
        PropertyPath root = PropertyPath.root();
        visitor.visit(root.property("title"), event.title(), true);
        visitor.visit(root.property("subtitle"), event.subtitle(), true);
        visitor.visit(root.property("description"), event.description(), true);

        event.venue().ifPresent(venue -> {
            PropertyPath path = root.property("venue");
            visitor.visit(path.property("name"), venue.name(), false);
            eachText(path, "facilities", venue.facilities(), Function.identity(), null, true, visitor);
            for (int i = 0; i < venue.rooms().size(); i++) {
                visitor.visit(path.element("rooms", i).property("name"), venue.rooms().get(i).name(), false);
            }
        });

        List<Speaker> people = event.people();
        for (int i = 0; i < people.size(); i++) {
            PropertyPath person = root.element("people", i);
            var affiliations = people.get(i).affiliations();
            for (int a = 0; a < affiliations.size(); a++) {
                PropertyPath affiliation = person.element("affiliations", a);
                visitor.visit(affiliation.property("position"), affiliations.get(a).position(), false);
                visitor.visit(affiliation.property("unit"), affiliations.get(a).unit(), false);
            }
        }
        eachText(root, "organisations", event.organisations(), Organisation::name, "name", false, visitor);
        List<Role> roles = event.roles();
        for (int i = 0; i < roles.size(); i++) {
            visitor.visit(root.element("roles", i).property("label"), roles.get(i).label(), true);
            visitor.visit(root.element("roles", i).property("description"), roles.get(i).description(), true);
        }

        List<ProgrammeDay> days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            PropertyPath day = root.property("programme").element("days", d);
            visitor.visit(day.property("label"), days.get(d).label(), true);
            List<AgendaItem> items = days.get(d).items();
            for (int i = 0; i < items.size(); i++) {
                visitor.visit(day.element("items", i).property("title"), items.get(i).title(), true);
                visitor.visit(day.element("items", i).property("description"), items.get(i).description(), true);
            }
        }

        for (int i = 0; i < event.links().size(); i++) {
            PropertyPath link = root.element("links", i);
            visitor.visit(link.property("title"), event.links().get(i).title(), false);
            visitor.visit(link.property("tagline"), event.links().get(i).tagline(), false);
            visitor.visit(link.property("description"), event.links().get(i).description(), true);
        }

        PropertyPath audience = root.property("audience");
        eachText(audience, "groups", event.audience().groups(), Function.identity(), null, true, visitor);
        visitor.visit(audience.property("admission"), event.audience().admission(), true);

        var proceedings = event.proceedings();
        PropertyPath proc = root.property("proceedings");
        eachText(proc, "summary", proceedings.summary(), Function.identity(), null, true, visitor);
        eachText(proc, "themes", proceedings.themes(), t -> t.label(), "label", true, visitor);
        eachText(proc, "dimensions", proceedings.dimensions(), t -> t.label(), "label", true, visitor);
        for (int i = 0; i < proceedings.quotes().size(); i++) {
            PropertyPath quote = proc.element("quotes", i);
            visitor.visit(quote.property("text"), proceedings.quotes().get(i).text(), true);
            visitor.visit(quote.property("attribution"), proceedings.quotes().get(i).attribution(), false);
        }
        eachText(proc, "acknowledgements", proceedings.acknowledgements(), Function.identity(), null, true, visitor);

        var sources = event.provenance().sources();
        for (int i = 0; i < sources.size(); i++) {
            visitor.visit(root.property("provenance").element("sources", i).property("title"),
                    sources.get(i).title(), false);
        }
    }

    /** Visits one text per element of a list, at {@code list[i]} or {@code list[i].property}. */
    private static <T> void eachText(PropertyPath parent, String list, List<T> elements,
            Function<T, LocalizedText> text, String property, boolean forReaders, Visitor visitor) {
        for (int i = 0; i < elements.size(); i++) {
            PropertyPath path = parent.element(list, i);
            visitor.visit(property == null ? path : path.property(property), text.apply(elements.get(i)), forReaders);
        }
    }
}
