package org.disputatio.model;

/** Whether a fact is printed in a source or was worked out from it. */
public enum Certainty {
    /** The source states it. */
    STATED,
    /** The encoder inferred it; the claim's rationale says how. */
    INFERRED;

    /**
     * The lower-case, hyphenated code used in documents.
     *
     * @return this certainty's code: {@code stated} or {@code inferred}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The certainty with this code, as returned by {@link #code()}.
     *
     * @param code a document code, matched exactly
     * @return the certainty with that code
     * @throws IllegalArgumentException if no certainty has that code; the message lists the codes
     */
    public static Certainty fromCode(String code) {
        return Codes.fromCode(Certainty.class, code, "certainty");
    }
}
