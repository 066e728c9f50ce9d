package org.disputatio.research;

import static org.disputatio.research.ColumnType.BOOLEAN;
import static org.disputatio.research.ColumnType.DATE;
import static org.disputatio.research.ColumnType.INTEGER;
import static org.disputatio.research.ColumnType.TIME;
import static org.disputatio.research.ColumnType.VARCHAR;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables derived from events, with their columns. Names of tables and columns are
 * lower-case snake case, the same in Java, CSV headers, SQL and Parquet. Texts are rendered in
 * the language of {@link TableSettings}. Absent values are null (empty in CSV, NULL in SQL),
 * never invented: an item without a start has a null {@code start_time}, an unscheduled item a
 * null {@code day}.
 */
public final class Tables {

    private Tables() {
    }

    private static <R> Column<R> col(String name, ColumnType type, String description, Function<R, Object> value) {
        return new Column<>(name, type, description, value);
    }

    private static final String INFERRED = "true when the provenance marks it inferred, false when stated, null without a value";

    /**
     * One row per (event, agenda item, person, role), items at any depth and unscheduled items
     * included: see {@link ParticipationRow}.
     *
     * <p>The effective country of a participation is, in this order: the country of the first
     * of the person's affiliations, in printed order, that gives one (the affiliation's own
     * country, else its organisation's); else the person's own country; else null.
     * {@code effective_country_source} says which ({@code affiliation}, {@code organisation},
     * {@code person}).
     */
    public static final Table<ParticipationRow> PARTICIPATIONS = new Table<>("participations",
            "person in one role in one agenda item of one event (items at any depth, unscheduled items included)",
            ParticipationRow.class, List.of(
                    col("event_id", VARCHAR, "the event's id", ParticipationRow::eventId),
                    col("item_id", VARCHAR, "the agenda item's id", ParticipationRow::itemId),
                    col("parent_item_id", VARCHAR, "the id of the item containing this one; null at top level",
                            ParticipationRow::parentItemId),
                    col("day", DATE, "the item's day; null for an unscheduled item", ParticipationRow::day),
                    col("day_inferred", BOOLEAN, "whether the day's date is inferred; " + INFERRED,
                            ParticipationRow::dayInferred),
                    col("start_time", TIME, "the start as printed; null when none is printed", ParticipationRow::start),
                    col("start_time_inferred", BOOLEAN, INFERRED, ParticipationRow::startInferred),
                    col("end_time", TIME, "the end as printed (never derived); null when none is printed",
                            ParticipationRow::end),
                    col("end_time_inferred", BOOLEAN, INFERRED, ParticipationRow::endInferred),
                    col("item_kind", VARCHAR, "the item's kind code (panel, opening, ...)", ParticipationRow::itemKind),
                    col("item_kind_inferred", BOOLEAN, INFERRED, ParticipationRow::itemKindInferred),
                    col("track", VARCHAR, "the id of the item's parallel track; null when none",
                            ParticipationRow::track),
                    col("rooms", VARCHAR, "the ids of the item's rooms joined by '; '; null when none",
                            ParticipationRow::rooms),
                    col("item_title", VARCHAR, "the item's title, else its heading; null when it has neither",
                            ParticipationRow::itemTitle),
                    col("item_title_inferred", BOOLEAN, INFERRED, ParticipationRow::itemTitleInferred),
                    col("person_id", VARCHAR, "the person's id in the event", ParticipationRow::personId),
                    col("person_name", VARCHAR, "the name as printed, without honorific; null if the id is not registered",
                            ParticipationRow::personName),
                    col("honorific", VARCHAR, "the honorific as printed (Mr., Ms, Dr)", ParticipationRow::honorific),
                    col("family_name", VARCHAR, "the family name; null when the name has no parts",
                            ParticipationRow::familyName),
                    col("name_parts_inferred", BOOLEAN, "whether the split of the name into given and family parts "
                            + "is inferred; null when it has no parts", ParticipationRow::namePartsInferred),
                    col("role", VARCHAR, "the role's code (inventio, chair, ...)", ParticipationRow::role),
                    col("role_label", VARCHAR, "the role's label; null when the code is defined nowhere",
                            ParticipationRow::roleLabel),
                    col("role_inferred", BOOLEAN, INFERRED, ParticipationRow::roleInferred),
                    col("contribution_title", VARCHAR, "the title of the person's own contribution; null when none",
                            ParticipationRow::contributionTitle),
                    col("contribution_title_inferred", BOOLEAN, INFERRED, ParticipationRow::contributionTitleInferred),
                    col("affiliation_count", INTEGER, "how many affiliations the person has (the affiliations "
                            + "table lists them)", ParticipationRow::affiliationCount),
                    col("organisation_id", VARCHAR, "the first affiliation's organisation id; null when none",
                            ParticipationRow::organisationId),
                    col("organisation", VARCHAR, "the first affiliation's organisation name, else acronym",
                            ParticipationRow::organisation),
                    col("sector", VARCHAR, "the first affiliation's sector: its own, else its organisation's",
                            ParticipationRow::sector),
                    col("sector_inferred", BOOLEAN, INFERRED, ParticipationRow::sectorInferred),
                    col("country", VARCHAR, "the first affiliation's country (ISO 3166-1 alpha-2): its own, "
                            + "else its organisation's", ParticipationRow::country),
                    col("country_inferred", BOOLEAN, INFERRED, ParticipationRow::countryInferred),
                    col("effective_country", VARCHAR, "the first affiliation that gives a country (its own, else "
                            + "its organisation's), else the person's own", ParticipationRow::effectiveCountry),
                    col("effective_country_source", VARCHAR, "affiliation, organisation or person: where the "
                            + "effective country comes from", ParticipationRow::effectiveCountrySource),
                    col("effective_country_inferred", BOOLEAN, INFERRED, ParticipationRow::effectiveCountryInferred)),
            EventRows::participations);

