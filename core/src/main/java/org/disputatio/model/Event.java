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

    /** A builder for an event with this id; {@link Builder#build()} needs no other part. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** A builder that starts from every part of this event. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Stable identifier, unique in a corpus (e.g. {@code unesco-2017}). */
    public String id() {
        return id;
    }

    public EventKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return title;
    }

    /** Subtitle or theme ("Acteurs publics, acteurs privés : rôles et responsabilités"). */
    public LocalizedText subtitle() {
        return subtitle;
    }

    public LocalizedText description() {
        return description;
    }

    /**
     * The languages the event is held in, as BCP 47 tags. Every text of the event is expected in
     * each of them; a missing translation is a validation warning.
     */
    public List<String> languages() {
        return languages;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** The IANA time zone in which the programme's local times are to be read. */
    public Optional<ZoneId> timeZone() {
        return timeZone;
    }

    public Optional<Venue> venue() {
        return venue;
    }

    /** Organisers, hosts, partners and sponsors, in printed order. */
    public List<Involvement> involvements() {
        return involvements;
    }

    /** Everyone who appears, each once. */
    public List<Speaker> people() {
        return people;
    }

    /** Every organisation referenced, each once. */
    public List<Organisation> organisations() {
        return organisations;
    }

    /** Roles this event adds to the built-in vocabulary ({@link Roles}). */
    public List<Role> roles() {
        return roles;
    }

    public Programme programme() {
        return programme;
    }

    public List<Link> links() {
        return links;
    }

    public Audience audience() {
        return audience;
    }

    public Proceedings proceedings() {
        return proceedings;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The person registered with this id. */
    public Optional<Speaker> person(String personId) {
        return Optional.ofNullable(peopleById.get(personId));
    }

    /** The organisation registered with this id. */
    public Optional<Organisation> organisation(String organisationId) {
        return Optional.ofNullable(organisationsById.get(organisationId));
    }

    /** The role with this code: one the event registers, else a built-in one. */
    public Optional<Role> role(String code) {
        Role own = rolesByCode.get(code);
        return own != null ? Optional.of(own) : Roles.builtIn(code);
    }

    /** The affiliation's own sector, else its organisation's. */
    public Optional<Sector> sectorOf(Affiliation affiliation) {
        return affiliation.sector().or(() -> affiliation.organisation().flatMap(this::organisation)
                .flatMap(Organisation::sector));
    }

    /** The affiliation's own country, else its organisation's. */
    public Optional<String> countryOf(Affiliation affiliation) {
        return affiliation.country().or(() -> affiliation.organisation().flatMap(this::organisation)
                .flatMap(Organisation::country));
    }

    public Event withTitle(LocalizedText title) {
        return toBuilder().title(title).build();
    }

    public Event withProgramme(Programme programme) {
        return toBuilder().programme(programme).build();
    }

    public Event withDates(LocalDate startDate, LocalDate endDate) {
        return toBuilder().dates(startDate, endDate).build();
    }

    public Event withProceedings(Proceedings proceedings) {
        return toBuilder().proceedings(proceedings).build();
    }

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
                && programme.equals(that.programme) && links.equals(that.links) && audience.equals(that.audience)
                && proceedings.equals(that.proceedings) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, title, subtitle, description, languages, startDate, endDate, timeZone, venue,
                involvements, people, organisations, roles, programme, links, audience, proceedings, provenance);
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
            programme = e.programme;
            links = new ArrayList<>(e.links);
            audience = e.audience;
            proceedings = e.proceedings;
            provenance = e.provenance;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder kind(EventKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        public Builder subtitle(LocalizedText subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        /** Replaces the languages: BCP 47 tags, in order of precedence. */
        public Builder languages(String... languageTags) {
            return languages(List.of(languageTags));
        }

        public Builder languages(List<String> languageTags) {
            this.languages = new ArrayList<>(languageTags);
            return this;
        }

        /** A one-day event. */
        public Builder date(LocalDate date) {
            return dates(date, date);
        }

        public Builder dates(LocalDate startDate, LocalDate endDate) {
            this.startDate = startDate;
            this.endDate = endDate;
            return this;
        }

        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        public Builder venue(Venue venue) {
            this.venue = venue;
            return this;
        }

        public Builder involvement(Involvement involvement) {
            involvements.add(involvement);
            return this;
        }

        public Builder person(Speaker person) {
            people.add(person);
            return this;
        }

        public Builder people(List<Speaker> people) {
            this.people = new ArrayList<>(people);
            return this;
        }

        public Builder organisation(Organisation organisation) {
            organisations.add(organisation);
            return this;
        }

        public Builder organisations(List<Organisation> organisations) {
            this.organisations = new ArrayList<>(organisations);
            return this;
        }

        /** Adds a role to this event's vocabulary. */
        public Builder role(Role role) {
            roles.add(role);
            return this;
        }

        public Builder roles(List<Role> roles) {
            this.roles = new ArrayList<>(roles);
            return this;
        }

        public Builder programme(Programme programme) {
            this.programme = programme;
            return this;
        }

        public Builder link(Link link) {
            links.add(link);
            return this;
        }

        public Builder links(List<Link> links) {
            this.links = new ArrayList<>(links);
            return this;
        }

        public Builder involvements(List<Involvement> involvements) {
            this.involvements = new ArrayList<>(involvements);
            return this;
        }

        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        public Builder proceedings(Proceedings proceedings) {
            this.proceedings = proceedings;
            return this;
        }

        public Builder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        /**
         * The event. Missing or inconsistent parts are left for validation to report.
         *
         * @throws NullPointerException if a text, list or list element was set to null
         */
        public Event build() {
            return new Event(this);
        }
    }
}
