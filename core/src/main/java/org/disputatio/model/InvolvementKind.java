package org.disputatio.model;

/** How an organisation takes part in an event. */
public enum InvolvementKind {
    /** Organises the event, alone or with others. */
    ORGANISER,
    /** Hosts the event on its premises. */
    HOST,
    /** Partners the event, contributing without organising it. */
    PARTNER,
    /** Funds the event. */
    SPONSOR;

    /**
     * The lower-case code used in documents.
     *
     * @return this kind's code, such as {@code organiser}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The kind with this code, as returned by {@link #code()}.
     *
     * @param code a document code, matched exactly
     * @return the kind with that code
     * @throws IllegalArgumentException if no kind has that code; the message lists the codes
     */
    public static InvolvementKind fromCode(String code) {
        return Codes.fromCode(InvolvementKind.class, code, "involvement kind");
    }
}