    /** One row per event: see {@link EventRow}. */
    public static final Table<EventRow> EVENTS = new Table<>("events", "event", EventRow.class, List.of(
            col("event_id", VARCHAR, "the event's id", EventRow::eventId),
            col("kind", VARCHAR, "the event's kind code", EventRow::kind),
            col("title", VARCHAR, "the title", EventRow::title),
            col("start_date", DATE, "the first day", EventRow::startDate),
            col("start_date_inferred", BOOLEAN, INFERRED, EventRow::startDateInferred),
            col("end_date", DATE, "the last day", EventRow::endDate),
            col("end_date_inferred", BOOLEAN, INFERRED, EventRow::endDateInferred),
            col("time_zone", VARCHAR, "the IANA time zone", EventRow::timeZone),
            col("languages", VARCHAR, "the languages it is held in, joined by '; '", EventRow::languages),
            col("venue", VARCHAR, "the venue's name", EventRow::venue),
            col("day_count", INTEGER, "programme days", EventRow::dayCount),
            col("item_count", INTEGER, "agenda items at any depth, unscheduled included", EventRow::itemCount),
            col("person_count", INTEGER, "people registered", EventRow::personCount),
            col("organisation_count", INTEGER, "organisations registered", EventRow::organisationCount),
            col("participation_count", INTEGER, "rows in participations", EventRow::participationCount)),
            rows -> List.of(rows.eventRow()));

