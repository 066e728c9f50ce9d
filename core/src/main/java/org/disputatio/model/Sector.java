package org.disputatio.model;

/**
 * The sector an organisation belongs to: a first-class research variable ("public actors,
 * private actors: duties and responsibilities").
 */
public enum Sector {
    GOVERNMENT,
    INTERNATIONAL_ORGANISATION,
    ACADEMIA,
    COMPANY,
    CIVIL_SOCIETY,
    DEFENCE;

    /** The lower-case, hyphenated code used in documents: {@code international-organisation}. */
    public String code() {
        return Codes.code(this);
    }

    /** The sector with this code, as returned by {@link #code()}. */
    public static Sector fromCode(String code) {
        return Codes.fromCode(Sector.class, code, "sector");
    }
}
