package org.disputatio.model;

/** How an organisation takes part in an event. */
public enum InvolvementKind {
    ORGANISER,
    HOST,
    PARTNER,
    SPONSOR;

    public String code() {
        return Codes.code(this);
    }

    public static InvolvementKind fromCode(String code) {
        return Codes.fromCode(InvolvementKind.class, code, "involvement kind");
    }
}
