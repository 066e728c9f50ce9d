package org.disputatio.model;

import java.util.Optional;
import org.disputatio.validation.constraints.CountryCode;

/**
 * A postal address; every part is optional because sources print what they print
 * ("125, avenue de Suffren, Paris 7ème" has no postal code).
 *
 * @param district a part of the locality as printed ("7ème" for the 7th arrondissement)
 * @param country ISO 3166-1 alpha-2 code
 */
public record PostalAddress(
        Optional<String> street,
        Optional<String> postalCode,
        Optional<String> locality,
        Optional<String> district,
        Optional<@CountryCode String> country) {

    public PostalAddress {
        Checks.present(street, "street");
        Checks.present(postalCode, "postalCode");
        Checks.present(locality, "locality");
        Checks.present(district, "district");
        Checks.present(country, "country");
    }

    /** An address from its parts; any of them may be null. */
    public static PostalAddress of(String street, String postalCode, String locality, String district, String country) {
        return new PostalAddress(Optional.ofNullable(street), Optional.ofNullable(postalCode),
                Optional.ofNullable(locality), Optional.ofNullable(district), Optional.ofNullable(country));
    }
}
