package org.disputatio.model.navigation;

/**
 * Where a resolved sector or country comes from: the affiliation states its own, else its
 * organisation's applies, else (for a country only) the person's own.
 */
public enum Origin {
    /** The affiliation states it ({@code people[i].affiliations[k].sector}). */
    AFFILIATION,
    /** The affiliation's organisation states it ({@code organisations[j].country}). */
    ORGANISATION,
    /** The person states it ({@code people[i].country}); countries only. */
    PERSON;

    /**
     * The lower-case code research tables use for it ({@code effective_country_source}).
     *
     * @return {@code affiliation}, {@code organisation} or {@code person}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
