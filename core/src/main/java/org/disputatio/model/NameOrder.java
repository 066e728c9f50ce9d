package org.disputatio.model;

/** The order in which a person's names are written: "Frank LARUE" vs "Qi XIAOXIA". */
public enum NameOrder {
    /** Given name first, as in most European names. */
    GIVEN_FIRST,
    /** Family name first, as in Chinese, Hungarian or Japanese names. */
    FAMILY_FIRST;

    /** The lower-case, hyphenated code used in documents. */
    public String code() {
        return Codes.code(this);
    }

    public static NameOrder fromCode(String code) {
        return Codes.fromCode(NameOrder.class, code, "name order");
    }
}
