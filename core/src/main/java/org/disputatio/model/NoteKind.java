package org.disputatio.model;

/** What an editorial note records about a source. */
public enum NoteKind {
    /** The source is wrong (a mistranslated title). */
    SOURCE_ERROR,
    /** The source contradicts itself (two different dates). */
    INCONSISTENCY,
    /** Printed text that stands for a value not given ("00 00 00 00"). */
    PLACEHOLDER,
    /** The source can be read more than one way. */
    AMBIGUITY,
    /** The source is incomplete: a page cut off, a programme marked provisional or to be confirmed. */
    INCOMPLETE_SOURCE;

    /**
     * The lower-case, hyphenated code used in documents.
     *
     * @return this kind's code, such as {@code source-error}
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The note kind with this code, as returned by {@link #code()}.
     *
     * @param code a document code, matched exactly
     * @return the note kind with that code
     * @throws IllegalArgumentException if no note kind has that code; the message lists the codes
     */
    public static NoteKind fromCode(String code) {
        return Codes.fromCode(NoteKind.class, code, "note kind");
    }
}
