package org.disputatio.model;

import java.util.List;
import java.util.Objects;

/**
 * What kind of agenda item this is: a code of the open vocabulary {@link Vocabulary#ITEM_KIND}.
 * The constants are the built-in kinds, labelled in English and French; an event registers any
 * other kind it prints ({@link Event#itemKinds()}), and validation reports a kind that is neither.
 *
 * @param code the kind's code, as written in documents ({@code end-of-day})
 */
public record AgendaItemKind(String code) {
    /** The opening of the event or of a day ("Ouverture - Opening"). */
    public static final AgendaItemKind OPENING = new AgendaItemKind("opening");
    /** A {@link Panel}: a discussion among participants grouped by role. */
    public static final AgendaItemKind PANEL = new AgendaItemKind("panel");
    /** A pause: lunch, coffee. */
    public static final AgendaItemKind BREAK = new AgendaItemKind("break");
    /** A speech by one person, such as an institution's statement. */
    public static final AgendaItemKind ADDRESS = new AgendaItemKind("address");
    /** The principal address of the event or a session. */
    public static final AgendaItemKind KEYNOTE = new AgendaItemKind("keynote");
    /** Two or more viewpoints side by side ("The role of States: two viewpoints"). */
    public static final AgendaItemKind DIALOGUE = new AgendaItemKind("dialogue");
    /** The conclusions of the event or a day. */
    public static final AgendaItemKind CONCLUSION = new AgendaItemKind("conclusion");
    /** The close of a day, often just a time ("17h30"). */
    public static final AgendaItemKind END_OF_DAY = new AgendaItemKind("end-of-day");
    /** Arrival and registration of participants. */
    public static final AgendaItemKind REGISTRATION = new AgendaItemKind("registration");
    /** A reception or cocktail. */
    public static final AgendaItemKind RECEPTION = new AgendaItemKind("reception");
    /** A dinner for the participants. */
    public static final AgendaItemKind SOCIAL_DINNER = new AgendaItemKind("social-dinner");
    /** Time set aside for participants to meet. */
    public static final AgendaItemKind NETWORKING = new AgendaItemKind("networking");
    /** A working session in a smaller group. */
    public static final AgendaItemKind WORKSHOP = new AgendaItemKind("workshop");
    /** An exhibition, stands or a poster session. */
    public static final AgendaItemKind EXHIBITION = new AgendaItemKind("exhibition");
    /** Any item none of the other kinds fits. */
    public static final AgendaItemKind OTHER = new AgendaItemKind("other");

    private static final List<AgendaItemKind> BUILT_IN = List.of(OPENING, PANEL, BREAK, ADDRESS, KEYNOTE, DIALOGUE,
            CONCLUSION, END_OF_DAY, REGISTRATION, RECEPTION, SOCIAL_DINNER, NETWORKING, WORKSHOP, EXHIBITION, OTHER);

    /**
     * Refuses a null code; any other code is a kind (validation says whether it is registered).
     *
     * @param code the kind's code
     * @throws NullPointerException if the code is null
     */
    public AgendaItemKind {
        Objects.requireNonNull(code, "code");
    }

    /**
     * The kind with this code, built in or not.
     *
     * @param code the kind's code ({@code poster-session}); null is refused
     * @return a kind equal to the constant of the same code, if there is one
     * @throws NullPointerException if the code is null
     */
    public static AgendaItemKind of(String code) {
        return new AgendaItemKind(code);
    }

    /**
     * The built-in kinds, in the order of the constants above.
     *
     * @return the built-in kinds, unmodifiable
     */
    public static List<AgendaItemKind> builtIn() {
        return BUILT_IN;
    }

    @Override
    public String toString() {
        return code;
    }
}
