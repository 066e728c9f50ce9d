package org.disputatio.model;

/** The kinds of agenda item seen in programmes. */
public enum AgendaItemKind {
    OPENING,
    PANEL,
    /** A pause: lunch, coffee. */
    BREAK,
    ADDRESS,
    KEYNOTE,
    /** Two or more viewpoints side by side ("The role of States: two viewpoints"). */
    DIALOGUE,
    CONCLUSION,
    /** The close of a day, often just a time ("17h30"). */
    END_OF_DAY,
    OTHER;

    /** The lower-case, hyphenated code used in documents: {@code end-of-day}. */
    public String code() {
        return Codes.code(this);
    }

    /** The kind with this code, as returned by {@link #code()}. */
    public static AgendaItemKind fromCode(String code) {
        return Codes.fromCode(AgendaItemKind.class, code, "agenda item kind");
    }
}
