package org.disputatio.model;

import java.util.Optional;
import org.disputatio.validation.constraints.CountryCode;

/**
 * One position a person holds, as printed beside their name: a position ("Director"), a unit
 * within an organisation ("Communication and information Sector"), and the organisation itself
 * by id.
 *
 * <p>An affiliation may have no organisation ("Ambassador for Cyber Affairs (Australia)"); then
 * its own {@link #sector()} and {@link #country()} carry those research variables. When an
 * organisation is given, its sector and country apply unless the affiliation states its own:
 * {@link Event#sectorOf(Affiliation)} and {@link Event#countryOf(Affiliation)} resolve that.
 */
public record Affiliation(
        Optional<String> organisation,
        LocalizedText position,
        LocalizedText unit,
        Optional<Sector> sector,
        Optional<@CountryCode String> country) {

    public Affiliation {
        Checks.present(organisation, "organisation");
        Checks.present(position, "position");
        Checks.present(unit, "unit");
        Checks.present(sector, "sector");
        Checks.present(country, "country");
    }

    /** Membership of an organisation, with no position stated. */
    public static Affiliation at(String organisationId) {
        return new Affiliation(Optional.of(organisationId), LocalizedText.empty(), LocalizedText.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A position held at an organisation. */
    public static Affiliation at(String organisationId, LocalizedText position) {
        return at(organisationId).withPosition(position);
    }

    /** A position with no organisation, in a sector and country (either may be null). */
    public static Affiliation position(LocalizedText position, Sector sector, String country) {
        return new Affiliation(Optional.empty(), position, LocalizedText.empty(), Optional.ofNullable(sector),
                Optional.ofNullable(country));
    }

    public Affiliation withPosition(LocalizedText position) {
        return new Affiliation(organisation, position, unit, sector, country);
    }

    public Affiliation withUnit(LocalizedText unit) {
        return new Affiliation(organisation, position, unit, sector, country);
    }

    public Affiliation withCountry(String country) {
        return new Affiliation(organisation, position, unit, sector, Optional.ofNullable(country));
    }

    public Affiliation withSector(Sector sector) {
        return new Affiliation(organisation, position, unit, Optional.ofNullable(sector), country);
    }
}