    /** One row per agenda item, at any depth, scheduled or not: see {@link ItemRow}. */
    public static final Table<ItemRow> ITEMS = new Table<>("items",
            "agenda item, at any depth, scheduled or not", ItemRow.class, List.of(
            col("event_id", VARCHAR, "the event's id", ItemRow::eventId),
            col("item_id", VARCHAR, "the item's id", ItemRow::itemId),
            col("parent_item_id", VARCHAR, "the id of the item containing it; null at top level", ItemRow::parentItemId),
            col("depth", INTEGER, "0 at top level, 1 inside a top-level item, ...", ItemRow::depth),
            col("position", INTEGER, "1-based place among its siblings", ItemRow::position),
            col("day", DATE, "its day; null when unscheduled", ItemRow::day),
            col("start_time", TIME, "the start as printed", ItemRow::start),
            col("start_time_inferred", BOOLEAN, INFERRED, ItemRow::startInferred),
            col("end_time", TIME, "the end as printed (never derived)", ItemRow::end),
            col("end_time_inferred", BOOLEAN, INFERRED, ItemRow::endInferred),
            col("item_kind", VARCHAR, "the kind code", ItemRow::itemKind),
            col("item_kind_inferred", BOOLEAN, INFERRED, ItemRow::itemKindInferred),
            col("track", VARCHAR, "the track's id", ItemRow::track),
            col("rooms", VARCHAR, "the room ids joined by '; '", ItemRow::rooms),
            col("heading", VARCHAR, "the heading printed over the title", ItemRow::heading),
            col("item_title", VARCHAR, "the title", ItemRow::itemTitle),
            col("item_title_inferred", BOOLEAN, INFERRED, ItemRow::itemTitleInferred),
            col("participant_count", INTEGER, "participations listed on the item itself", ItemRow::participantCount),
            col("child_count", INTEGER, "items it contains directly", ItemRow::childCount)),
            EventRows::itemRows);

    /** One row per person registered in an event: see {@link PersonRow}. */
    public static final Table<PersonRow> PEOPLE = new Table<>("people",
            "person registered in one event (not matched across events)", PersonRow.class, List.of(
            col("event_id", VARCHAR, "the event's id", PersonRow::eventId),
            col("person_id", VARCHAR, "the person's id in the event", PersonRow::personId),
            col("person_name", VARCHAR, "the name as printed, without honorific", PersonRow::personName),
            col("honorific", VARCHAR, "the honorific as printed", PersonRow::honorific),
            col("given_name", VARCHAR, "the given name; null without parts", PersonRow::givenName),
            col("family_name", VARCHAR, "the family name; null without parts", PersonRow::familyName),
            col("name_order", VARCHAR, "given-first or family-first; null without parts", PersonRow::nameOrder),
            col("name_parts_inferred", BOOLEAN, "whether the split into parts is inferred; null without parts",
                    PersonRow::namePartsInferred),
            col("country", VARCHAR, "the country given for the person themself", PersonRow::country),
            col("country_inferred", BOOLEAN, INFERRED, PersonRow::countryInferred),
            col("affiliation_count", INTEGER, "affiliations", PersonRow::affiliationCount),
            col("external_ids", VARCHAR, "scheme:value joined by '; '", PersonRow::externalIds),
            col("participation_count", INTEGER, "participations in the event", PersonRow::participationCount),
            col("item_count", INTEGER, "distinct items the person appears in", PersonRow::itemCount)),
            EventRows::people);

    /** One row per organisation registered in an event: see {@link OrganisationRow}. */
    public static final Table<OrganisationRow> ORGANISATIONS = new Table<>("organisations",
            "organisation registered in one event", OrganisationRow.class, List.of(
            col("event_id", VARCHAR, "the event's id", OrganisationRow::eventId),
            col("organisation_id", VARCHAR, "the organisation's id in the event", OrganisationRow::organisationId),
            col("name", VARCHAR, "the name; null when only the acronym is printed", OrganisationRow::name),
            col("acronym", VARCHAR, "the acronym as printed", OrganisationRow::acronym),
            col("sector", VARCHAR, "the sector code", OrganisationRow::sector),
            col("sector_inferred", BOOLEAN, INFERRED, OrganisationRow::sectorInferred),
            col("country", VARCHAR, "the country code", OrganisationRow::country),
            col("country_inferred", BOOLEAN, INFERRED, OrganisationRow::countryInferred),
            col("parent_id", VARCHAR, "the organisation it is part of", OrganisationRow::parentId),
            col("locality", VARCHAR, "the city as printed", OrganisationRow::locality),
            col("external_ids", VARCHAR, "scheme:value joined by '; '", OrganisationRow::externalIds)),
            EventRows::organisations);

