package org.disputatio.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.Organisation;
import org.disputatio.model.SourceDocument;
import org.disputatio.model.Roles;
import org.disputatio.model.Speaker;
import org.disputatio.model.Track;
import org.disputatio.model.Room;

/** Checks the rule {@code references-resolve}; every lookup is constant-time. */
public final class ReferencesResolveRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        PropertyPath root = PropertyPath.root();
        for (int i = 0; i < event.involvements().size(); i++) {
            organisation(event, event.involvements().get(i).organisation(),
                    root.element("involvements", i).property("organisation"), violations);
        }
        for (int i = 0; i < event.organisations().size(); i++) {
            Organisation organisation = event.organisations().get(i);
            PropertyPath path = root.element("organisations", i).property("parent");
            organisation.parent().ifPresent(id -> organisation(event, id, path, violations));
            if (organisation.parent().isPresent() && isOwnAncestor(event, organisation)) {
                violations.add(path, "ReferencesResolve.ancestry", "id", organisation.id());
            }
        }
        for (int i = 0; i < event.people().size(); i++) {
            var affiliations = event.people().get(i).affiliations();
            for (int a = 0; a < affiliations.size(); a++) {
                // Paths are built only for a finding: this loop runs for every affiliation.
                String id = affiliations.get(a).organisation().orElse(null);
                if (id != null && event.organisation(id).isEmpty()) {
                    organisation(event, id, root.element("people", i).element("affiliations", a)
                            .property("organisation"), violations);
                }
            }
        }
        String knownRole = null; // the last role found: participants of an item often share one
        var days = event.programme().days();
        PropertyPath programme = root.property("programme");
        for (int d = 0; d < days.size(); d++) {
            knownRole = items(event, days.get(d).items(), programme.element("days", d), "items", knownRole,
                    violations);
        }
        knownRole = items(event, event.programme().unscheduled(), programme, "unscheduled", knownRole, violations);
        VocabularyCodes.check(event, violations);
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

    /**
     * Checks a list of items and, below each, the items it contains, at any depth.
     *
     * @param owner the path of what holds the list
     * @param list the list's name there
     * @return the last role found, for the next item
     */
    private static String items(Event event, List<AgendaItem> items, PropertyPath owner, String list,
            String knownRole, Sink violations) {
        String role = knownRole;
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            role = participants(event, item, owner, list, i, role, violations);
            if (!item.items().isEmpty()) {
                role = items(event, item.items(), owner.element(list, i), "items", role, violations);
            }
        }
        return role;
    }

    /**
     * Checks the rooms, track, people and roles of an item.
     *
     * @param owner the path of what holds the item's list
     * @param list the list's name there
     * @param index the item's index in it
     * @return the last role found, for the next item
     */
    private static String participants(Event event, AgendaItem item, PropertyPath owner, String list, int index,
            String knownRole, Sink violations) {
        List<String> rooms = item.rooms();
        for (int r = 0; r < rooms.size(); r++) {
            String room = rooms.get(r);
            if (room != null && event.venue().flatMap(venue -> venue.room(room)).isEmpty()) {
                unresolved(violations, owner.element(list, index).element("rooms", r), "ReferencesResolve.room", room,
                        event.venue().map(venue -> venue.rooms().stream().map(Room::id).toList()).orElse(List.of()));
            }
        }
        String track = item.track().orElse(null); // no lambda per item
        if (track != null && event.programme().track(track).isEmpty()) {
            unresolved(violations, owner.element(list, index).property("track"), "ReferencesResolve.track", track,
                    event.programme().tracks().stream().map(Track::id).toList());
        }
        var participants = item.participants();
        for (int p = 0; p < participants.size(); p++) {
            // Paths are built only for a finding: this loop runs for every participant.
            String person = participants.get(p).person();
            if (person != null && event.person(person).isEmpty()) {
                unresolved(violations, owner.element(list, index).element("participants", p).property("person"),
                        "ReferencesResolve.person", person, event.people().stream().map(Speaker::id).toList());
            }
            String role = participants.get(p).role();
            if (role != null && !role.equals(knownRole)) {
                if (event.role(role).isEmpty()) {
                    unresolved(violations, owner.element(list, index).element("participants", p).property("role"),
                            "ReferencesResolve.role", role, roleCodes(event));
                } else {
                    knownRole = role;
                }
            }
        }
        return knownRole;
    }

    private static void person(Event event, String id, PropertyPath path, Sink violations) {
        if (id != null && event.person(id).isEmpty()) {
            unresolved(violations, path, "ReferencesResolve.person", id, event.people().stream().map(Speaker::id).toList());
        }
    }

    private static void organisation(Event event, String id, PropertyPath path, Sink violations) {
        if (id != null && event.organisation(id).isEmpty()) {
            unresolved(violations, path, "ReferencesResolve.organisation", id,
                    event.organisations().stream().map(Organisation::id).toList());
        }
    }

    /** The codes of the built-in roles and of the event's own. */
    private static List<String> roleCodes(Event event) {
        List<String> codes = new java.util.ArrayList<>();
        Roles.builtIn().forEach(role -> codes.add(role.code()));
        event.roles().forEach(role -> codes.add(role.code()));
        return codes;
    }

    /**
     * Reports a reference that resolves to nothing, with the known id it most likely meant, if
     * one is close: "did you mean 'speaker'?". Computed only for a finding.
     */
    private static void unresolved(Sink violations, PropertyPath path, String key, String id, List<String> known) {
        String suggestion = Suggestions.closest(id, known);
        if (suggestion == null) {
            violations.add(path, key, "id", id);
        } else {
            violations.add(path, key + ".didYouMean", "id", id, "suggestion", suggestion);
        }
    }

    /** Whether following parents from the organisation comes back to it. */
    private static boolean isOwnAncestor(Event event, Organisation organisation) {
        Set<String> seen = new HashSet<>();
        Optional<String> parent = organisation.parent();
        while (parent.isPresent()) {
            if (parent.get().equals(organisation.id())) {
                return true;
            }
            if (!seen.add(parent.get())) {
                return false; // a loop above it, reported on the organisations in it
            }
            parent = event.organisation(parent.get()).flatMap(Organisation::parent);
        }
        return false;
    }

    private static void source(Set<String> sources, String id, PropertyPath path, Sink violations) {
        if (!sources.contains(id)) {
            violations.add(path, "ReferencesResolve.source", "id", id);
        }
    }
}
