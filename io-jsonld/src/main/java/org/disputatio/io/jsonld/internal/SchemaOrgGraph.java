package org.disputatio.io.jsonld.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disputatio.io.EventWriteException;
import org.disputatio.io.ExportReport;
import org.disputatio.io.ExportSettings;
import org.disputatio.model.Affiliation;
import org.disputatio.model.AgendaItem;
import org.disputatio.model.Definition;
import org.disputatio.model.Event;
import org.disputatio.model.ExternalId;
import org.disputatio.model.Involvement;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.LocalizedText;
import org.disputatio.model.Organisation;
import org.disputatio.model.Panel;
import org.disputatio.model.Participation;
import org.disputatio.model.PostalAddress;
import org.disputatio.model.ProgrammeDay;
import org.disputatio.model.Room;
import org.disputatio.model.Speaker;
import org.disputatio.model.Venue;
import org.disputatio.model.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as a schema.org JSON-LD tree, with the losses of the mapping. The module README holds
 * the mapping table; every property and type written here is in the shipped context
 * ({@code schemaorg-context.jsonld}), which the tests check against the schema.org vocabulary.
 */
public final class SchemaOrgGraph {

    /** The context every document names: what search engines expect. */
    public static final String CONTEXT = "https://schema.org";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Event event;
    private final List<String> languages;
    private final Optional<ZoneId> zone;
    private final Set<String> performers = new HashSet<>();
    private final Set<String> organisationsWritten = new HashSet<>();
    private int untimed;
    private int unscheduled;
    private int contributions;
    private boolean roles;
    private final Set<String> itemDetails = new LinkedHashSet<>();
    private final Set<String> personDetails = new LinkedHashSet<>();
    private final Set<String> severalAffiliations = new HashSet<>();
    private boolean organisationSectors;
    private boolean dayLabels;

    private SchemaOrgGraph(Event event, ExportSettings settings) {
        this.event = event;
        List<String> order = new ArrayList<>();
        settings.language().ifPresent(order::add);
        order.addAll(event.languages());
        this.languages = List.copyOf(new LinkedHashSet<>(order));
        this.zone = event.timeZone();
    }

    /**
     * The event's tree and the losses of the mapping.
     *
     * @param root the JSON-LD document, {@code @context} first
     * @param losses what schema.org could not carry, in report order
     */
    public record Result(ObjectNode root, List<ExportReport.Loss> losses) {
    }

    /**
     * Maps an event.
     *
     * @param event the event
     * @param settings the settings: the language only orders the translations of each text
     * @return the document and its losses
     * @throws EventWriteException if a participation names a person the event does not have
     */
    public static Result of(Event event, ExportSettings settings) {
        return new SchemaOrgGraph(event, settings).build();
    }

    private Result build() {
        ObjectNode root = NODES.objectNode();
        root.put("@context", CONTEXT);
        root.put("@type", "Event");
        root.put("identifier", event.id());
        text(root, "name", event.title());
        text(root, "description", event.description());
        if (event.startDate() != null) {
            root.put("startDate", event.startDate().toString());
        }
        if (event.endDate() != null) {
            root.put("endDate", event.endDate().toString());
        }
        if (!event.languages().isEmpty()) {
            ArrayNode inLanguage = root.putArray("inLanguage");
            event.languages().forEach(inLanguage::add);
        }
        event.venue().ifPresent(venue -> root.set("location", venue(venue)));
        involvements(root);
        audience(root);
        ArrayNode subEvents = NODES.arrayNode();
        List<ProgrammeDay> days = event.programme().days();
        for (int d = 0; d < days.size(); d++) {
            ProgrammeDay day = days.get(d);
            dayLabels |= !day.label().isEmpty();
            List<AgendaItem> items = day.items();
            for (int i = 0; i < items.size(); i++) {
                subEvents.add(item(items.get(i), day.date(), "programme.days[" + d + "].items[" + i + "]"));
            }
        }
        List<AgendaItem> loose = event.programme().unscheduled();
        for (int i = 0; i < loose.size(); i++) {
            subEvents.add(item(loose.get(i), null, "programme.unscheduled[" + i + "]"));
        }
        if (!subEvents.isEmpty()) {
            root.set("subEvent", subEvents);
        }
        return new Result(root, losses());
    }

    // ---------------------------------------------------------------- items

