package org.disputatio.io.ical.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.disputatio.io.EventWriteException;
import org.disputatio.model.Event;
import org.disputatio.model.LocalizedText;

/**
 * The texts of one export in its one language: each text in the chosen language, else in the
 * event's languages in order, else in the first it has; what fell back and which other
 * languages were left behind are counted for the report.
 */
public final class Texts {

    private final String chosen;
    private final List<String> preference;
    private final Set<String> dropped = new LinkedHashSet<>();
    private final Set<String> fallbacks = new HashSet<>();

    /**
     * The texts of an export.
     *
     * @param event the event exported
     * @param language the language asked for, or empty for the event's first
     * @throws IllegalArgumentException if the language asked for is not a well-formed BCP 47 tag
     */
    public Texts(Event event, Optional<String> language) {
        List<String> languages = event.languages();
        if (language.isPresent()) {
            try {
                new Locale.Builder().setLanguageTag(language.get());
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("cannot export in '" + language.get()
                        + "': not a language tag (BCP 47, such as fr or pt-BR)", e);
            }
            chosen = language.get();
        } else if (!languages.isEmpty()) {
            chosen = languages.get(0);
        } else {
            chosen = event.title().languages().stream().findFirst().orElse("en");
        }
        preference = new ArrayList<>();
        preference.add(chosen);
        preference.addAll(languages);
    }

    /**
     * The language the export is in.
     *
     * @return the tag, as asked for or as the event gives it
     */
    public String chosen() {
        return chosen;
    }

    /**
     * A text in the export's language, or in another if it has none in that one (counted).
     *
     * @param text the text
     * @param path where it is in the event, for an error
     * @return the text, or empty if it has no translation at all
     * @throws EventWriteException if the text holds a lone surrogate, which no UTF-8 file can hold
     */
    public Optional<String> of(LocalizedText text, String path) {
        return of(text, path, true);
    }

    /**
     * A vocabulary's label (a role, a kind) in the export's language, or in another if it has
     * none in that one (counted). Unlike {@link #of}, the label's other translations are not
     * counted as dropped: built-in labels come in English and French whatever the event's
     * languages.
     *
     * @param text the label
     * @param path where it is, for an error
     * @return the label, or empty if it has no translation at all
     * @throws EventWriteException if the label holds a lone surrogate
     */
    public Optional<String> label(LocalizedText text, String path) {
        return of(text, path, false);
    }

    private Optional<String> of(LocalizedText text, String path, boolean content) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalizedText.Translation> found = text.findTranslation(List.of(chosen));
        LocalizedText.Translation translation;
        if (found.isPresent()) {
            translation = found.get();
        } else {
            translation = text.resolveTranslation(preference).orElseThrow();
            fallbacks.add(path);
        }
        for (String tag : text.languages()) {
            if (content && !tag.equals(translation.languageTag())) {
                dropped.add(tag);
            }
        }
        return Optional.of(checked(translation.text(), path + "." + translation.languageTag()));
    }

    /**
     * Refuses a string that UTF-8 cannot encode.
     *
     * @param value the string
     * @param path where it is in the event
     * @return the string
     * @throws EventWriteException if it holds a lone surrogate
     */
    public static String checked(String value, String path) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw EventWriteException.at(path, "a lone surrogate (U+" + String.format("%04X", (int) c)
                        + ") at index " + i + " cannot be written as UTF-8");
            }
        }
        return value;
    }

    /**
     * How many texts were written in another language than the export's, each counted once
     * however often it is written (a venue's name in every VEVENT).
     *
     * @return the count
     */
    public int fallbacks() {
        return fallbacks.size();
    }

    /**
     * The languages of the translations left out, in the order met, the export's own excluded.
     *
     * @return the tags
     */
    public List<String> dropped() {
        List<String> tags = new ArrayList<>(dropped);
        tags.remove(chosen);
        return tags;
    }

    /**
     * A language's English name for the report: {@code French} for {@code fr}, the tag itself
     * for one Java does not name.
     *
     * @param tag a language tag
     * @return the name
     */
    public static String name(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayName(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }
}
