package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disputatio.validation.constraints.EventInvariants;
import org.disputatio.validation.constraints.LanguageTag;

/**
 * A cyber-policy event: a conference, symposium, seminar or panel, with its programme, the people
 * and organisations who appear, what was said, and where each fact comes from.
 *
 * <p>People, organisations and extra roles are registered once and referenced by id from every
 * place they appear; {@link #person(String)}, {@link #organisation(String)} and
 * {@link #role(String)} look them up in constant time.
 *
 * <p>Instances are immutable and thread-safe; the lists they hold are unmodifiable copies.
 * Build one with {@link #builder(String)}; change one with the {@code with…} methods, which
 * return a new event. The constructor rejects only what can never be a value (a null list);
 * everything a messy document can get wrong is reported by
 * {@link org.disputatio.validation.EventValidator}.
 */
@EventInvariants
public final class Event {

    @NotBlank
    private final String id;
    @NotNull
    private final EventKind kind;
    private final LocalizedText title;
    private final LocalizedText subtitle;
    private final LocalizedText description;
    private final List<@LanguageTag String> languages;
    @NotNull
    private final LocalDate startDate;
    @NotNull
    private final LocalDate endDate;
    private final Optional<ZoneId> timeZone;
    private final Optional<@Valid Venue> venue;
    private final List<@Valid Involvement> involvements;
    private final List<@Valid Speaker> people;
    private final List<@Valid Organisation> organisations;
    private final List<@Valid Role> roles;
    private final List<@Valid Definition> eventKinds;
    private final List<@Valid Definition> itemKinds;
    private final List<@Valid Definition> sectors;
    @Valid
    private final Programme programme;
    private final List<@Valid Link> links;
    private final Audience audience;
    @Valid
    private final Proceedings proceedings;
    @Valid
    private final Provenance provenance;

    // Lookup indexes, derived from the lists above; on a duplicate id the first entry wins
    // (validation reports the duplicate).
    private final Map<String, Speaker> peopleById;
    private final Map<String, Organisation> organisationsById;
    private final Map<String, Role> rolesByCode;

    private Event(Builder b) {
        this.id = b.id;
        this.kind = b.kind;
        this.title = Checks.present(b.title, "title");
        this.subtitle = Checks.present(b.subtitle, "subtitle");
        this.description = Checks.present(b.description, "description");
        this.languages = Checks.copy(b.languages, "languages");
        this.startDate = b.startDate;
        this.endDate = b.endDate;
        this.timeZone = Optional.ofNullable(b.timeZone);
        this.venue = Optional.ofNullable(b.venue);
        this.involvements = Checks.copy(b.involvements, "involvements");
        this.people = Checks.copy(b.people, "people");
        this.organisations = Checks.copy(b.organisations, "organisations");
        this.roles = Checks.copy(b.roles, "roles");
        this.eventKinds = Checks.copy(b.eventKinds, "eventKinds");
        this.itemKinds = Checks.copy(b.itemKinds, "itemKinds");
        this.sectors = Checks.copy(b.sectors, "sectors");
        this.programme = Checks.present(b.programme, "programme");
        this.links = Checks.copy(b.links, "links");
        this.audience = Checks.present(b.audience, "audience");
        this.proceedings = Checks.present(b.proceedings, "proceedings");
        this.provenance = Checks.present(b.provenance, "provenance");
        this.peopleById = index(people, Speaker::id);
        this.organisationsById = index(organisations, Organisation::id);
        this.rolesByCode = index(roles, Role::code);
    }

    private static <T> Map<String, T> index(List<T> values, java.util.function.Function<T, String> key) {
        Map<String, T> index = new HashMap<>(values.size() * 2);
        for (T value : values) {
            String k = key.apply(value);
            if (k != null) {
                index.putIfAbsent(k, value);
            }
        }
        return Collections.unmodifiableMap(index);
    }

    /**
     * A builder for an event with this id; {@link Builder#build()} needs no other part.
     *
     * @param id the event's stable identifier ({@code unesco-2017}); a null or blank one is
     *     reported by validation, not refused here
     * @return a new builder, kind {@link EventKind#CONFERENCE}, every list and text empty
     */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /**
     * A builder that starts from every part of this event.
     *
     * @return a new builder holding this event's parts; changing it leaves this event as it is
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Stable identifier, unique in a corpus (e.g. {@code unesco-2017}).
     *
     * @return the id as given to the builder; null or blank only in an event that validation
     *     rejects
     */
    public String id() {
        return id;
    }

