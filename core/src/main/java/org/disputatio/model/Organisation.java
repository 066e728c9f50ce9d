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
 */
public record Organisation(
        @NotBlank String id,
        LocalizedText name,
        Optional<String> acronym,
        Optional<Sector> sector,
        Optional<@CountryCode String> country,
        List<@Valid ExternalId> externalIds) {

    public Organisation {
        Checks.present(name, "name");
        Checks.present(acronym, "acronym");
        Checks.present(sector, "sector");
        Checks.present(country, "country");
        externalIds = Checks.copy(externalIds, "externalIds");
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The name in the preferred languages, else the acronym, else the id. */
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
        private final java.util.ArrayList<ExternalId> externalIds = new java.util.ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        public Builder name(String languageTag, String name) {
            return name(LocalizedText.of(languageTag, name));
        }

        public Builder acronym(String acronym) {
            this.acronym = acronym;
            return this;
        }

        public Builder sector(Sector sector) {
            this.sector = sector;
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

        public Organisation build() {
            return new Organisation(id, name, Optional.ofNullable(acronym), Optional.ofNullable(sector),
                    Optional.ofNullable(country), externalIds);
        }
    }
}
