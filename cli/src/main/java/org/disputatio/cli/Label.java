package org.disputatio.cli;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.disputatio.i18n.internal.Translations;
import org.disputatio.model.InvolvementKind;
import org.disputatio.model.ItemCondition;
import org.disputatio.model.NoteKind;
import org.disputatio.model.TransportMode;

/**
 * The fixed words of the command's output: one constant per word, its text in every
 * {@link UiLanguage} in the {@code org/disputatio/cli/Labels} resource bundles.
 */
enum Label {
    /** After a key: French puts a space before the colon. */
    COLON,
    UNTITLED,
    ID,
    KIND,
    DATES,
    DATES_NOT_STATED,
    INFERRED,
    TIME_ZONE,
    TIME_ZONE_NOT_STATED,
    LOCAL_TIMES,
    LANGUAGES,
    VENUE,
    ACCESS,
    FACILITIES,
    ROOMS,
    PROGRAMME,
    NO_PROGRAMME,
    NO_ITEMS,
    NOT_YET_SCHEDULED,
    IN_PARALLEL,
    SOURCE_SAYS,
    PANEL,
    UNKNOWN_PERSON,
    PEOPLE,
    ORGANISATIONS,
    PART_OF,
    LINKS,
    OFFERED_IN,
    LANGUAGE_COUNT,
    AUDIENCE,
    ADMISSION,
    PROCEEDINGS,
    SUMMARY,
    THEMES,
    DIMENSIONS,
    QUOTES,
    ACKNOWLEDGEMENTS,
    PROVENANCE,
    SOURCES,
    INFERRED_FACTS,
    STATED_FACTS,
    EDITORIAL_NOTES,
    WHOLE_EVENT,

    // disputatio stats
    STATS_EVENTS,
    STATS_ITEMS,
    STATS_PEOPLE,
    STATS_PEOPLE_NOTE,
    STATS_ORGANISATIONS,
    STATS_PARTICIPATIONS,
    STATS_BY_SECTOR,
    STATS_BY_COUNTRY,
    STATS_COUNTRY_NOTE,
    STATS_BY_ROLE,
    STATS_NOT_STATED,
    STATS_IN_SEVERAL_ITEMS,
    STATS_IN_SEVERAL_EVENTS,
    STATS_ITEM_COUNT,
    STATS_EVENT_COUNT,
    STATS_MORE,



    INVOLVEMENT_ORGANISER,
    INVOLVEMENT_HOST,
    INVOLVEMENT_PARTNER,
    INVOLVEMENT_SPONSOR,

    TRANSPORT_METRO,
    TRANSPORT_BUS,
    TRANSPORT_TRAM,
    TRANSPORT_SUBURBAN_RAIL,
    TRANSPORT_TRAIN,
    TRANSPORT_FERRY,
    TRANSPORT_OTHER,


    CONDITION_ON_THE_RECORD,
    CONDITION_CHATHAM_HOUSE_RULE,
    CONDITION_OFF_THE_RECORD,
    CONDITION_LIVE_STREAMED,
    CONDITION_RECORDED,
    CONDITION_BY_INVITATION,

    NOTE_SOURCE_ERROR,
    NOTE_INCONSISTENCY,
    NOTE_PLACEHOLDER,
    NOTE_AMBIGUITY,
    NOTE_INCOMPLETE_SOURCE;

    /** The words of each language, from the {@code Labels} bundles. */
    private static final Map<UiLanguage, Translations> WORDS = new EnumMap<>(UiLanguage.class);

    static {
        for (UiLanguage language : UiLanguage.values()) {
            Locale locale = Translations.supported(language.locale());
            WORDS.put(language, Translations.of(ResourceBundle.getBundle("org.disputatio.cli.Labels", locale), locale));
        }
    }

    String in(UiLanguage language) {
        return WORDS.get(language).text(name());
    }

    /**
     * This label with its parameters filled in ({@code {count} languages}).
     *
     * @param language the language
     * @param parameters alternating parameter names and values
     * @return the text
     */
    String format(UiLanguage language, Object... parameters) {
        return WORDS.get(language).format(name(), parameters);
    }

    static Optional<Label> of(InvolvementKind kind) {
        return find("INVOLVEMENT_" + kind.name());
    }

    static Optional<Label> of(TransportMode mode) {
        return find("TRANSPORT_" + mode.name());
    }

    static Optional<Label> of(ItemCondition condition) {
        return find("CONDITION_" + condition.name());
    }

    static Optional<Label> of(NoteKind kind) {
        return find("NOTE_" + kind.name());
    }

    private static Optional<Label> find(String name) {
        for (Label label : values()) {
            if (label.name().equals(name)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
