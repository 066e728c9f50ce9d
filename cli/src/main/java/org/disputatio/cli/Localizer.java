package org.disputatio.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * Puts texts into the reader's language. A text missing in that language is shown in another
 * one (the event's languages first, then the other output languages, then whatever there is),
 * prefixed with its language tag, {@code [fr] Ouverture}, so the reader sees it is not a
 * translation.
 */
final class Localizer {

    private final UiLanguage language;
    private final List<String> fallbacks;
    private final DateTimeFormatter longDate;

    /**
     * @param eventLanguages the languages the event is held in, tried first when a text is
     *     missing in the reader's language
     */
    Localizer(UiLanguage language, List<String> eventLanguages) {
        this.language = Objects.requireNonNull(language, "language");
        List<String> fallbacks = new ArrayList<>(eventLanguages);
        for (UiLanguage other : UiLanguage.values()) {
            fallbacks.add(other.tag());
        }
        this.fallbacks = List.copyOf(fallbacks);
        this.longDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.locale());
    }

    UiLanguage language() {
        return language;
    }

    String label(Label label) {
        return label.in(language);
    }

    /** The text in the reader's language, else tagged in another; empty only for an empty text. */
    Optional<String> text(LocalizedText text) {
        Optional<String> own = text.find(List.of(language.tag()));
        if (own.isPresent()) {
            return own;
        }
        return text.resolveTranslation(fallbacks).map(other -> tagged(other.languageTag(), other.text()));
    }

    /** The text as {@link #text(LocalizedText)} gives it, or {@code ""} for an empty text. */
    String textOrEmpty(LocalizedText text) {
        return text(text).orElse("");
    }

    private static String tagged(String tag, String value) {
        return "[" + tag + "] " + value;
    }

    /** The country's name in the reader's language ({@code FR} → France), else the code as given. */
    String country(String code) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            return String.valueOf(code);
        }
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isBlank() || name.equals(code) ? code : name;
    }

    /** {@code Thursday 6 April 2017}, {@code jeudi 6 avril 2017}. */
    String date(LocalDate date) {
        return longDate.format(date);
    }

    /** The event's dates as ISO dates: {@code 2017-04-06..2017-04-07}, or one date for a one-day event. */
    static String isoDates(Event event) {
        LocalDate start = event.startDate();
        LocalDate end = event.endDate();
        if (start == null && end == null) {
            return "";
        }
        if (start != null && start.equals(end)) {
            return start.toString();
        }
        return (start == null ? "?" : start.toString()) + ".." + (end == null ? "?" : end.toString());
    }
}
