package org.disputatio.model;

/**
 * The sector an organisation belongs to: a first-class research variable ("public actors,
 * private actors: duties and responsibilities").
 */
public enum Sector {
    /** Governments, ministries and their agencies (ANSSI). */
    GOVERNMENT,
    /** Intergovernmental organisations (UNESCO, OECD, UNICRI). */
    INTERNATIONAL_ORGANISATION,
    /** Universities and research institutes. */
    ACADEMIA,
    /** Private companies (Sogeti, Thales). */
    COMPANY,
    /** Non-governmental and non-profit organisations. */
    CIVIL_SOCIETY,
    /** Armed forces and defence institutions (NATO CCDCOE). */
    DEFENCE;

    /**
     * The lower-case, hyphenated code used in documents: {@code international-organisation}.
     *
     * @return this sector's code, never null
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The sector with this code, as returned by {@link #code()}.
     *
     * @param code a document code, matched exactly
     * @return the sector with that code
     * @throws IllegalArgumentException if no sector has that code; the message lists the codes
     */
    public static Sector fromCode(String code) {
        return Codes.fromCode(Sector.class, code, "sector");
    }
}
