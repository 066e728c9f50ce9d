package org.disputatio.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;
import org.disputatio.model.Involvement;
import org.disputatio.model.Participation;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Quote;
import org.disputatio.model.Speaker;

/**
 * Checks the rule {@code no-unused-registrations}: a person registered with the event appears
 * somewhere (an agenda item or a quote names them), and so does an organisation (an involvement
 * or an affiliation names it). A registration nothing refers to is usually a slip — a
 * participation forgotten, an id misspelt where it is used — and it counts in every analysis of
 * who took part. One pass over the references, then one over the registrations.
 */
public final class NoUnusedRegistrationsRule extends EventRule {

    /** Adds the people of these items and of the items they contain, at any depth. */
    private static void participants(List<AgendaItem> items, Set<String> people) {
        for (int i = 0; i < items.size(); i++) { // indexed: no iterator per item
            AgendaItem item = items.get(i);
            List<Participation> participants = item.participants();
            for (int p = 0; p < participants.size(); p++) {
                people.add(participants.get(p).person());
            }
            if (!item.items().isEmpty()) {
                participants(item.items(), people);
            }
        }
    }

    @Override
    public void check(Event event, Sink violations) {
        Set<String> people = new HashSet<>(event.people().size() * 2);
        for (ProgrammeDay day : event.programme().days()) {
            participants(day.items(), people);
        }
        participants(event.programme().unscheduled(), people);
        for (Quote quote : event.proceedings().quotes()) {
            quote.speaker().ifPresent(people::add);
        }
        Set<String> organisations = new HashSet<>();
        for (Involvement involvement : event.involvements()) {
            organisations.add(involvement.organisation());
        }
        event.organisations().forEach(organisation -> organisation.parent().ifPresent(organisations::add));
        for (Speaker person : event.people()) {
            person.affiliations().forEach(affiliation -> affiliation.organisation().ifPresent(organisations::add));
        }
        PropertyPath root = PropertyPath.root();
        List<Speaker> registered = event.people();
        for (int i = 0; i < registered.size(); i++) {
            String id = registered.get(i).id();
            if (id != null && !people.contains(id)) {
                violations.add(root.element("people", i), "NoUnusedRegistrations.person", "id", id);
            }
        }
        for (int i = 0; i < event.organisations().size(); i++) {
            String id = event.organisations().get(i).id();
            if (id != null && !organisations.contains(id)) {
                violations.add(root.element("organisations", i), "NoUnusedRegistrations.organisation", "id", id);
            }
        }
    }
}
