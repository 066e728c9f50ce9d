package org.disputatio.model;

/** The kinds of agenda item seen in programmes. */
public enum AgendaItemKind {
    /** The opening of the event or of a day ("Ouverture - Opening"). */
    OPENING,
    /** A {@link Panel}: a discussion among participants grouped by role. */
    PANEL,
    /** A pause: lunch, coffee. */
    BREAK,
    /** A speech by one person, such as an institution's statement. */
    ADDRESS,
    /** The principal address of the event or a session. */
    KEYNOTE,
    /** Two or more viewpoints side by side ("The role of States: two viewpoints"). */
    DIALOGUE,
    /** The conclusions of the event or a day. */
    CONCLUSION,
    /** The close of a day, often just a time ("17h30"). */
    END_OF_DAY,
    /** Any item none of the other kinds fits. */
    OTHER;

    /**
     * The lower-case, hyphenated code used in documents: {@code end-of-day}.
     *
     * @return this kind's code, never null
     */
    public String code() {
        return Codes.code(this);
    }

    /**
     * The kind with this code, as returned by {@link #code()}.
     *
     * @param code a document code, such as {@code end-of-day}; matched exactly
     * @return the kind with that code
     * @throws IllegalArgumentException if no kind has that code; the message lists the codes
     */
    public static AgendaItemKind fromCode(String code) {
        return Codes.fromCode(AgendaItemKind.class, code, "agenda item kind");
    }
}
