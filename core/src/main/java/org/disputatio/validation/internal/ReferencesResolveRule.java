package org.disputatio.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.SourceDocument;

/** Checks the rule {@code references-resolve}; every lookup is constant-time. */
public final class ReferencesResolveRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        PropertyPath root = PropertyPath.root();
        for (int i = 0; i < event.involvements().size(); i++) {
            organisation(event, event.involvements().get(i).organisation(),
                    root.element("involvements", i).property("organisation"), violations);
        }
        for (int i = 0; i < event.people().size(); i++) {
            var affiliations = event.people().get(i).affiliations();
            for (int a = 0; a < affiliations.size(); a++) {
                PropertyPath path = root.element("people", i).element("affiliations", a).property("organisation");
                affiliations.get(a).organisation().ifPresent(id -> organisation(event, id, path, violations));
            }
        }
        String knownRole = null; // the last role found: participants of an item often share one
        var days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            List<AgendaItem> items = days.get(d).items();
            for (int i = 0; i < items.size(); i++) {
                var participants = items.get(i).participants();
                for (int p = 0; p < participants.size(); p++) {
                    // Paths are built only for a finding: this loop runs for every participant.
                    String person = participants.get(p).person();
                    if (person != null && event.person(person).isEmpty()) {
                        violations.add(participant(d, i, p).property("person"), "ReferencesResolve.person",
                                "id", person);
                    }
                    String role = participants.get(p).role();
                    if (role != null && !role.equals(knownRole)) {
                        if (event.role(role).isEmpty()) {
                            violations.add(participant(d, i, p).property("role"), "ReferencesResolve.role",
                                    "id", role);
                        } else {
                            knownRole = role;
                        }
                    }
                }
            }
        }
        var quotes = event.proceedings().quotes();
        for (int i = 0; i < quotes.size(); i++) {
            PropertyPath path = root.property("proceedings").element("quotes", i).property("speaker");
            quotes.get(i).speaker().ifPresent(id -> person(event, id, path, violations));
        }
        Set<String> sources = new HashSet<>();
        for (SourceDocument source : event.provenance().sources()) {
            sources.add(source.id());
        }
        PropertyPath provenance = root.property("provenance");
        var claims = event.provenance().claims();
        for (int i = 0; i < claims.size(); i++) {
            PropertyPath path = provenance.element("claims", i).property("source");
            claims.get(i).source().ifPresent(id -> source(sources, id, path, violations));
        }
        var notes = event.provenance().notes();
        for (int i = 0; i < notes.size(); i++) {
            PropertyPath path = provenance.element("notes", i).property("source");
            notes.get(i).source().ifPresent(id -> source(sources, id, path, violations));
        }
    }

    private static PropertyPath participant(int day, int item, int participant) {
        return PropertyPath.root().property("programme").element("days", day).element("items", item)
                .element("participants", participant);
    }

    private static void person(Event event, String id, PropertyPath path, Sink violations) {
        if (id != null && event.person(id).isEmpty()) {
            violations.add(path, "ReferencesResolve.person", "id", id);
        }
    }

    private static void organisation(Event event, String id, PropertyPath path, Sink violations) {
        if (id != null && event.organisation(id).isEmpty()) {
            violations.add(path, "ReferencesResolve.organisation", "id", id);
        }
    }

    private static void source(Set<String> sources, String id, PropertyPath path, Sink violations) {
        if (!sources.contains(id)) {
            violations.add(path, "ReferencesResolve.source", "id", id);
        }
    }
}
