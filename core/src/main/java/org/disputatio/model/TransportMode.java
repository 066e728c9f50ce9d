package org.disputatio.model;

/** How a venue is reached by public transport. */
public enum TransportMode {
    /** An underground or metro line. */
    METRO,
    /** A bus line. */
    BUS,
    /** A tram line. */
    TRAM,
    /** A suburban rail line, such as the Paris RER. */
    SUBURBAN_RAIL,
    /** A mainline train. */
    TRAIN,
    /** A ferry or river boat. */
    FERRY,
    /** Any other public transport. */
    OTHER;

    /**
     * The lower-case, hyphenated code used in documents.
     *
     * @return this mode's code, such as {@code suburban-rail}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The mode with this code, as returned by {@link #code()}.
     *
     * @param code a document code, matched exactly
     * @return the mode with that code
     * @throws IllegalArgumentException if no mode has that code; the message lists the codes
     */
    public static TransportMode fromCode(String code) {
        return Codes.fromCode(TransportMode.class, code, "transport mode");
    }
}
