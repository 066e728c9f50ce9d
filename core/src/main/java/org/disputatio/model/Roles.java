package org.disputatio.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.disputatio.i18n.internal.Translations;

/**
 * The built-in role vocabulary, with English and French labels and descriptions (from the
 * {@code org/disputatio/model/Roles} resource bundles).
 *
 * <p>The first three are the canons of classical rhetoric under which the UNESCO 2017 programme
 * groups its panellists; the rest are the roles most programmes use. An event extends the
 * vocabulary with its own roles ({@link Event.Builder#role(Role)}); {@link Event#role(String)}
 * looks in both.
 */
public final class Roles {

    private static final Translations ENGLISH = words(Locale.ENGLISH);
    private static final Translations FRENCH = words(Locale.FRENCH);

    /** {@code inventio}: frames the question a panel addresses. */
    public static final Role INVENTIO = role("inventio");
    /** {@code elocutio}: gives the statement of an institution or company. */
    public static final Role ELOCUTIO = role("elocutio");
    /** {@code disputatio}: discusses and challenges what a panel has heard. */
    public static final Role DISPUTATIO = role("disputatio");
    /** {@code opening-speaker}: opens the event or one of its sessions. */
    public static final Role OPENING_SPEAKER = role("opening-speaker");
    /** {@code concluding-speaker}: draws the conclusions of the event or a session. */
    public static final Role CONCLUDING_SPEAKER = role("concluding-speaker");
    /** {@code keynote-speaker}: gives the principal address of a session. */
    public static final Role KEYNOTE_SPEAKER = role("keynote-speaker");
    /** {@code chair}: presides over a session and keeps its order. */
    public static final Role CHAIR = role("chair");
    /** {@code moderator}: leads the discussion and gives the floor. */
    public static final Role MODERATOR = role("moderator");
    /** {@code panellist}: speaks as a member of a panel. */
    public static final Role PANELLIST = role("panellist");
    /** {@code discussant}: responds to the presentations of others. */
    public static final Role DISCUSSANT = role("discussant");
    /** {@code speaker}: speaks, in no more specific role. */
    public static final Role SPEAKER = role("speaker");

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

    private static Translations words(Locale locale) {
        return Translations.of(ResourceBundle.getBundle("org.disputatio.model.Roles", locale), locale);
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

    /** A built-in role, its label and description in every language Disputatio ships, from the Roles bundles. */
    private static Role role(String code) {
        return new Role(code, LocalizedText.of("en", ENGLISH.text(code + ".label"), "fr", FRENCH.text(code + ".label")),
                LocalizedText.of("en", ENGLISH.text(code + ".description"), "fr", FRENCH.text(code + ".description")));
    }
}
