package org.disputatio.model;

/** How a venue is reached by public transport. */
public enum TransportMode {
    METRO,
    BUS,
    TRAM,
    SUBURBAN_RAIL,
    TRAIN,
    FERRY,
    OTHER;

    /** The lower-case, hyphenated code used in documents. */
    public String code() {
        return Codes.code(this);
    }

    public static TransportMode fromCode(String code) {
        return Codes.fromCode(TransportMode.class, code, "transport mode");
    }
}
