package org.disputatio.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Event;

/** Checks the rule {@code unique-ids} with one hash map per kind of id. */
public final class UniqueIdsRule extends EventRule {

    @Override
    public void check(Event event, Sink violations) {
        PropertyPath root = PropertyPath.root();
        unique(root, "people", "id", event.people(), p -> p.id(), violations);
        unique(root, "organisations", "id", event.organisations(), o -> o.id(), violations);
        unique(root, "roles", "code", event.roles(), r -> r.code(), violations);
        unique(root.property("provenance"), "sources", "id", event.provenance().sources(), s -> s.id(), violations);
        event.venue().ifPresent(venue ->
                unique(root.property("venue"), "rooms", "id", venue.rooms(), r -> r.id(), violations));
        unique(root.property("programme"), "tracks", "id", event.programme().tracks(), t -> t.id(), violations);

        Map<String, PropertyPath> itemIds = new HashMap<>();
        var days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            PropertyPath day = root.property("programme").element("days", d);
            items(itemIds, days.get(d).items(), day, "items", violations);
        }
        items(itemIds, event.programme().unscheduled(), root.property("programme"), "unscheduled", violations);
    }

    /** Claims the ids of a list of items and, below each, of the items it contains, at any depth. */
    private static void items(Map<String, PropertyPath> itemIds, List<AgendaItem> items, PropertyPath owner,
            String list, Sink violations) {
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            PropertyPath path = owner.element(list, i);
            claim(itemIds, item.id(), path, "id", violations);
            if (!item.items().isEmpty()) {
                items(itemIds, item.items(), path, "items", violations);
            }
        }
    }

    private static <T> void unique(PropertyPath parent, String list, String idProperty, List<T> elements,
            Function<T, String> id, Sink violations) {
        Map<String, PropertyPath> seen = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            claim(seen, id.apply(elements.get(i)), parent.element(list, i), idProperty, violations);
        }
    }

    /** Claims an id for its owner; the owner's path is rendered only if another claims it too. */
    private static void claim(Map<String, PropertyPath> seen, String id, PropertyPath owner, String idProperty,
            Sink violations) {
        if (id == null) {
            return;
        }
        PropertyPath first = seen.putIfAbsent(id, owner);
        if (first != null) {
            violations.add(owner.property(idProperty), "UniqueIds.message", "id", id, "first", first.toString());
        }
    }
}
