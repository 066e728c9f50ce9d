package org.disputatio.model;

import java.util.Optional;
import org.disputatio.validation.constraints.CountryCode;

/**
 * A postal address; every part is optional because sources print what they print
 * ("125, avenue de Suffren, Paris 7ème" has no postal code).
 *
 * @param street the street address as printed ("125 avenue de Suffren")
 * @param postalCode the postal code ({@code 75007})
 * @param locality the town or city ("Paris")
 * @param district a part of the locality as printed ("7ème" for the 7th arrondissement)
 * @param country ISO 3166-1 alpha-2 code
 */
public record PostalAddress(
        Optional<String> street,
        Optional<String> postalCode,
        Optional<String> locality,
        Optional<String> district,
        Optional<@CountryCode String> country) {

    /**
     * Checks that no part is null: an absent part is an empty optional.
     *
     * @param street the street address, or empty
     * @param postalCode the postal code, or empty
     * @param locality the town or city, or empty
     * @param district the district, or empty
     * @param country the country code, or empty
     * @throws NullPointerException if a part is null
     */
    public PostalAddress {
        Checks.present(street, "street");
        Checks.present(postalCode, "postalCode");
        Checks.present(locality, "locality");
        Checks.present(district, "district");
        Checks.present(country, "country");
    }

    /**
     * An address from its parts; any of them may be null.
     *
     * @param street the street address, or null
     * @param postalCode the postal code, or null
     * @param locality the town or city, or null
     * @param district the part of the locality, or null
     * @param country the ISO 3166-1 alpha-2 code, or null; an invalid one is reported by validation
     * @return the address, with an empty optional for each null part
     */
    public static PostalAddress of(String street, String postalCode, String locality, String district, String country) {
        return new PostalAddress(Optional.ofNullable(street), Optional.ofNullable(postalCode),
                Optional.ofNullable(locality), Optional.ofNullable(district), Optional.ofNullable(country));
    }
}
