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
 *
 * @param organisation the id of an {@link Organisation} registered on the event, if any
 * @param position the position held ("Director"); empty if none is printed
 * @param unit the unit within the organisation ("Communication and information Sector"); empty
 *     if none is printed
 * @param sector the affiliation's own sector, overriding its organisation's
 * @param country the affiliation's own ISO 3166-1 alpha-2 country code, overriding its
 *     organisation's
 */
public record Affiliation(
        Optional<String> organisation,
        LocalizedText position,
        LocalizedText unit,
        Optional<Sector> sector,
        Optional<@CountryCode String> country) {

    /**
     * Checks that no part is null: an absent part is an empty optional or an empty text.
     *
     * @param organisation the organisation's id, or empty
     * @param position the position, possibly empty
     * @param unit the unit, possibly empty
     * @param sector the own sector, or empty
     * @param country the own country code, or empty
     * @throws NullPointerException if a part is null
     */
    public Affiliation {
        Checks.present(organisation, "organisation");
        Checks.present(position, "position");
        Checks.present(unit, "unit");
        Checks.present(sector, "sector");
        Checks.present(country, "country");
    }

    /**
     * Membership of an organisation, with no position stated.
     *
     * @param organisationId the id of an organisation registered on the event; an unknown id is
     *     reported by validation
     * @return an affiliation with no position, unit, sector or country of its own
     */
    public static Affiliation at(String organisationId) {
        return new Affiliation(Optional.of(organisationId), LocalizedText.empty(), LocalizedText.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * A position held at an organisation.
     *
     * @param organisationId the id of an organisation registered on the event
     * @param position the position held ("Director"); null is refused
     * @return an affiliation with no unit, sector or country of its own
     * @throws NullPointerException if the position is null
     */
    public static Affiliation at(String organisationId, LocalizedText position) {
        return at(organisationId).withPosition(position);
    }

    /**
     * A position with no organisation, in a sector and country (either may be null).
     *
     * @param position the position held ("Ambassador for Cyber Affairs"); null is refused
     * @param sector the sector the position belongs to, or null if unknown
     * @param country the ISO 3166-1 alpha-2 code of the country concerned, or null if unknown
     * @return an affiliation with no organisation
     * @throws NullPointerException if the position is null
     */
    public static Affiliation position(LocalizedText position, Sector sector, String country) {
        return new Affiliation(Optional.empty(), position, LocalizedText.empty(), Optional.ofNullable(sector),
                Optional.ofNullable(country));
    }

    /**
     * This affiliation with another position.
     *
     * @param position the position held; null is refused
     * @return a new affiliation, equal to this one but for the position
     * @throws NullPointerException if the position is null
     */
    public Affiliation withPosition(LocalizedText position) {
        return new Affiliation(organisation, position, unit, sector, country);
    }

    /**
     * This affiliation with another unit.
     *
     * @param unit the unit within the organisation; null is refused
     * @return a new affiliation, equal to this one but for the unit
     * @throws NullPointerException if the unit is null
     */
    public Affiliation withUnit(LocalizedText unit) {
        return new Affiliation(organisation, position, unit, sector, country);
    }

    /**
     * This affiliation with a country of its own.
     *
     * @param country an ISO 3166-1 alpha-2 code, or null for none
     * @return a new affiliation, equal to this one but for the country
     */
    public Affiliation withCountry(String country) {
        return new Affiliation(organisation, position, unit, sector, Optional.ofNullable(country));
    }

    /**
     * This affiliation with a sector of its own.
     *
     * @param sector the sector, or null for none
     * @return a new affiliation, equal to this one but for the sector
     */
    public Affiliation withSector(Sector sector) {
        return new Affiliation(organisation, position, unit, Optional.ofNullable(sector), country);
    }
}