    private ObjectNode item(AgendaItem item, LocalDate date, String path) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", "Event");
        node.put("identifier", item.id());
        if (!item.title().isEmpty()) {
            text(node, "name", item.title());
            if (!item.heading().isEmpty()) {
                itemDetails.add("headings");
            }
        } else if (!item.heading().isEmpty()) {
            text(node, "name", item.heading());
        } else {
            LocalizedText label = event.definition(Vocabulary.ITEM_KIND, item.kind().code())
                    .map(Definition::label).orElse(LocalizedText.empty());
            if (label.isEmpty()) {
                node.put("name", item.kind().code());
            } else {
                text(node, "name", label);
            }
        }
        text(node, "description", item.description());
        itemDetails.add("kinds");
        if (item instanceof Panel panel && panel.label().isPresent()) {
            itemDetails.add("panel labels");
        }
        if (item.track().isPresent()) {
            itemDetails.add("tracks");
        }
        if (!item.conditions().isEmpty()) {
            itemDetails.add("conditions");
        }
        if (date == null) {
            unscheduled++;
        } else if (item.start().isEmpty()) {
            untimed++;
            node.put("startDate", date.toString());
        } else {
            LocalTime start = item.start().get();
            node.put("startDate", dateTime(date, start));
            item.end().ifPresent(end -> node.put("endDate",
                    dateTime(end.isBefore(start) ? date.plusDays(1) : date, end)));
        }
        if (!item.rooms().isEmpty()) {
            ArrayNode location = NODES.arrayNode();
            for (String roomId : item.rooms()) {
                location.add(room(roomId));
            }
            node.set("location", location.size() == 1 ? location.get(0) : location);
        }
        participants(node, item, path);
        if (!item.items().isEmpty()) {
            ArrayNode children = node.putArray("subEvent");
            List<AgendaItem> items = item.items();
            for (int i = 0; i < items.size(); i++) {
                children.add(item(items.get(i), date, path + ".items[" + i + "]"));
            }
        }
        return node;
    }

    private String dateTime(LocalDate date, LocalTime time) {
        if (zone.isEmpty()) {
            return LocalDateTime.of(date, time).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return ZonedDateTime.of(date, time, zone.get()).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private void participants(ObjectNode node, AgendaItem item, String path) {
        if (item.participants().isEmpty()) {
            return;
        }
        roles = true;
        Map<String, Speaker> people = new LinkedHashMap<>();
        List<Participation> participants = item.participants();
        for (int p = 0; p < participants.size(); p++) {
            Participation participation = participants.get(p);
            String id = participation.person();
            String where = path + ".participants[" + p + "].person";
            Speaker speaker = event.person(id).orElseThrow(() -> EventWriteException.at(where,
                    "the event has no person with the id \u201c" + id + "\u201d"));
            people.putIfAbsent(id, speaker);
            if (!participation.title().isEmpty() || !participation.description().isEmpty()) {
                contributions++;
            }
        }
        ArrayNode performer = node.putArray("performer");
        people.values().forEach(speaker -> {
            performers.add(speaker.id());
            performer.add(person(speaker));
        });
    }

    // ---------------------------------------------------------------- people and organisations

    private ObjectNode person(Speaker speaker) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", "Person");
        node.put("name", speaker.name().displayName());
        speaker.honorific().ifPresent(h -> node.put("honorificPrefix", h));
        speaker.name().given().ifPresent(given -> node.put("givenName", given));
        speaker.name().family().ifPresent(family -> node.put("familyName", family));
        ArrayNode jobTitles = NODES.arrayNode();
        ArrayNode affiliations = NODES.arrayNode();
        for (Affiliation affiliation : speaker.affiliations()) {
            affiliation.position().forEach((tag, text) -> jobTitles.add(tagged(tag, text)));
            affiliation.organisation().flatMap(event::organisation).ifPresent(o -> affiliations.add(organisation(o, 0)));
            if (affiliation.organisation().isPresent() && event.organisation(affiliation.organisation().get()).isEmpty()) {
                affiliations.add(NODES.objectNode().put("@type", "Organization")
                        .put("name", affiliation.organisation().get()));
            }
            if (!affiliation.unit().isEmpty()) {
                personDetails.add("units");
            }
            if (affiliation.sector().isPresent()) {
                personDetails.add("sectors");
            }
            if (affiliation.country().isPresent()) {
                personDetails.add("countries");
            }
        }
        if (speaker.affiliations().size() > 1) {
            severalAffiliations.add(speaker.id());
        }
        if (speaker.country().isPresent()) {
            personDetails.add("countries");
        }
        if (!jobTitles.isEmpty()) {
            node.set("jobTitle", single(jobTitles));
        }
        if (!affiliations.isEmpty()) {
            node.set("affiliation", single(affiliations));
        }
        externalIds(node, speaker.externalIds());
        return node;
    }

    private ObjectNode organisation(Organisation organisation, int depth) {
        organisationsWritten.add(organisation.id());
        ObjectNode node = NODES.objectNode();
        node.put("@type", "Organization");
        if (!organisation.name().isEmpty()) {
            text(node, "name", organisation.name());
            organisation.acronym().ifPresent(acronym -> node.put("alternateName", acronym));
        } else {
            node.put("name", organisation.acronym().orElse(organisation.id()));
        }
        if (organisation.country().isPresent() || organisation.locality().isPresent()) {
            ObjectNode address = node.putObject("address").put("@type", "PostalAddress");
            organisation.locality().ifPresent(locality -> address.put("addressLocality", locality));
            organisation.country().ifPresent(country -> address.put("addressCountry", country));
        }
        if (organisation.sector().isPresent()) {
            organisationSectors = true;
        }
        // a parent chain longer than the number of organisations is a cycle, which validation reports
        if (depth <= event.organisations().size()) {
            organisation.parent().flatMap(event::organisation)
                    .ifPresent(parent -> node.set("parentOrganization", organisation(parent, depth + 1)));
        }
        externalIds(node, organisation.externalIds());
        return node;
    }

    private static void externalIds(ObjectNode node, List<ExternalId> ids) {
        ArrayNode sameAs = NODES.arrayNode();
        ArrayNode identifiers = NODES.arrayNode();
        for (ExternalId id : ids) {
            Optional<String> iri = iri(id);
            if (iri.isPresent()) {
                sameAs.add(iri.get());
            } else {
                identifiers.add(NODES.objectNode().put("@type", "PropertyValue")
                        .put("propertyID", id.scheme()).put("value", id.value()));
            }
        }
        if (!sameAs.isEmpty()) {
            node.set("sameAs", single(sameAs));
        }
        if (!identifiers.isEmpty()) {
            node.set("identifier", single(identifiers));
        }
    }

    /**
     * The IRI of an external identifier whose register gives one: Wikidata, ORCID, ROR, ISNI.
     *
     * @param id the identifier
     * @return its IRI, or empty for a register without one
     */
    public static Optional<String> iri(ExternalId id) {
        String value = id.value().strip();
        return switch (id.scheme()) {
            case ExternalId.WIKIDATA -> Optional.of("https://www.wikidata.org/entity/" + value);
            case ExternalId.ORCID -> Optional.of("https://orcid.org/" + value);
            case ExternalId.ROR -> Optional.of("https://ror.org/" + value);
            case ExternalId.ISNI -> Optional.of("https://isni.org/isni/" + value.replaceAll("\\s+", ""));
            default -> Optional.empty();
        };
    }

    private void involvements(ObjectNode root) {
        Map<String, ArrayNode> byProperty = new LinkedHashMap<>();
        for (Involvement involvement : event.involvements()) {
            String property = switch (involvement.kind()) {
                case ORGANISER, HOST -> "organizer";
                case SPONSOR -> "sponsor";
                case PARTNER -> "contributor";
            };
            Organisation organisation = event.organisation(involvement.organisation()).orElseThrow(() ->
                    EventWriteException.at("involvements[" + event.involvements().indexOf(involvement) + "].organisation",
                            "the event has no organisation with the id \u201c" + involvement.organisation() + "\u201d"));
            byProperty.computeIfAbsent(property, p -> NODES.arrayNode()).add(organisation(organisation, 0));
        }
        byProperty.forEach((property, nodes) -> root.set(property, single(nodes)));
    }

    private void audience(ObjectNode root) {
        if (event.audience().groups().isEmpty()) {
            return;
        }
        ArrayNode types = NODES.arrayNode();
        for (LocalizedText group : event.audience().groups()) {
            ordered(group).forEach((tag, text) -> types.add(tagged(tag, text)));
        }
        root.putObject("audience").put("@type", "Audience").set("audienceType", single(types));
    }

    // ---------------------------------------------------------------- places

    private ObjectNode venue(Venue venue) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", "Place");
        text(node, "name", venue.name());
        venue.address().ifPresent(address -> node.set("address", address(address)));
        return node;
    }

    private ObjectNode room(String roomId) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", "Place");
        Optional<Room> room = event.venue().flatMap(venue -> venue.room(roomId));
        if (room.isPresent() && !room.get().name().isEmpty()) {
            text(node, "name", room.get().name());
        } else {
            node.put("name", roomId);
        }
        node.put("identifier", roomId);
        event.venue().filter(venue -> !venue.name().isEmpty()).ifPresent(venue -> {
            ObjectNode container = node.putObject("containedInPlace").put("@type", "Place");
            text(container, "name", venue.name());
        });
        return node;
    }

    private static ObjectNode address(PostalAddress address) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", "PostalAddress");
        address.street().ifPresent(street -> node.put("streetAddress", street));
        address.postalCode().ifPresent(code -> node.put("postalCode", code));
        address.locality().ifPresent(locality -> node.put("addressLocality",
                address.district().map(district -> locality + " " + district).orElse(locality)));
        if (address.locality().isEmpty()) {
            address.district().ifPresent(district -> node.put("addressLocality", district));
        }
        address.country().ifPresent(country -> node.put("addressCountry", country));
        return node;
    }

    // ---------------------------------------------------------------- texts

    /** Writes every translation as a language-tagged value, the chosen language first. */
    private void text(ObjectNode node, String property, LocalizedText text) {
        if (text.isEmpty()) {
            return;
        }
        ArrayNode values = NODES.arrayNode();
        ordered(text).forEach((tag, value) -> values.add(tagged(tag, value)));
        node.set(property, single(values));
    }

    private Map<String, String> ordered(LocalizedText text) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String tag : languages) {
            text.get(tag).ifPresent(value -> ordered.put(tag, value));
        }
        text.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static ObjectNode tagged(String tag, String value) {
        return NODES.objectNode().put("@value", value).put("@language", tag);
    }

    private static JsonNode single(ArrayNode values) {
        return values.size() == 1 ? values.get(0) : values;
    }

    // ---------------------------------------------------------------- the report

    private List<ExportReport.Loss> losses() {
        List<ExportReport.Loss> losses = new ArrayList<>();
        boolean timed = event.programme().items().anyMatch(item -> item.start().isPresent());
        if (zone.isEmpty() && timed) {
            losses.add(new ExportReport.Loss("no-time-zone", "no time zone: times written without offset"));
        }
        if (untimed > 0) {
            losses.add(new ExportReport.Loss("untimed-items", plural(untimed, "untimed item") + " dated by their day only"));
        }
        if (unscheduled > 0) {
            losses.add(new ExportReport.Loss("unscheduled-items", plural(unscheduled, "unscheduled item")
                    + " written without a date"));
        }
        if (roles) {
            losses.add(new ExportReport.Loss("roles", "roles as printed not carried: every participant is a performer"));
        }
        if (contributions > 0) {
            losses.add(new ExportReport.Loss("contributions", "titles and descriptions of "
                    + plural(contributions, "contribution") + " not exported"));
        }
        long unlisted = event.people().stream().filter(p -> !performers.contains(p.id())).count();
        if (unlisted > 0) {
            losses.add(new ExportReport.Loss("unlisted-people", plural((int) unlisted, "person")
                    .replace("persons", "people") + " in no agenda item not exported"));
        }
        if (!personDetails.isEmpty()) {
            losses.add(new ExportReport.Loss("person-details", join(personDetails) + " of people not exported"));
        }
        if (!severalAffiliations.isEmpty()) {
            losses.add(new ExportReport.Loss("affiliation-pairs", "positions and organisations of "
                    + plural(severalAffiliations.size(), "person").replace("persons", "people")
                    + " with several affiliations written unpaired"));
        }
        Set<String> involvements = new LinkedHashSet<>();
        for (Involvement involvement : event.involvements()) {
            if (involvement.kind() == InvolvementKind.HOST) {
                involvements.add("hosts given as organizer");
            } else if (involvement.kind() == InvolvementKind.PARTNER) {
                involvements.add("partners given as contributor");
            }
        }
        if (!involvements.isEmpty()) {
            losses.add(new ExportReport.Loss("involvements", String.join("; ", involvements)));
        }
        long unmentioned = event.organisations().stream().filter(o -> !organisationsWritten.contains(o.id())).count();
        if (unmentioned > 0) {
            losses.add(new ExportReport.Loss("unlisted-organisations", plural((int) unmentioned, "organisation")
                    + " neither involved nor an affiliation not exported"));
        }
        if (organisationSectors) {
            losses.add(new ExportReport.Loss("organisation-sectors", "sectors of organisations not exported"));
        }
        if (!itemDetails.isEmpty()) {
            losses.add(new ExportReport.Loss("item-details", join(itemDetails) + " of items not exported"));
        }
        if (dayLabels) {
            losses.add(new ExportReport.Loss("day-labels", "day headings not exported"));
        }
        List<String> details = new ArrayList<>();
        if (!event.subtitle().isEmpty()) {
            details.add("subtitle");
        }
        details.add("kind");
        event.venue().ifPresent(venue -> {
            if (!venue.access().isEmpty() || !venue.facilities().isEmpty()) {
                details.add("venue access and facilities");
            }
        });
        if (!event.links().isEmpty()) {
            details.add("links");
        }
        if (!event.audience().admission().isEmpty()) {
            details.add("admission");
        }
        if (!event.proceedings().isEmpty()) {
            details.add("proceedings");
        }
        if (!event.provenance().equals(org.disputatio.model.Provenance.none())) {
            details.add("provenance");
        }
        losses.add(new ExportReport.Loss("event-details", "the event's " + join(details) + " not exported"));
        return losses;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String join(java.util.Collection<String> parts) {
        List<String> list = List.copyOf(parts);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }
}
