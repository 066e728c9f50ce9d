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
 * @param honorific as printed: {@code Mr.}, {@code Ms}, {@code Dr}
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

    public Speaker {
        Checks.present(honorific, "honorific");
        affiliations = Checks.copy(affiliations, "affiliations");
        Checks.present(country, "country");
        externalIds = Checks.copy(externalIds, "externalIds");
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The name as printed, with the honorific: "Ms Céline CASTETS-RENARD". */
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

        public Builder honorific(String honorific) {
            this.honorific = honorific;
            return this;
        }

        public Builder name(PersonName name) {
            this.name = name;
            return this;
        }

        /** Given name first. */
        public Builder name(String given, String family) {
            return name(PersonName.of(given, family));
        }

        public Builder affiliation(Affiliation affiliation) {
            affiliations.add(affiliation);
            return this;
        }

        /** ISO 3166-1 alpha-2 code, e.g. {@code FR}. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder externalId(ExternalId externalId) {
            externalIds.add(externalId);
            return this;
        }

        public Speaker build() {
            return new Speaker(id, Optional.ofNullable(honorific), name, affiliations, Optional.ofNullable(country),
                    externalIds);
        }
    }
}