    /**
     * What kind of event this is.
     *
     * @return the kind, {@link EventKind#CONFERENCE} unless the builder was given another; null
     *     only in an event that validation rejects
     */
    public EventKind kind() {
        return kind;
    }

    /**
     * The event's title.
     *
     * @return the title in each language the source gives it, never null (empty if untitled)
     */
    public LocalizedText title() {
        return title;
    }

    /**
     * Subtitle or theme ("Acteurs publics, acteurs privés : rôles et responsabilités").
     *
     * @return the subtitle, never null (empty if there is none)
     */
    public LocalizedText subtitle() {
        return subtitle;
    }

    /**
     * What the event is about, as its source describes it.
     *
     * @return the description, never null (empty if there is none)
     */
    public LocalizedText description() {
        return description;
    }

    /**
     * The languages the event is held in, as BCP 47 tags. Every text of the event is expected in
     * each of them; a missing translation is a validation warning.
     *
     * @return the tags as given, in order of precedence; unmodifiable, never null
     */
    public List<String> languages() {
        return languages;
    }

    /**
     * The first day of the event.
     *
     * @return the start date; null only in an event that validation rejects
     */
    public LocalDate startDate() {
        return startDate;
    }

    /**
     * The last day of the event, equal to the start for a one-day event.
     *
     * @return the end date; null only in an event that validation rejects
     */
    public LocalDate endDate() {
        return endDate;
    }

    /**
     * The IANA time zone in which the programme's local times are to be read.
     *
     * @return the zone, or empty if the source does not locate the event in time
     */
    public Optional<ZoneId> timeZone() {
        return timeZone;
    }

    /**
     * Where the event takes place.
     *
     * @return the venue, or empty if the source names none
     */
    public Optional<Venue> venue() {
        return venue;
    }

    /**
     * Organisers, hosts, partners and sponsors, in printed order.
     *
     * @return the involvements, unmodifiable, never null
     */
    public List<Involvement> involvements() {
        return involvements;
    }

    /**
     * Everyone who appears, each once.
     *
     * @return the people in registration order, unmodifiable, never null
     */
    public List<Speaker> people() {
        return people;
    }

    /**
     * Every organisation referenced, each once.
     *
     * @return the organisations in registration order, unmodifiable, never null
     */
    public List<Organisation> organisations() {
        return organisations;
    }

    /**
     * Roles this event adds to the built-in vocabulary ({@link Roles}).
     *
     * @return the event's own roles, unmodifiable, never null (empty if it uses only built-in ones)
     */
    public List<Role> roles() {
        return roles;
    }

    /**
     * Event kinds this event adds to the built-in vocabulary ({@link Vocabulary#EVENT_KIND}).
     *
     * @return the event's own event kinds, unmodifiable, never null
     */
    public List<Definition> eventKinds() {
        return eventKinds;
    }

    /**
     * Agenda item kinds this event adds to the built-in vocabulary ({@link Vocabulary#ITEM_KIND}):
     * the "poster session" or "hackathon" its programme prints.
     *
     * @return the event's own item kinds, unmodifiable, never null
     */
    public List<Definition> itemKinds() {
        return itemKinds;
    }

    /**
     * Sectors this event adds to the built-in vocabulary ({@link Vocabulary#SECTOR}).
     *
     * @return the event's own sectors, unmodifiable, never null
     */
    public List<Definition> sectors() {
        return sectors;
    }

    /**
     * What this event adds to one open vocabulary, its roles included.
     *
     * @param vocabulary the vocabulary
     * @return the event's own definitions in that vocabulary, in registration order; a new
     *     unmodifiable list for {@link Vocabulary#ROLE}, the registered list otherwise
     */
    public List<Definition> definitions(Vocabulary vocabulary) {
        switch (vocabulary) {
            case EVENT_KIND:
                return eventKinds;
            case ITEM_KIND:
                return itemKinds;
            case SECTOR:
                return sectors;
            default:
                return roles.stream().map(role -> new Definition(role.code(), role.label(), role.description())).toList();
        }
    }

