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
    AMBIGUITY;

    public String code() {
        return Codes.code(this);
    }

    public static NoteKind fromCode(String code) {
        return Codes.fromCode(NoteKind.class, code, "note kind");
    }
}
