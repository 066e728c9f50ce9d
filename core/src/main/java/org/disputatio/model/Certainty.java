package org.disputatio.model;

/** Whether a fact is printed in a source or was worked out from it. */
public enum Certainty {
    /** The source states it. */
    STATED,
    /** The encoder inferred it; the claim's rationale says how. */
    INFERRED;

    /** The lower-case, hyphenated code used in documents. */
    public String code() {
        return Codes.code(this);
    }

    public static Certainty fromCode(String code) {
        return Codes.fromCode(Certainty.class, code, "certainty");
    }
}