    /**
     * The definition of a code in one open vocabulary: the event's own, else the built-in one.
     *
     * @param vocabulary the vocabulary the code belongs to
     * @param code the code, matched exactly ({@code social-dinner})
     * @return the event's own definition of that code, else the built-in one, else empty (a code
     *     that validation reports as unregistered)
     */
    public Optional<Definition> definition(Vocabulary vocabulary, String code) {
        if (vocabulary == Vocabulary.ROLE) {
            Role own = rolesByCode.get(code);
            return own != null ? Optional.of(new Definition(own.code(), own.label(), own.description()))
                    : vocabulary.builtIn(code);
        }
        // An event registers a handful of codes, if any: a scan costs less than an index built
        // for every event read.
        for (Definition own : definitions(vocabulary)) {
            if (java.util.Objects.equals(own.code(), code)) {
                return Optional.of(own);
            }
        }
        return vocabulary.builtIn(code);
    }

    /**
     * The event's days and their agenda items.
     *
     * @return the programme, never null ({@link Programme#empty()} if none is known)
     */
    public Programme programme() {
        return programme;
    }

    /**
     * Links the event points its audience to.
     *
     * @return the links in printed order, unmodifiable, never null
     */
    public List<Link> links() {
        return links;
    }

    /**
     * Whom the event is for.
     *
     * @return the audience, never null ({@link Audience#unstated()} if the source says nothing)
     */
    public Audience audience() {
        return audience;
    }

    /**
     * What was said at the event.
     *
     * @return the proceedings, never null ({@link Proceedings#none()} if none are recorded)
     */
    public Proceedings proceedings() {
        return proceedings;
    }

    /**
     * Where the event's facts come from.
     *
     * @return the sources, claims and editorial notes, never null ({@link Provenance#none()} if
     *     none are recorded)
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * The person registered with this id.
     *
     * @param personId the {@link Speaker#id()} to look up, as a {@link Participation} refers to it
     * @return the first person registered with that id, or empty if there is none
     */
    public Optional<Speaker> person(String personId) {
        return Optional.ofNullable(peopleById.get(personId));
    }

    /**
     * The organisation registered with this id.
     *
     * @param organisationId the {@link Organisation#id()} to look up, as an {@link Affiliation} or
     *     {@link Involvement} refers to it
     * @return the first organisation registered with that id, or empty if there is none
     */
    public Optional<Organisation> organisation(String organisationId) {
        return Optional.ofNullable(organisationsById.get(organisationId));
    }

    /**
     * The role with this code: one the event registers, else a built-in one.
     *
     * @param code the role code, as a {@link Participation} refers to it ({@code moderator})
     * @return the event's own role with that code, else the built-in one, else empty
     */
    public Optional<Role> role(String code) {
        Role own = rolesByCode.get(code);
        return own != null ? Optional.of(own) : Roles.builtIn(code);
    }

    /**
     * The affiliation's own sector, else its organisation's.
     *
     * @param affiliation an affiliation of one of this event's people
     * @return the sector that applies, or empty if neither the affiliation nor its organisation
     *     (looked up in this event) states one
     */
    public Optional<Sector> sectorOf(Affiliation affiliation) {
        return affiliation.sector().or(() -> affiliation.organisation().flatMap(this::organisation)
                .flatMap(Organisation::sector));
    }

    /**
     * The affiliation's own country, else its organisation's.
     *
     * @param affiliation an affiliation of one of this event's people
     * @return the ISO 3166-1 alpha-2 code that applies, or empty if neither the affiliation nor its
     *     organisation (looked up in this event) states one
     */
    public Optional<String> countryOf(Affiliation affiliation) {
        return affiliation.country().or(() -> affiliation.organisation().flatMap(this::organisation)
                .flatMap(Organisation::country));
    }

    /**
     * This event with another title.
     *
     * @param title the new title; null is refused
     * @return a new event, equal to this one but for the title
     * @throws NullPointerException if the title is null
     */
    public Event withTitle(LocalizedText title) {
        return toBuilder().title(title).build();
    }

