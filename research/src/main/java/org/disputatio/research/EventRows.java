package org.disputatio.research;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.disputatio.io.shape.PropertyPaths;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Certainty;
import org.disputatio.model.Definition;
import org.disputatio.model.Event;
import org.disputatio.model.ExternalId;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Participation;
import org.disputatio.model.PersonName;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Sector;
import org.disputatio.model.Speaker;
import org.disputatio.model.Vocabulary;

/**
 * The rows of one event, for every table: walks the programme once (days in order, then the
 * unscheduled items; each item before the items it contains) and looks facts' certainty up by
 * their index paths ({@code programme.days[0].items[2].items[0].start}), which name the place
 * whatever the ids.
 */
final class EventRows {

    /** An item with where it sits. */
    record Placed(AgendaItem item, String path, LocalDate day, String dayPath, String parentId, int depth,
            int position) {
    }

    private final Event event;
    private final List<String> languages;
    private final PropertyPaths paths; // null when the event records no claim: everything is stated
    private final Map<String, Integer> personIndex = new HashMap<>();
    private final Map<String, Integer> organisationIndex = new HashMap<>();
    private List<Placed> items;

    EventRows(Event event, TableSettings settings) {
        this.event = event;
        List<String> preferred = new ArrayList<>();
        settings.language().ifPresent(preferred::add);
        preferred.addAll(event.languages());
        this.languages = List.copyOf(preferred);
        this.paths = event.provenance().claims().isEmpty() ? null : PropertyPaths.of(event);
        List<Speaker> people = event.people();
        for (int i = 0; i < people.size(); i++) {
            personIndex.putIfAbsent(people.get(i).id(), i);
        }
        List<Organisation> organisations = event.organisations();
        for (int i = 0; i < organisations.size(); i++) {
            organisationIndex.putIfAbsent(organisations.get(i).id(), i);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Whether the fact at this index path is inferred; null when there is no fact. */
    private Boolean inferred(boolean present, String path) {
        if (!present) {
            return null;
        }
        return paths != null && paths.certaintyOf(path) == Certainty.INFERRED;
    }

    private String text(LocalizedText text) {
        return text == null ? null : text.resolve(languages).orElse(null);
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    List<Placed> items() {
        if (items == null) {
            List<Placed> placed = new ArrayList<>();
            List<ProgrammeDay> days = event.programme().days();
            for (int d = 0; d < days.size(); d++) {
                ProgrammeDay day = days.get(d);
                String dayPath = "programme.days[" + d + "]";
                place(day.items(), dayPath + ".items", day.date(), dayPath, null, 0, placed);
            }
            place(event.programme().unscheduled(), "programme.unscheduled", null, null, null, 0, placed);
            items = List.copyOf(placed);
        }
        return items;
    }

    private static void place(List<AgendaItem> siblings, String listPath, LocalDate day, String dayPath,
            String parentId, int depth, List<Placed> placed) {
        for (int i = 0; i < siblings.size(); i++) {
            AgendaItem item = siblings.get(i);
            String path = listPath + "[" + i + "]";
            placed.add(new Placed(item, path, day, dayPath, parentId, depth, i + 1));
            place(item.items(), path + ".items", day, dayPath, item.id(), depth + 1, placed);
        }
    }

    private String personPath(String personId) {
        Integer index = personIndex.get(personId);
        return index == null ? null : "people[" + index + "]";
    }

    private String organisationPath(String organisationId) {
        Integer index = organisationIndex.get(organisationId);
        return index == null ? null : "organisations[" + index + "]";
    }

    /** An affiliation's sector or country, with where it comes from and whether it is inferred. */
    private record Sourced(String value, String source, Boolean inferred) {
        static final Sourced NONE = new Sourced(null, null, null);
    }

    private Sourced sectorOf(Affiliation affiliation, String affiliationPath) {
        if (affiliation.sector().isPresent()) {
            return new Sourced(affiliation.sector().get().code(), "affiliation",
                    inferred(true, affiliationPath + ".sector"));
        }
        Optional<Organisation> organisation = affiliation.organisation().flatMap(event::organisation);
        if (organisation.isPresent() && organisation.get().sector().isPresent()) {
            return new Sourced(organisation.get().sector().map(Sector::code).get(), "organisation",
                    inferred(true, organisationPath(organisation.get().id()) + ".sector"));
        }
        return Sourced.NONE;
    }

    private Sourced countryOf(Affiliation affiliation, String affiliationPath) {
        if (affiliation.country().isPresent()) {
            return new Sourced(affiliation.country().get(), "affiliation",
                    inferred(true, affiliationPath + ".country"));
        }
        Optional<Organisation> organisation = affiliation.organisation().flatMap(event::organisation);
        if (organisation.isPresent() && organisation.get().country().isPresent()) {
            return new Sourced(organisation.get().country().get(), "organisation",
                    inferred(true, organisationPath(organisation.get().id()) + ".country"));
        }
        return Sourced.NONE;
    }

    /**
     * The effective country: the first affiliation, in printed order, that gives one (its own,
     * else its organisation's), else the person's own.
     */
    private Sourced effectiveCountry(Speaker person, String personPath) {
        List<Affiliation> affiliations = person.affiliations();
        for (int i = 0; i < affiliations.size(); i++) {
            Sourced country = countryOf(affiliations.get(i), personPath + ".affiliations[" + i + "]");
            if (country.value() != null) {
                return country;
            }
        }
        if (person.country().isPresent()) {
            return new Sourced(person.country().get(), "person", inferred(true, personPath + ".country"));
        }
        return Sourced.NONE;
    }

    private String organisationName(Affiliation affiliation) {
        return affiliation.organisation()
                .map(id -> event.organisation(id).map(o -> o.displayName(languages.toArray(String[]::new))).orElse(id))
                .orElse(null);
    }

    private static String printed(Speaker person) {
        return person.name() == null ? person.id() : person.name().printed();
    }

    private Boolean namePartsInferred(Speaker person, String personPath) {
        PersonName name = person.name();
        if (name == null || !name.hasParts()) {
            return null;
        }
        return name.parts() == Certainty.INFERRED || Boolean.TRUE.equals(inferred(true, personPath + ".name.family"))
                || Boolean.TRUE.equals(inferred(true, personPath + ".name.given"));
    }

    private static String externalIds(List<ExternalId> ids) {
        return joined(ids.stream().map(id -> id.scheme() + ":" + id.value()).toList());
    }

    // ------------------------------------------------------------------ tables

    List<ParticipationRow> participations() {
        List<ParticipationRow> rows = new ArrayList<>();
        for (Placed placed : items()) {
            AgendaItem item = placed.item();
            String path = placed.path();
            String title = text(item.title());
            String titlePath = path + ".title";
            if (title == null) {
                title = text(item.heading());
                titlePath = path + ".heading";
            }
            Boolean titleInferred = inferred(title != null, titlePath);
            List<Participation> participants = item.participants();
            for (int j = 0; j < participants.size(); j++) {
                Participation participation = participants.get(j);
                String participationPath = path + ".participants[" + j + "]";
                // a participation without a person or a role is reported by validation; its row keeps the nulls
                Optional<Speaker> found = participation.person() == null ? Optional.empty()
                        : event.person(participation.person());
                String personPath = personPath(participation.person());
                String roleLabel = participation.role() == null ? null : event.definition(Vocabulary.ROLE,
                        participation.role()).map(Definition::label).map(this::text).orElse(null);
                String contribution = text(participation.title());
                String personName = null;
                String honorific = null;
                String family = null;
                Boolean partsInferred = null;
                int affiliationCount = 0;
                String organisationId = null;
                String organisation = null;
                Sourced sector = Sourced.NONE;
                Sourced country = Sourced.NONE;
                Sourced effective = Sourced.NONE;
                if (found.isPresent()) {
                    Speaker person = found.get();
                    personName = printed(person);
                    honorific = person.honorific().orElse(null);
                    family = person.name() == null ? null : person.name().family().orElse(null);
                    partsInferred = namePartsInferred(person, personPath);
                    affiliationCount = person.affiliations().size();
                    if (affiliationCount > 0) {
                        Affiliation first = person.affiliations().get(0);
                        organisationId = first.organisation().orElse(null);
                        organisation = organisationName(first);
                        sector = sectorOf(first, personPath + ".affiliations[0]");
                        country = countryOf(first, personPath + ".affiliations[0]");
                    }
                    effective = effectiveCountry(person, personPath);
                }
                rows.add(new ParticipationRow(event.id(), item.id(), placed.parentId(),
                        placed.day(), inferred(placed.day() != null, placed.dayPath() + ".date"),
                        item.start().orElse(null), inferred(item.start().isPresent(), path + ".start"),
                        item.end().orElse(null), inferred(item.end().isPresent(), path + ".end"),
                        item.kind() == null ? null : item.kind().code(), inferred(item.kind() != null, path + ".kind"),
                        item.track().orElse(null), joined(item.rooms()),
                        title, titleInferred,
                        participation.person(), personName, honorific, family, partsInferred,
                        participation.role(), roleLabel, inferred(participation.role() != null, participationPath + ".role"),
                        contribution, inferred(contribution != null, participationPath + ".title"),
                        affiliationCount, organisationId, organisation,
                        sector.value(), sector.inferred(), country.value(), country.inferred(),
                        effective.value(), effective.source(), effective.inferred()));
            }
        }
        return rows;
    }

    EventRow eventRow() {
        int participations = 0;
        for (Placed placed : items()) {
            participations += placed.item().participants().size();
        }
        return new EventRow(event.id(), event.kind() == null ? null : event.kind().code(), text(event.title()),
                event.startDate(), inferred(event.startDate() != null, "startDate"),
                event.endDate(), inferred(event.endDate() != null, "endDate"),
                event.timeZone().map(Object::toString).orElse(null), joined(event.languages()),
                event.venue().map(venue -> text(venue.name())).orElse(null),
                event.programme().days().size(), items().size(), event.people().size(), event.organisations().size(),
                participations);
    }

    List<ItemRow> itemRows() {
        List<ItemRow> rows = new ArrayList<>();
        for (Placed placed : items()) {
            AgendaItem item = placed.item();
            String path = placed.path();
            String title = text(item.title());
            rows.add(new ItemRow(event.id(), item.id(), placed.parentId(), placed.depth(), placed.position(),
                    placed.day(), item.start().orElse(null), inferred(item.start().isPresent(), path + ".start"),
                    item.end().orElse(null), inferred(item.end().isPresent(), path + ".end"),
                    item.kind() == null ? null : item.kind().code(), inferred(item.kind() != null, path + ".kind"),
                    item.track().orElse(null), joined(item.rooms()), text(item.heading()),
                    title, inferred(title != null, path + ".title"),
                    item.participants().size(), item.items().size()));
        }
        return rows;
    }

    List<PersonRow> people() {
        Map<String, Integer> participations = new HashMap<>();
        Map<String, Set<String>> itemsOf = new HashMap<>();
        for (Placed placed : items()) {
            for (Participation participation : placed.item().participants()) {
                participations.merge(participation.person(), 1, Integer::sum);
                itemsOf.computeIfAbsent(participation.person(), id -> new LinkedHashSet<>()).add(placed.path());
            }
        }
        List<PersonRow> rows = new ArrayList<>();
        List<Speaker> people = event.people();
        for (int i = 0; i < people.size(); i++) {
            Speaker person = people.get(i);
            String personPath = "people[" + i + "]";
            PersonName name = person.name();
            boolean parts = name != null && name.hasParts();
            rows.add(new PersonRow(event.id(), person.id(), printed(person), person.honorific().orElse(null),
                    parts ? name.given().orElse(null) : null, parts ? name.family().orElse(null) : null,
                    parts ? name.order().code() : null, namePartsInferred(person, personPath),
                    person.country().orElse(null), inferred(person.country().isPresent(), personPath + ".country"),
                    person.affiliations().size(), externalIds(person.externalIds()),
                    participations.getOrDefault(person.id(), 0),
                    itemsOf.getOrDefault(person.id(), Set.of()).size()));
        }
        return rows;
    }

    List<OrganisationRow> organisations() {
        List<OrganisationRow> rows = new ArrayList<>();
        List<Organisation> organisations = event.organisations();
        for (int i = 0; i < organisations.size(); i++) {
            Organisation organisation = organisations.get(i);
            String path = "organisations[" + i + "]";
            rows.add(new OrganisationRow(event.id(), organisation.id(), text(organisation.name()),
                    organisation.acronym().orElse(null),
                    organisation.sector().map(Sector::code).orElse(null),
                    inferred(organisation.sector().isPresent(), path + ".sector"),
                    organisation.country().orElse(null), inferred(organisation.country().isPresent(), path + ".country"),
                    organisation.parent().orElse(null), organisation.locality().orElse(null),
                    externalIds(organisation.externalIds())));
        }
        return rows;
    }

    List<AffiliationRow> affiliations() {
        List<AffiliationRow> rows = new ArrayList<>();
        List<Speaker> people = event.people();
        for (int i = 0; i < people.size(); i++) {
            Speaker person = people.get(i);
            List<Affiliation> affiliations = person.affiliations();
            for (int k = 0; k < affiliations.size(); k++) {
                Affiliation affiliation = affiliations.get(k);
                String path = "people[" + i + "].affiliations[" + k + "]";
                Sourced sector = sectorOf(affiliation, path);
                Sourced country = countryOf(affiliation, path);
                rows.add(new AffiliationRow(event.id(), person.id(), k + 1, affiliation.organisation().orElse(null),
                        organisationName(affiliation), text(affiliation.position()),
                        sector.value(), sector.source(), sector.inferred(),
                        country.value(), country.source(), country.inferred()));
            }
        }
        return rows;
    }

    List<CoappearanceRow> coappearances() {
        // pair "a\u0000b" (a < b) -> the items they share, in programme order
        Map<List<String>, List<String>> shared = new TreeMap<>((x, y) -> {
            int first = x.get(0).compareTo(y.get(0));
            return first != 0 ? first : x.get(1).compareTo(y.get(1));
        });
        for (Placed placed : items()) {
            List<String> people = placed.item().participants().stream().map(Participation::person)
                    .filter(id -> id != null).distinct().sorted().toList();
            for (int a = 0; a < people.size(); a++) {
                for (int b = a + 1; b < people.size(); b++) {
                    shared.computeIfAbsent(List.of(people.get(a), people.get(b)), pair -> new ArrayList<>())
                            .add(placed.item().id());
                }
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Speaker person : event.people()) {
            names.putIfAbsent(person.id(), printed(person));
        }
        return shared.entrySet().stream().map(entry -> new CoappearanceRow(event.id(),
                entry.getKey().get(0), names.get(entry.getKey().get(0)),
                entry.getKey().get(1), names.get(entry.getKey().get(1)),
                entry.getValue().size(), entry.getValue().stream().map(String::valueOf)
                        .collect(Collectors.joining("; "))))
                .toList();
    }
}
