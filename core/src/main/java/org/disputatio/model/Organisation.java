package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.disputatio.validation.constraints.CountryCode;

/**
 * An organisation registered once per event and referenced by its {@code id} from
 * affiliations, involvements and anywhere else it appears.
 *
 * <p>The name is localized text and may be empty when the source gives only the acronym
 * ({@code OECD}, {@code UNICRI}): the expansion is not invented. {@link #sector()} and
 * {@link #country()} (ISO 3166-1 alpha-2) are the research variables.
 *
 * @param id unique among the organisations of the event; what others refer to
 * @param name the full name, possibly empty
 * @param acronym the acronym as printed ({@code ANSSI}), if any
 * @param sector the sector it belongs to, if known
 * @param country its ISO 3166-1 alpha-2 country code, if known
 * @param externalIds its identifiers in other registers (Wikidata, ROR)
 * @param parent the id of the registered organisation it is part of (a programme in an
 *     institute, an institute in a university, a department in a ministry), if any
 * @param locality the city it is in, as printed, if known
 */
public record Organisation(
        @NotBlank String id,
        LocalizedText name,
        Optional<String> acronym,
        Optional<Sector> sector,
        Optional<@CountryCode String> country,
        List<@Valid ExternalId> externalIds,
        Optional<String> parent,
        Optional<String> locality) {

    /**
     * Copies the external ids and checks that no other part but the id is null.
     *
     * @param id the organisation's id; a blank one is reported by validation
     * @param name the full name, possibly empty
     * @param acronym the acronym, or empty
     * @param sector the sector, or empty
     * @param country the country code, or empty
     * @param externalIds the external identifiers, copied
     * @param parent the id of the organisation it is part of, or empty
     * @param locality the city, or empty
     * @throws NullPointerException if a part other than the id, or an external id, is null
     */
    public Organisation {
        Checks.present(name, "name");
        Checks.present(acronym, "acronym");
        Checks.present(sector, "sector");
        Checks.present(country, "country");
        externalIds = Checks.copy(externalIds, "externalIds");
        Checks.present(parent, "parent");
        Checks.present(locality, "locality");
    }

    /**
     * An organisation that is part of no other registered one, in no stated city.
     *
     * @param id the organisation's id
     * @param name the full name, possibly empty
     * @param acronym the acronym, or empty
     * @param sector the sector, or empty
     * @param country the country code, or empty
     * @param externalIds the external identifiers, copied
     */
    public Organisation(String id, LocalizedText name, Optional<String> acronym, Optional<Sector> sector,
            Optional<String> country, List<ExternalId> externalIds) {
        this(id, name, acronym, sector, country, externalIds, Optional.empty(), Optional.empty());
    }

    /**
     * A builder for an organisation with this id.
     *
     * @param id the id others refer to it by; a blank one is reported by validation
     * @return a new builder with every other part absent
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * The name in the preferred languages, else the acronym, else the id.
     *
     * @param preferredLanguageTags BCP 47 tags, most preferred first, as for
     *     {@link LocalizedText#resolve(String...)}
     * @return the name to show a reader: a name in any language beats the acronym
     */
    public String displayName(String... preferredLanguageTags) {
        return name.resolve(preferredLanguageTags).or(() -> acronym).orElse(id);
    }

    /** Builds an {@link Organisation}; every part but the id is optional. */
    public static final class Builder {
        private final String id;
        private LocalizedText name = LocalizedText.empty();
        private String acronym;
        private Sector sector;
        private String country;
        private String parent;
        private String locality;
        private final java.util.ArrayList<ExternalId> externalIds = new java.util.ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the full name.
         *
         * @param name the name in each language given; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the full name, in one language.
         *
         * @param languageTag the BCP 47 tag of the name's language
         * @param name the name in that language
         * @return this builder
         * @throws NullPointerException if the tag or the name is null
         */
        public Builder name(String languageTag, String name) {
            return name(LocalizedText.of(languageTag, name));
        }

        /**
         * Sets the acronym.
         *
         * @param acronym the acronym as printed ({@code OECD}), or null for none
         * @return this builder
         */
        public Builder acronym(String acronym) {
            this.acronym = acronym;
            return this;
        }

        /**
         * Sets the sector.
         *
         * @param sector the sector, or null if unknown
         * @return this builder
         */
        public Builder sector(Sector sector) {
            this.sector = sector;
            return this;
        }

        /**
         * ISO 3166-1 alpha-2 code, e.g. {@code FR}.
         *
         * @param country the code, or null if unknown; an invalid code is reported by validation
         * @return this builder
         */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        /**
         * Adds an identifier in another register, after those already added.
         *
         * @param externalId the identifier; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder externalId(ExternalId externalId) {
            externalIds.add(externalId);
            return this;
        }

        /**
         * The organisation.
         *
         * @return a new organisation holding a copy of the external ids collected
         * @throws NullPointerException if the name or an external id was set to null
         */
        public Organisation build() {
            return new Organisation(id, name, Optional.ofNullable(acronym), Optional.ofNullable(sector),
                    Optional.ofNullable(country), externalIds, Optional.ofNullable(parent),
                    Optional.ofNullable(locality));
        }

        /**
         * The registered organisation this one is part of.
         *
         * @param parentId the parent's id, or null for none
         * @return this builder
         */
        public Builder parent(String parentId) {
            this.parent = parentId;
            return this;
        }

        /**
         * The city the organisation is in.
         *
         * @param locality the city as printed, or null if not known
         * @return this builder
         */
        public Builder locality(String locality) {
            this.locality = locality;
            return this;
        }
    }
}