    /**
     * This event with another programme.
     *
     * @param programme the new programme; null is refused
     * @return a new event, equal to this one but for the programme
     * @throws NullPointerException if the programme is null
     */
    public Event withProgramme(Programme programme) {
        return toBuilder().programme(programme).build();
    }

    /**
     * This event on other dates.
     *
     * @param startDate the new first day
     * @param endDate the new last day; an end before the start is reported by validation
     * @return a new event, equal to this one but for the dates
     */
    public Event withDates(LocalDate startDate, LocalDate endDate) {
        return toBuilder().dates(startDate, endDate).build();
    }

    /**
     * This event with other proceedings.
     *
     * @param proceedings the new proceedings; null is refused
     * @return a new event, equal to this one but for the proceedings
     * @throws NullPointerException if the proceedings are null
     */
    public Event withProceedings(Proceedings proceedings) {
        return toBuilder().proceedings(proceedings).build();
    }

    /**
     * This event with another provenance.
     *
     * @param provenance the new provenance; null is refused
     * @return a new event, equal to this one but for the provenance
     * @throws NullPointerException if the provenance is null
     */
    public Event withProvenance(Provenance provenance) {
        return toBuilder().provenance(provenance).build();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Event)) {
            return false;
        }
        Event that = (Event) other;
        return Objects.equals(id, that.id) && Objects.equals(kind, that.kind) && title.equals(that.title)
                && subtitle.equals(that.subtitle) && description.equals(that.description)
                && languages.equals(that.languages) && Objects.equals(startDate, that.startDate)
                && Objects.equals(endDate, that.endDate) && timeZone.equals(that.timeZone)
                && venue.equals(that.venue) && involvements.equals(that.involvements) && people.equals(that.people)
                && organisations.equals(that.organisations) && roles.equals(that.roles)
                && eventKinds.equals(that.eventKinds) && itemKinds.equals(that.itemKinds) && sectors.equals(that.sectors)
                && programme.equals(that.programme) && links.equals(that.links) && audience.equals(that.audience)
                && proceedings.equals(that.proceedings) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, title, subtitle, description, languages, startDate, endDate, timeZone, venue,
                involvements, people, organisations, roles, eventKinds, itemKinds, sectors, programme, links,
                audience, proceedings, provenance);
    }

    /** A one-line summary: id, kind, title, dates and sizes; not every part. */
    @Override
    public String toString() {
        long items = programme.items().count();
        return "Event[" + id + ", " + kind + ", " + title + ", " + startDate
                + (Objects.equals(startDate, endDate) ? "" : ".." + endDate)
                + ", " + programme.days().size() + " day(s), " + items + " item(s), " + people.size() + " people, "
                + organisations.size() + " organisation(s)]";
    }

    /**
     * Collects the parts of an {@link Event}. Every list starts empty and every text empty;
     * not thread-safe.
     */
    public static final class Builder {
        private String id;
        private EventKind kind = EventKind.CONFERENCE;
        private LocalizedText title = LocalizedText.empty();
        private LocalizedText subtitle = LocalizedText.empty();
        private LocalizedText description = LocalizedText.empty();
        private List<String> languages = new ArrayList<>();
        private LocalDate startDate;
        private LocalDate endDate;
        private ZoneId timeZone;
        private Venue venue;
        private List<Involvement> involvements = new ArrayList<>();
        private List<Speaker> people = new ArrayList<>();
        private List<Organisation> organisations = new ArrayList<>();
        private List<Role> roles = new ArrayList<>();
        private List<Definition> eventKinds = new ArrayList<>();
        private List<Definition> itemKinds = new ArrayList<>();
        private List<Definition> sectors = new ArrayList<>();
        private Programme programme = Programme.empty();
        private List<Link> links = new ArrayList<>();
        private Audience audience = Audience.unstated();
        private Proceedings proceedings = Proceedings.none();
        private Provenance provenance = Provenance.none();

        private Builder() {
        }

        private Builder(Event e) {
            id = e.id;
            kind = e.kind;
            title = e.title;
            subtitle = e.subtitle;
            description = e.description;
            languages = new ArrayList<>(e.languages);
            startDate = e.startDate;
            endDate = e.endDate;
            timeZone = e.timeZone.orElse(null);
            venue = e.venue.orElse(null);
            involvements = new ArrayList<>(e.involvements);
            people = new ArrayList<>(e.people);
            organisations = new ArrayList<>(e.organisations);
            roles = new ArrayList<>(e.roles);
            eventKinds = new ArrayList<>(e.eventKinds);
            itemKinds = new ArrayList<>(e.itemKinds);
            sectors = new ArrayList<>(e.sectors);
            programme = e.programme;
            links = new ArrayList<>(e.links);
            audience = e.audience;
            proceedings = e.proceedings;
            provenance = e.provenance;
        }

        /**
         * Sets the event's stable identifier.
         *
         * @param id the id ({@code unesco-2017}); a null or blank one is reported by validation
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the kind of event.
         *
         * @param kind the kind, {@link EventKind#CONFERENCE} if never set; null is reported by
         *     validation
         * @return this builder
         */
        public Builder kind(EventKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title the title; {@link LocalizedText#empty()} for none, null is refused by
         *     {@link #build()}
         * @return this builder
         */
        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the subtitle or theme.
         *
         * @param subtitle the subtitle; {@link LocalizedText#empty()} for none, null is refused by
         *     {@link #build()}
         * @return this builder
         */
        public Builder subtitle(LocalizedText subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description the description; {@link LocalizedText#empty()} for none, null is
         *     refused by {@link #build()}
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        /**
         * Replaces the languages: BCP 47 tags, in order of precedence.
         *
         * @param languageTags the tags ({@code fr}, {@code en}); an ill-formed one is reported by
         *     validation, a null one is refused
         * @return this builder
         * @throws NullPointerException if a tag is null
         */
        public Builder languages(String... languageTags) {
            return languages(List.of(languageTags));
        }

        /**
         * Replaces the languages: BCP 47 tags, in order of precedence.
         *
         * @param languageTags the tags, copied; an ill-formed one is reported by validation, a
         *     null one is refused by {@link #build()}
         * @return this builder
         */
        public Builder languages(List<String> languageTags) {
            this.languages = new ArrayList<>(languageTags);
            return this;
        }

        /**
         * Makes this a one-day event.
         *
         * @param date the day, both start and end
         * @return this builder
         */
        public Builder date(LocalDate date) {
            return dates(date, date);
        }

        /**
         * Sets the first and last day.
         *
         * @param startDate the first day; null is reported by validation
         * @param endDate the last day; null, or a day before the start, is reported by validation
         * @return this builder
         */
        public Builder dates(LocalDate startDate, LocalDate endDate) {
            this.startDate = startDate;
            this.endDate = endDate;
            return this;
        }

        /**
         * Sets the time zone in which the programme's local times are read.
         *
         * @param timeZone the IANA zone ({@code Europe/Paris}), or null if unknown
         * @return this builder
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /**
         * Sets the venue.
         *
         * @param venue where the event takes place, or null if the source names no place
         * @return this builder
         */
        public Builder venue(Venue venue) {
            this.venue = venue;
            return this;
        }

        /**
         * Adds an organisation's involvement, after those already added.
         *
         * @param involvement the involvement; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder involvement(Involvement involvement) {
            involvements.add(involvement);
            return this;
        }

        /**
         * Registers a person, after those already registered.
         *
         * @param person the person; a second person with the same id is reported by validation,
         *     null is refused by {@link #build()}
         * @return this builder
         */
        public Builder person(Speaker person) {
            people.add(person);
            return this;
        }

        /**
         * Replaces the people registered.
         *
         * @param people the people, copied; null elements are refused by {@link #build()}
         * @return this builder
         */
        public Builder people(List<Speaker> people) {
            this.people = new ArrayList<>(people);
            return this;
        }

        /**
         * Registers an organisation, after those already registered.
         *
         * @param organisation the organisation; a second one with the same id is reported by
         *     validation, null is refused by {@link #build()}
         * @return this builder
         */
        public Builder organisation(Organisation organisation) {
            organisations.add(organisation);
            return this;
        }

        /**
         * Replaces the organisations registered.
         *
         * @param organisations the organisations, copied; null elements are refused by
         *     {@link #build()}
         * @return this builder
         */
        public Builder organisations(List<Organisation> organisations) {
            this.organisations = new ArrayList<>(organisations);
            return this;
        }

        /**
         * Adds a role to this event's vocabulary.
         *
         * @param role the role; its code takes precedence over a built-in role's, null is refused
         *     by {@link #build()}
         * @return this builder
         */
        public Builder role(Role role) {
            roles.add(role);
            return this;
        }

        /**
         * Replaces the roles this event adds to the built-in vocabulary.
         *
         * @param roles the roles, copied; null elements are refused by {@link #build()}
         * @return this builder
         */
        public Builder roles(List<Role> roles) {
            this.roles = new ArrayList<>(roles);
            return this;
        }

        /**
         * Replaces the event kinds this event adds to the built-in vocabulary.
         *
         * @param eventKinds the definitions, copied; null elements are refused by {@link #build()}
         * @return this builder
         */
        public Builder eventKinds(List<Definition> eventKinds) {
            this.eventKinds = new ArrayList<>(eventKinds);
            return this;
        }

        /**
         * Replaces the agenda item kinds this event adds to the built-in vocabulary.
         *
         * @param itemKinds the definitions, copied; null elements are refused by {@link #build()}
         * @return this builder
         */
        public Builder itemKinds(List<Definition> itemKinds) {
            this.itemKinds = new ArrayList<>(itemKinds);
            return this;
        }

        /**
         * Replaces the sectors this event adds to the built-in vocabulary.
         *
         * @param sectors the definitions, copied; null elements are refused by {@link #build()}
         * @return this builder
         */
        public Builder sectors(List<Definition> sectors) {
            this.sectors = new ArrayList<>(sectors);
            return this;
        }

        /**
         * Adds a code to one of this event's open vocabularies, after those already added; a role
         * is added as a {@link Role} with the definition's parts.
         *
         * @param vocabulary the vocabulary
         * @param definition the code with its label and description; its definition takes
         *     precedence over a built-in one of the same code; null is refused
         * @return this builder
         * @throws NullPointerException if the vocabulary or the definition is null
         */
        public Builder define(Vocabulary vocabulary, Definition definition) {
            Objects.requireNonNull(definition, "definition");
            switch (vocabulary) {
                case EVENT_KIND:
                    eventKinds.add(definition);
                    break;
                case ITEM_KIND:
                    itemKinds.add(definition);
                    break;
                case SECTOR:
                    sectors.add(definition);
                    break;
                default:
                    roles.add(new Role(definition.code(), definition.label(), definition.description()));
            }
            return this;
        }

        /**
         * Sets the programme.
         *
         * @param programme the days and their items; {@link Programme#empty()} for none, null is
         *     refused by {@link #build()}
         * @return this builder
         */
        public Builder programme(Programme programme) {
            this.programme = programme;
            return this;
        }

        /**
         * Adds a link, after those already added.
         *
         * @param link the link; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder link(Link link) {
            links.add(link);
            return this;
        }

        /**
         * Replaces the links.
         *
         * @param links the links, copied; null elements are refused by {@link #build()}
         * @return this builder
         */
        public Builder links(List<Link> links) {
            this.links = new ArrayList<>(links);
            return this;
        }

        /**
         * Replaces the organisations' involvements.
         *
         * @param involvements the involvements, copied; null elements are refused by
         *     {@link #build()}
         * @return this builder
         */
        public Builder involvements(List<Involvement> involvements) {
            this.involvements = new ArrayList<>(involvements);
            return this;
        }

        /**
         * Sets whom the event is for.
         *
         * @param audience the audience; {@link Audience#unstated()} for none, null is refused by
         *     {@link #build()}
         * @return this builder
         */
        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        /**
         * Sets what was said.
         *
         * @param proceedings the proceedings; {@link Proceedings#none()} for none, null is refused
         *     by {@link #build()}
         * @return this builder
         */
        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = proceedings;
            return this;
        }

        /**
         * Sets where the event's facts come from.
         *
         * @param provenance the provenance; {@link Provenance#none()} for none, null is refused by
         *     {@link #build()}
         * @return this builder
         */
        public Builder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * The event. Missing or inconsistent parts are left for validation to report.
         *
         * @return a new immutable event holding copies of the lists collected
         * @throws NullPointerException if a text, list or list element was set to null
         */
        public Event build() {
            return new Event(this);
        }
    }
}
