package org.disputatio.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A text in one or more languages, each keyed by a BCP 47 language tag ({@code fr}, {@code en},
 * {@code pt-BR}).
 *
 * <p>Translations keep the order in which they were added (the order of the source document),
 * but equality ignores that order. Tags are kept as given, so that an ill-formed tag read from a
 * messy document survives to be reported by validation; lookups compare tags case-insensitively,
 * as BCP 47 requires.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LocalizedText {

    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    /** Keys are the tags as given; iteration order is insertion order. */
    private final Map<String, String> translations;

    private LocalizedText(Map<String, String> translations) {
        this.translations = translations;
    }

    /**
     * The text with no translation at all: used for an optional text that is absent.
     *
     * @return the empty text, the same instance each time
     */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /**
     * A text in one language.
     *
     * @param languageTag a BCP 47 tag ({@code fr}), kept as given
     * @param text the text in that language
     * @return a text with that one translation
     * @throws NullPointerException if the tag or the text is null
     */
    public static LocalizedText of(String languageTag, String text) {
        return builder().put(languageTag, text).build();
    }

    /**
     * A text in two languages, in this order.
     *
     * @param languageTag1 the first language's BCP 47 tag
     * @param text1 the text in the first language
     * @param languageTag2 the second language's BCP 47 tag
     * @param text2 the text in the second language
     * @return a text with these two translations
     * @throws NullPointerException if a tag or a text is null
     * @throws IllegalArgumentException if the two tags differ only in case
     */
    public static LocalizedText of(String languageTag1, String text1, String languageTag2, String text2) {
        return builder().put(languageTag1, text1).put(languageTag2, text2).build();
    }

    /**
     * A text from a map of language tag to text, in the map's iteration order.
     *
     * @param translations BCP 47 tag to the text in that language; copied
     * @return a text with these translations, {@link #empty()} if the map is empty
     * @throws NullPointerException if the map, a tag or a text is null
     * @throws IllegalArgumentException if two tags differ only in case
     */
    public static LocalizedText from(Map<String, String> translations) {
        Builder builder = builder();
        Objects.requireNonNull(translations, "translations").forEach(builder::put);
        return builder.build();
    }

    /**
     * A builder that collects translations in order.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A new text with this translation added, or replaced if the language is already present.
     *
     * @param languageTag a BCP 47 tag; a translation under the same tag in any case is replaced
     * @param text the text in that language
     * @return a new text with this translation last; this text is unchanged
     * @throws NullPointerException if the tag or the text is null
     */
    public LocalizedText with(String languageTag, String text) {
        Builder builder = builder();
        translations.forEach((tag, value) -> {
            if (!tag.equalsIgnoreCase(languageTag)) {
                builder.put(tag, value);
            }
        });
        return builder.put(languageTag, text).build();
    }

    /**
     * The text in exactly this language (tags compared case-insensitively), if present.
     *
     * @param languageTag the BCP 47 tag wanted; {@code fr} does not find {@code fr-CA}
     * @return the text in that language, or empty if there is none
     * @throws NullPointerException if the tag is null
     */
    public Optional<String> get(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag");
        return translation(languageTag).map(Translation::text);
    }

    /**
     * The best text for a reader who prefers these languages, most preferred first.
     *
     * <p>For each preferred tag in turn: an exact match; then the tag with its last subtag
     * removed, repeatedly ({@code fr-CA} finds {@code fr}); then any translation whose tag starts
     * with the preferred one ({@code pt} finds {@code pt-BR}). When no preferred language matches,
     * the first translation in document order is returned, so a reader always sees something.
     *
     * @param preferredLanguageTags BCP 47 tags, most preferred first; none at all gives the first
     *     translation
     * @return empty only if this text has no translation at all
     * @throws NullPointerException if a tag is null
     */
    public Optional<String> resolve(String... preferredLanguageTags) {
        return resolve(List.of(preferredLanguageTags));
    }

    /**
     * As {@link #resolve(String...)}, for a list of preferred tags.
     *
     * @param preferredLanguageTags BCP 47 tags, most preferred first
     * @return the best text; empty only if this text has no translation at all
     * @throws NullPointerException if the list or a tag is null
     */
    public Optional<String> resolve(List<String> preferredLanguageTags) {
        return resolveTranslation(preferredLanguageTags).map(Translation::text);
    }

    /**
     * As {@link #resolve(String...)}, for the languages of these locales.
     *
     * @param preferredLocale the reader's most preferred locale
     * @param morePreferredLocales further locales, in decreasing preference
     * @return the best text; empty only if this text has no translation at all
     * @throws NullPointerException if a locale is null
     */
    public Optional<String> resolve(Locale preferredLocale, Locale... morePreferredLocales) {
        List<String> tags = new ArrayList<>(morePreferredLocales.length + 1);
        tags.add(preferredLocale.toLanguageTag());
        for (Locale locale : morePreferredLocales) {
            tags.add(locale.toLanguageTag());
        }
        return resolve(tags);
    }

    /**
     * Like {@link #resolve(List)}, but without the last-resort fallback: empty when none of the
     * preferred languages (or a more or less specific form of one) is present.
     *
     * @param preferredLanguageTags BCP 47 tags, most preferred first
     * @return the best text in one of those languages, or empty if there is none
     * @throws NullPointerException if the list or a tag is null
     */
    public Optional<String> find(List<String> preferredLanguageTags) {
        return findTranslation(preferredLanguageTags).map(Translation::text);
    }

    /**
     * As {@link #resolve(List)}, saying which translation was chosen, so that a reader can be
     * told when the text is not in the language asked for.
     *
     * @param preferredLanguageTags BCP 47 tags, most preferred first
     * @return the chosen translation with its tag as stored; empty only if this text has no
     *     translation at all
     * @throws NullPointerException if the list or a tag is null
     */
    public Optional<Translation> resolveTranslation(List<String> preferredLanguageTags) {
        Optional<Translation> match = findTranslation(preferredLanguageTags);
        if (match.isPresent() || translations.isEmpty()) {
            return match;
        }
        Map.Entry<String, String> first = translations.entrySet().iterator().next();
        return Optional.of(new Translation(first.getKey(), first.getValue()));
    }

    /**
     * As {@link #find(List)}, saying which translation was found.
     *
     * @param preferredLanguageTags BCP 47 tags, most preferred first
     * @return the translation found with its tag as stored, or empty if none matches
     * @throws NullPointerException if the list or a tag is null
     */
    public Optional<Translation> findTranslation(List<String> preferredLanguageTags) {
        for (String preferred : preferredLanguageTags) {
            Objects.requireNonNull(preferred, "preferred language tag");
            for (String candidate = preferred; !candidate.isEmpty(); candidate = parentTag(candidate)) {
                Optional<Translation> exact = translation(candidate);
                if (exact.isPresent()) {
                    return exact;
                }
            }
            String prefix = preferred.toLowerCase(Locale.ROOT) + "-";
            for (Map.Entry<String, String> entry : translations.entrySet()) {
                if (entry.getKey().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    return Optional.of(new Translation(entry.getKey(), entry.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** The translation in exactly this language (case-insensitive), with its tag as stored. */
    private Optional<Translation> translation(String languageTag) {
        String exact = translations.get(languageTag);
        if (exact != null) {
            return Optional.of(new Translation(languageTag, exact));
        }
        for (Map.Entry<String, String> entry : translations.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(languageTag)) {
                return Optional.of(new Translation(entry.getKey(), entry.getValue()));
            }
        }
        return Optional.empty();
    }

    /**
     * One translation: its language tag as stored, and its text.
     *
     * @param languageTag the BCP 47 tag, in the case it was stored in
     * @param text the text in that language
     */
    public record Translation(String languageTag, String text) {
    }

    private static String parentTag(String tag) {
        int dash = tag.lastIndexOf('-');
        return dash < 0 ? "" : tag.substring(0, dash);
    }

    /**
     * Which of the required languages have no translation here, in the order given.
     * An empty text is missing every language.
     *
     * @param requiredLanguageTags the BCP 47 tags every text should have (an event's
     *     {@link Event#languages()})
     * @return the required tags with no translation, unmodifiable; empty when none is missing
     * @throws NullPointerException if the collection or a tag is null
     */
    public Set<String> missing(Collection<String> requiredLanguageTags) {
        Set<String> missing = new LinkedHashSet<>();
        for (String required : requiredLanguageTags) {
            if (get(required).isEmpty()) {
                missing.add(required);
            }
        }
        return Collections.unmodifiableSet(missing);
    }

    /**
     * The language tags present, in document order.
     *
     * @return the tags as stored, unmodifiable; empty for an empty text
     */
    public Set<String> languages() {
        return Collections.unmodifiableSet(translations.keySet());
    }

    /**
     * Gives each translation, tag and text, to the action in document order (without a map view).
     *
     * @param action called once per translation with its tag as stored and its text
     * @throws NullPointerException if the action is null
     */
    public void forEach(java.util.function.BiConsumer<? super String, ? super String> action) {
        translations.forEach(action);
    }

    /**
     * Every translation, tag to text, in document order; unmodifiable.
     *
     * @return a read-only view, tags as stored; its lookups are case-sensitive, unlike
     *     {@link #get(String)}
     */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(translations);
    }

    /**
     * Whether this text has no translation at all.
     *
     * @return true for {@link #empty()}
     */
    public boolean isEmpty() {
        return translations.isEmpty();
    }

    /**
     * How many languages this text is in.
     *
     * @return the number of translations, 0 for an empty text
     */
    public int size() {
        return translations.size();
    }

    /** Equal when both hold the same translations under the same tags (case-insensitive), in any order. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LocalizedText)) {
            return false;
        }
        return normalized().equals(((LocalizedText) other).normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    private Map<String, String> normalized() {
        Map<String, String> normalized = new java.util.HashMap<>(translations.size() * 2);
        translations.forEach((tag, text) -> normalized.put(fold(tag), text));
        return normalized;
    }

    /**
     * The tag in a form that is equal for two tags exactly when {@link String#equalsIgnoreCase}
     * says they are: the same case folding, character by character.
     */
    static String fold(String tag) {
        StringBuilder folded = new StringBuilder(tag.length());
        for (int i = 0; i < tag.length(); i++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(tag.charAt(i))));
        }
        return folded.toString();
    }

    /** Reads as {@code [fr] "Ouverture" | [en] "Opening"}; an empty text reads as {@code (no text)}. */
    @Override
    public String toString() {
        if (translations.isEmpty()) {
            return "(no text)";
        }
        StringBuilder out = new StringBuilder();
        translations.forEach((tag, text) -> {
            if (out.length() > 0) {
                out.append(" | ");
            }
            out.append('[').append(tag).append("] \"").append(text).append('"');
        });
        return out.toString();
    }

    /** Collects translations in order. Not thread-safe; the text it builds is. */
    public static final class Builder {
        /** Below this many translations a duplicate is looked for by a scan, above it in {@link #folded}. */
        private static final int SCAN_LIMIT = 8;

        private Map<String, String> translations = new LinkedHashMap<>(4);
        /** The folded tags added, once there are more than {@link #SCAN_LIMIT}: duplicates found in constant time. */
        private Set<String> folded;
        /** Whether {@link #translations} now belongs to a built text, so that a further put must copy it first. */
        private boolean shared;

        private Builder() {
        }

        /**
         * Adds a translation.
         *
         * @param languageTag a BCP 47 tag, kept as given; an ill-formed one is left for validation
         * @param text the text in that language
         * @return this builder
         * @throws NullPointerException if the tag or text is null
         * @throws IllegalArgumentException if this language (compared case-insensitively) was already added
         */
        public Builder put(String languageTag, String text) {
            Objects.requireNonNull(languageTag, "languageTag");
            Objects.requireNonNull(text, () -> "text for language " + languageTag);
            if (isDuplicate(languageTag)) {
                throw new IllegalArgumentException("language " + languageTag + " given twice");
            }
            if (shared) {
                translations = new LinkedHashMap<>(translations);
                shared = false;
            }
            translations.put(languageTag, text);
            return this;
        }

        private boolean isDuplicate(String languageTag) {
            if (folded == null && translations.size() < SCAN_LIMIT) {
                for (String tag : translations.keySet()) {
                    if (tag.equalsIgnoreCase(languageTag)) {
                        return true;
                    }
                }
                return false;
            }
            if (folded == null) {
                folded = new java.util.HashSet<>();
                for (String tag : translations.keySet()) {
                    folded.add(fold(tag));
                }
            }
            return !folded.add(fold(languageTag));
        }

        /**
         * The text; the builder can go on collecting for another one.
         *
         * @return a text with the translations added so far, {@link #empty()} if there are none
         */
        public LocalizedText build() {
            if (translations.isEmpty()) {
                return EMPTY;
            }
            shared = true; // handed over without a copy; copied if this builder is used again
            return new LocalizedText(translations);
        }
    }
}
