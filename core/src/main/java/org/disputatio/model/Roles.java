package org.disputatio.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in role vocabulary, with English and French labels and descriptions.
 *
 * <p>The first three are the canons of classical rhetoric under which the UNESCO 2017 programme
 * groups its panellists; the rest are the roles most programmes use. An event extends the
 * vocabulary with its own roles ({@link Event.Builder#role(Role)}); {@link Event#role(String)}
 * looks in both.
 */
public final class Roles {

    /** {@code inventio}: frames the question a panel addresses. */
    public static final Role INVENTIO = role("inventio",
            "Inventio", "Inventio",
            "Frames the question the panel addresses; mostly academics.",
            "Pose la question que le panel examine ; surtout des universitaires.");
    /** {@code elocutio}: gives the statement of an institution or company. */
    public static final Role ELOCUTIO = role("elocutio",
            "Elocutio", "Elocutio",
            "Gives the statement of an institution or company.",
            "Présente la position d'une institution ou d'une entreprise.");
    /** {@code disputatio}: discusses and challenges what a panel has heard. */
    public static final Role DISPUTATIO = role("disputatio",
            "Disputatio", "Disputatio",
            "Discusses and challenges what the panel has heard.",
            "Discute et met en question ce que le panel a entendu.");
    /** {@code opening-speaker}: opens the event or one of its sessions. */
    public static final Role OPENING_SPEAKER = role("opening-speaker",
            "Opening speaker", "Orateur d'ouverture",
            "Opens the event or one of its sessions.",
            "Ouvre l'événement ou l'une de ses séances.");
    /** {@code concluding-speaker}: draws the conclusions of the event or a session. */
    public static final Role CONCLUDING_SPEAKER = role("concluding-speaker",
            "Concluding speaker", "Orateur de clôture",
            "Draws the conclusions of the event or a session.",
            "Tire les conclusions de l'événement ou d'une séance.");
    /** {@code keynote-speaker}: gives the principal address of a session. */
    public static final Role KEYNOTE_SPEAKER = role("keynote-speaker",
            "Keynote speaker", "Orateur principal",
            "Gives the principal address of a session.",
            "Prononce l'allocution principale d'une séance.");
    /** {@code chair}: presides over a session and keeps its order. */
    public static final Role CHAIR = role("chair",
            "Chair", "Président de séance",
            "Presides over a session and keeps its order.",
            "Préside une séance et en assure le bon ordre.");
    /** {@code moderator}: leads the discussion and gives the floor. */
    public static final Role MODERATOR = role("moderator",
            "Moderator", "Modérateur",
            "Leads the discussion and gives the floor.",
            "Anime la discussion et donne la parole.");
    /** {@code panellist}: speaks as a member of a panel. */
    public static final Role PANELLIST = role("panellist",
            "Panellist", "Panéliste",
            "Speaks as a member of a panel.",
            "Intervient comme membre d'un panel.");
    /** {@code discussant}: responds to the presentations of others. */
    public static final Role DISCUSSANT = role("discussant",
            "Discussant", "Discutant",
            "Responds to the presentations of others.",
            "Réagit aux interventions des autres.");
    /** {@code speaker}: speaks, in no more specific role. */
    public static final Role SPEAKER = role("speaker",
            "Speaker", "Intervenant",
            "Speaks, in no more specific role.",
            "Prend la parole, sans rôle plus précis.");

    private static final Map<String, Role> BY_CODE;

    static {
        Map<String, Role> byCode = new LinkedHashMap<>();
        for (Role role : List.of(INVENTIO, ELOCUTIO, DISPUTATIO, OPENING_SPEAKER, CONCLUDING_SPEAKER,
                KEYNOTE_SPEAKER, CHAIR, MODERATOR, PANELLIST, DISCUSSANT, SPEAKER)) {
            byCode.put(role.code(), role);
        }
        BY_CODE = java.util.Collections.unmodifiableMap(byCode);
    }

    private Roles() {
    }

    /**
     * Every built-in role, in the order above.
     *
     * @return the built-in roles, unmodifiable
     */
    public static List<Role> builtIn() {
        return List.copyOf(BY_CODE.values());
    }

    /**
     * The built-in role with this code.
     *
     * @param code a role code ({@code moderator}), matched exactly
     * @return the built-in role, or empty if none has that code
     */
    public static Optional<Role> builtIn(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static Role role(String code, String en, String fr, String descriptionEn, String descriptionFr) {
        return new Role(code, LocalizedText.of("en", en, "fr", fr), LocalizedText.of("en", descriptionEn, "fr", descriptionFr));
    }
}
