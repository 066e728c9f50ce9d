package org.disputatio.model;

/** The order in which a person's names are written: "Frank LARUE" vs "Qi XIAOXIA". */
public enum NameOrder {
    /** Given name first, as in most European names. */
    GIVEN_FIRST,
    /** Family name first, as in Chinese, Hungarian or Japanese names. */
    FAMILY_FIRST;

    /**
     * The lower-case, hyphenated code used in documents.
     *
     * @return this order's code: {@code given-first} or {@code family-first}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The name order with this code, as returned by {@link #code()}.
     *
     * @param code a document code, matched exactly
     * @return the name order with that code
     * @throws IllegalArgumentException if no name order has that code; the message lists the codes
     */
    public static NameOrder fromCode(String code) {
        return Codes.fromCode(NameOrder.class, code, "name order");
    }
}
