package org.disputatio.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Definition;
import org.disputatio.model.Event;
import org.disputatio.model.Sector;
import org.disputatio.model.Vocabulary;

/**
 * The part of {@code references-resolve} that checks codes of the open vocabularies: the event's
 * kind, every agenda item's kind, every organisation's and affiliation's sector. Each must be built
 * in or registered on the event ({@link Event#definition(Vocabulary, String)}); roles, the fourth
 * open vocabulary, are checked with the participants they belong to.
 */
final class VocabularyCodes {

    private VocabularyCodes() {
    }

    static void check(Event event, EventRule.Sink violations) {
        PropertyPath root = PropertyPath.root();
        if (event.kind() != null) {
            code(event, Vocabulary.EVENT_KIND, event.kind().code(), "ReferencesResolve.eventKind", violations,
                    () -> root.property("kind"));
        }
        for (int i = 0; i < event.organisations().size(); i++) {
            PropertyPath path = root.element("organisations", i).property("sector");
            event.organisations().get(i).sector().ifPresent(sector -> sector(event, sector, path, violations));
        }
        for (int i = 0; i < event.people().size(); i++) {
            var affiliations = event.people().get(i).affiliations();
            for (int a = 0; a < affiliations.size(); a++) {
                // Paths are built only for a finding: this loop runs for every affiliation.
                Sector sector = affiliations.get(a).sector().orElse(null);
                if (sector != null && !isRegistered(event, Vocabulary.SECTOR, sector.code())) {
                    sector(event, sector, root.element("people", i).element("affiliations", a).property("sector"),
                            violations);
                }
            }
        }
        PropertyPath programme = root.property("programme");
        var days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            items(event, days.get(d).items(), programme.element("days", d), "items", violations);
        }
        items(event, event.programme().unscheduled(), programme, "unscheduled", violations);
    }

    private static void items(Event event, List<AgendaItem> items, PropertyPath parent, String list,
            EventRule.Sink violations) {
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            // Paths are built only for a finding: this loop runs for every item.
            if (item.kind() != null && !isRegistered(event, Vocabulary.ITEM_KIND, item.kind().code())) {
                int index = i;
                code(event, Vocabulary.ITEM_KIND, item.kind().code(), "ReferencesResolve.itemKind", violations,
                        () -> parent.element(list, index).property("kind"));
            }
            if (!item.items().isEmpty()) {
                int index = i;
                items(event, item.items(), parent.element(list, index), "items", violations);
            }
        }
    }

    private static void sector(Event event, Sector sector, PropertyPath path, EventRule.Sink violations) {
        code(event, Vocabulary.SECTOR, sector.code(), "ReferencesResolve.sector", violations, () -> path);
    }

    private static boolean isRegistered(Event event, Vocabulary vocabulary, String code) {
        if (vocabulary.isBuiltIn(code)) {
            return true;
        }
        for (Definition own : event.definitions(vocabulary)) {
            if (code.equals(own.code())) {
                return true;
            }
        }
        return false;
    }

    /** Reports a code neither built in nor registered; the path is built only then. */
    private static void code(Event event, Vocabulary vocabulary, String code, String key,
            EventRule.Sink violations, java.util.function.Supplier<PropertyPath> path) {
        if (isRegistered(event, vocabulary, code)) {
            return;
        }
        List<String> known = new ArrayList<>();
        vocabulary.builtIns().forEach(definition -> known.add(definition.code()));
        event.definitions(vocabulary).stream().map(Definition::code).forEach(known::add);
        String suggestion = Suggestions.closest(code, known);
        if (suggestion == null) {
            violations.add(path.get(), key, "id", code);
        } else {
            violations.add(path.get(), key + ".didYouMean", "id", code, "suggestion", suggestion);
        }
    }
}
