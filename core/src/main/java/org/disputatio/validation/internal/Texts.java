package org.disputatio.validation.internal;

import java.util.List;
import java.util.function.Function;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Role;
import org.disputatio.model.Speaker;

/**
 * Every {@link LocalizedText} of an event with its property path, in document order.
 *
 * <p>Texts are either meant for readers (titles, descriptions, headings, summaries: expected in
 * every language of the event) or names (of people's positions, organisations, venues, links,
 * sources: printed in whatever language the bearer uses, so not expected in every language).
 *
 * <p>A visitor first says whether it {@linkplain Visitor#wants wants} a text; only then is the
 * text's path built, so that a pass over thousands of good texts allocates next to nothing.
 */
final class Texts {

    /** Receives one text. */
    interface Visitor {
        /** Whether {@link #visit} has anything to do with this text: a cheap test, no path yet. */
        boolean wants(LocalizedText text, boolean forReaders);

        void visit(PropertyPath path, LocalizedText text, boolean forReaders);
    }

    private Texts() {
    }

    static void forEach(Event event, Visitor visitor) {
        PropertyPath root = PropertyPath.root();
        text(visitor, event.title(), true, root, null, 0, "title");
        text(visitor, event.subtitle(), true, root, null, 0, "subtitle");
        text(visitor, event.description(), true, root, null, 0, "description");

        event.venue().ifPresent(venue -> {
            PropertyPath path = root.property("venue");
            text(visitor, venue.name(), false, path, null, 0, "name");
            eachText(path, "facilities", venue.facilities(), Function.identity(), null, true, visitor);
            for (int i = 0; i < venue.rooms().size(); i++) {
                text(visitor, venue.rooms().get(i).name(), false, path, "rooms", i, "name");
            }
        });

        List<Speaker> people = event.people();
        for (int i = 0; i < people.size(); i++) {
            var affiliations = people.get(i).affiliations();
            for (int a = 0; a < affiliations.size(); a++) {
                LocalizedText position = affiliations.get(a).position();
                LocalizedText unit = affiliations.get(a).unit();
                if (visitor.wants(position, false) || visitor.wants(unit, false)) {
                    PropertyPath person = root.element("people", i);
                    text(visitor, position, false, person, "affiliations", a, "position");
                    text(visitor, unit, false, person, "affiliations", a, "unit");
                }
            }
        }
        eachText(root, "organisations", event.organisations(), o -> o.name(), "name", false, visitor);
        List<Role> roles = event.roles();
        for (int i = 0; i < roles.size(); i++) {
            text(visitor, roles.get(i).label(), true, root, "roles", i, "label");
            text(visitor, roles.get(i).description(), true, root, "roles", i, "description");
        }

        List<ProgrammeDay> days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            PropertyPath day = root.property("programme").element("days", d);
            text(visitor, days.get(d).label(), true, day, null, 0, "label");
            List<AgendaItem> items = days.get(d).items();
            for (int i = 0; i < items.size(); i++) {
                AgendaItem item = items.get(i);
                text(visitor, item.title(), true, day, "items", i, "title");
                text(visitor, item.description(), true, day, "items", i, "description");
            }
        }

        for (int i = 0; i < event.links().size(); i++) {
            var link = event.links().get(i);
            text(visitor, link.title(), false, root, "links", i, "title");
            text(visitor, link.tagline(), false, root, "links", i, "tagline");
            text(visitor, link.description(), true, root, "links", i, "description");
        }

        PropertyPath audience = root.property("audience");
        eachText(audience, "groups", event.audience().groups(), Function.identity(), null, true, visitor);
        text(visitor, event.audience().admission(), true, audience, null, 0, "admission");

        var proceedings = event.proceedings();
        PropertyPath proc = root.property("proceedings");
        eachText(proc, "summary", proceedings.summary(), Function.identity(), null, true, visitor);
        eachText(proc, "themes", proceedings.themes(), t -> t.label(), "label", true, visitor);
        eachText(proc, "dimensions", proceedings.dimensions(), t -> t.label(), "label", true, visitor);
        for (int i = 0; i < proceedings.quotes().size(); i++) {
            text(visitor, proceedings.quotes().get(i).text(), true, proc, "quotes", i, "text");
            text(visitor, proceedings.quotes().get(i).attribution(), false, proc, "quotes", i, "attribution");
        }
        eachText(proc, "acknowledgements", proceedings.acknowledgements(), Function.identity(), null, true, visitor);

        var sources = event.provenance().sources();
        for (int i = 0; i < sources.size(); i++) {
            text(visitor, sources.get(i).title(), false, root.property("provenance"), "sources", i, "title");
        }
    }

    /** Visits one text per element of a list, at {@code list[i]} or {@code list[i].property}. */
    private static <T> void eachText(PropertyPath parent, String list, List<T> elements,
            Function<T, LocalizedText> text, String property, boolean forReaders, Visitor visitor) {
        for (int i = 0; i < elements.size(); i++) {
            text(visitor, text.apply(elements.get(i)), forReaders, parent, list, i, property);
        }
    }

    /**
     * Visits one text, if the visitor wants it, at {@code parent}, then {@code .list[index]} unless
     * {@code list} is null, then {@code .property} unless {@code property} is null.
     */
    private static void text(Visitor visitor, LocalizedText text, boolean forReaders, PropertyPath parent,
            String list, int index, String property) {
        if (!visitor.wants(text, forReaders)) {
            return;
        }
        PropertyPath path = list == null ? parent : parent.element(list, index);
        visitor.visit(property == null ? path : path.property(property), text, forReaders);
    }
}
