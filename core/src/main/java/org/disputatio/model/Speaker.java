package org.disputatio.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disputatio.validation.constraints.CountryCode;

/**
 * A person who appears at an event, registered once and referenced by {@code id} from every
 * place they appear (Louis Gautier opens and concludes: one speaker, two participations).
 *
 * @param id unique among the people of the event; what participations refer to
 * @param honorific as printed: {@code Mr.}, {@code Ms}, {@code Dr}
 * @param name the person's name as printed, with its given and family parts where known
 * @param affiliations in printed order; a person may hold several
 * @param country ISO 3166-1 alpha-2 code, only where the source states one for this person
 * @param externalIds Wikidata, ORCID and the like, for linking people across events
 */
public record Speaker(
        @NotBlank String id,
        Optional<String> honorific,
        @NotNull @Valid PersonName name,
        List<@Valid Affiliation> affiliations,
        Optional<@CountryCode String> country,
        List<@Valid ExternalId> externalIds) {

    /**
     * Copies the lists and checks that the honorific and country are not null.
     *
     * @param id the person's id; a blank one is reported by validation
     * @param honorific the honorific, or empty
     * @param name the name; null is reported by validation
     * @param affiliations the affiliations, copied
     * @param country the country code, or empty
     * @param externalIds the external identifiers, copied
     * @throws NullPointerException if the honorific, the country, a list or an element is null
     */
    public Speaker {
        Checks.present(honorific, "honorific");
        affiliations = Checks.copy(affiliations, "affiliations");
        Checks.present(country, "country");
        externalIds = Checks.copy(externalIds, "externalIds");
    }

    /**
     * A builder for a person with this id.
     *
     * @param id the id participations refer to; a blank one is reported by validation
     * @return a new builder with every other part absent
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * The name as printed, with the honorific: "Ms Céline CASTETS-RENARD".
     *
     * @return the display name, or the id if the person has no name
     */
    public String displayName() {
        String name = this.name == null ? id : this.name.displayName();
        return honorific.map(h -> h + " " + name).orElse(name);
    }

    /** Builds a {@link Speaker}. */
    public static final class Builder {
        private final String id;
        private String honorific;
        private PersonName name;
        private final List<Affiliation> affiliations = new ArrayList<>();
        private String country;
        private final List<ExternalId> externalIds = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the honorific.
         *
         * @param honorific as printed ({@code Mr.}), or null for none
         * @return this builder
         */
        public Builder honorific(String honorific) {
            this.honorific = honorific;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param name the name; null is reported by validation
         * @return this builder
         */
        public Builder name(PersonName name) {
            this.name = name;
            return this;
        }

        /**
         * Given name first, with stated parts, printed as the two joined by a space: see
         * {@link PersonName#of(String, String)}.
         *
         * @param given the given name as printed, or null if none
         * @param family the family name as printed
         * @return this builder
         */
        public Builder name(String given, String family) {
            return name(PersonName.of(given, family));
        }

        /**
         * A name known only as printed (a mononym, or a name the encoder does not split): see
         * {@link PersonName#printedOnly(String)}.
         *
         * @param printed the name as printed, without the honorific; a blank one is reported by
         *     validation
         * @return this builder
         */
        public Builder name(String printed) {
            return name(PersonName.printedOnly(printed));
        }

        /**
         * A name as printed, with its parts and how certain they are: see
         * {@link PersonName#withParts}.
         *
         * @param printed the name as printed, without the honorific; a blank one is reported by
         *     validation
         * @param given the given name, or null if unknown
         * @param family the family name, or null if unknown
         * @param order which part the person writes first
         * @param parts whether the source makes the split visible or the encoder inferred it
         * @return this builder
         * @throws NullPointerException if the order or the certainty is null
         */
        public Builder name(String printed, String given, String family, NameOrder order, Certainty parts) {
            return name(PersonName.withParts(printed, given, family, order, parts));
        }

        /**
         * Adds an affiliation, after those already added.
         *
         * @param affiliation the affiliation; null is refused by {@link #build()}
         * @return this builder
         */
        public Builder affiliation(Affiliation affiliation) {
            affiliations.add(affiliation);
            return this;
        }

        /**
         * ISO 3166-1 alpha-2 code, e.g. {@code FR}.
         *
         * @param country the code the source states for this person, or null; an invalid code is
         *     reported by validation
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
         * The person.
         *
         * @return a new speaker holding copies of the lists collected
         * @throws NullPointerException if a null affiliation or external id was added
         */
        public Speaker build() {
            return new Speaker(id, Optional.ofNullable(honorific), name, affiliations, Optional.ofNullable(country),
                    externalIds);
        }
    }
}