    /** One row per affiliation of a person in an event: see {@link AffiliationRow}. */
    public static final Table<AffiliationRow> AFFILIATIONS = new Table<>("affiliations",
            "affiliation of one person in one event, in printed order", AffiliationRow.class, List.of(
            col("event_id", VARCHAR, "the event's id", AffiliationRow::eventId),
            col("person_id", VARCHAR, "the person's id", AffiliationRow::personId),
            col("affiliation_index", INTEGER, "1-based place among the person's affiliations",
                    AffiliationRow::affiliationIndex),
            col("organisation_id", VARCHAR, "the organisation's id; null for a position without one",
                    AffiliationRow::organisationId),
            col("organisation", VARCHAR, "the organisation's name, else acronym", AffiliationRow::organisation),
            col("position", VARCHAR, "the position held", AffiliationRow::position),
            col("sector", VARCHAR, "the affiliation's own sector, else its organisation's", AffiliationRow::sector),
            col("sector_source", VARCHAR, "affiliation or organisation", AffiliationRow::sectorSource),
            col("sector_inferred", BOOLEAN, INFERRED, AffiliationRow::sectorInferred),
            col("country", VARCHAR, "the affiliation's own country, else its organisation's", AffiliationRow::country),
            col("country_source", VARCHAR, "affiliation or organisation", AffiliationRow::countrySource),
            col("country_inferred", BOOLEAN, INFERRED, AffiliationRow::countryInferred)),
            EventRows::affiliations);

    /** One row per pair of people of an event who share at least one item: see {@link CoappearanceRow}. */
    public static final Table<CoappearanceRow> COAPPEARANCES = new Table<>("coappearances",
            "pair of people of one event listed as participants of the same item(s), weighted by the number of items shared",
            CoappearanceRow.class, List.of(
            col("event_id", VARCHAR, "the event's id", CoappearanceRow::eventId),
            col("person_id", VARCHAR, "the first person's id (the smaller)", CoappearanceRow::personId),
            col("person_name", VARCHAR, "the first person's name as printed", CoappearanceRow::personName),
            col("other_person_id", VARCHAR, "the second person's id", CoappearanceRow::otherPersonId),
            col("other_person_name", VARCHAR, "the second person's name as printed", CoappearanceRow::otherPersonName),
            col("items", INTEGER, "how many items they share: the weight", CoappearanceRow::items),
            col("item_ids", VARCHAR, "the shared items' ids joined by '; '", CoappearanceRow::itemIds)),
            EventRows::coappearances);

    private static final List<Table<?>> ALL = List.of(PARTICIPATIONS, EVENTS, ITEMS, PEOPLE, ORGANISATIONS,
            AFFILIATIONS, COAPPEARANCES);

    /**
     * Every table, in the order of the documentation.
     *
     * @return the tables, unmodifiable
     */
    public static List<Table<?>> all() {
        return ALL;
    }

    /**
     * The table with this name.
     *
     * @param name a table's name, such as {@code participations}
     * @return the table, or empty if there is none of that name
     */
    public static Optional<Table<?>> named(String name) {
        return ALL.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /**
     * The table with this name, or an error that lists the names.
     *
     * @param name a table's name
     * @return the table
     * @throws IllegalArgumentException if there is no table of that name; the message lists the tables
     */
    public static Table<?> require(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("unknown table '" + name
                + "'; the tables are " + ALL.stream().map(Table::name).collect(Collectors.joining(", "))));
    }

    /**
     * The columns of a table as a Markdown table (name, type, description), as the module README
     * documents them.
     *
     * @param table the table
     * @return Markdown text ending with a newline
     */
    public static String markdown(Table<?> table) {
        StringBuilder out = new StringBuilder("| column | type | description |\n| --- | --- | --- |\n");
        for (Column<?> column : table.columns()) {
            out.append("| `").append(column.name()).append("` | ").append(column.type().sql()).append(" | ")
                    .append(column.description().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
