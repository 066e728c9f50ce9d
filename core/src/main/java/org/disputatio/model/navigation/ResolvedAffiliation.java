package org.disputatio.model.navigation;

import java.util.Objects;
import java.util.Optional;
import org.disputatio.model.Affiliation;
import org.disputatio.model.Organisation;
import org.disputatio.model.Sector;

/**
 * One affiliation of a person with its references followed: its organisation looked up in the
 * event, and the sector and country that apply to it (its own, else its organisation's, as
 * {@link org.disputatio.model.Event#sectorOf(Affiliation)} and
 * {@link org.disputatio.model.Event#countryOf(Affiliation)} resolve them).
 *
 * @param affiliation the affiliation as the model holds it
 * @param path its property path in the event ({@code people[3].affiliations[0]})
 * @param organisation the organisation it names, if it names one that is registered
 * @param sector the sector that applies, with where it comes from, if any
 * @param country the ISO 3166-1 alpha-2 code that applies, with where it comes from, if any
 */
public record ResolvedAffiliation(Affiliation affiliation, String path, Optional<Organisation> organisation,
        Optional<Resolved<Sector>> sector, Optional<Resolved<String>> country) {

    /**
     * Refuses a null part.
     *
     * @param affiliation the affiliation
     * @param path its path
     * @param organisation its organisation, or empty
     * @param sector its sector, or empty
     * @param country its country, or empty
     * @throws NullPointerException if a part is null
     */
    public ResolvedAffiliation {
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(country, "country");
    }
}
