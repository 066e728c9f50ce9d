package org.disputatio.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.disputatio.i18n.internal.Translations;

/**
 * The open vocabularies of the model: codes that documents write, each either built in (with an
 * English and a French label and description) or registered by the event that uses it. They all
 * work alike: {@link Event#definition(Vocabulary, String)} looks a code up among the event's own
 * definitions, then the built-in ones, and validation reports a code found in neither as an error
 * that suggests the code most likely meant.
 */
public enum Vocabulary {
    /** What kind of event it is ({@link EventKind}); the event registers its own in {@link Event#eventKinds()}. */
    EVENT_KIND("event kind", "EventKinds", () -> codes(EventKind.builtIn(), EventKind::code)),
    /** What kind of agenda item it is ({@link AgendaItemKind}); registered in {@link Event#itemKinds()}. */
    ITEM_KIND("agenda item kind", "ItemKinds", () -> codes(AgendaItemKind.builtIn(), AgendaItemKind::code)),
    /** The part a person plays in an item ({@link Role}, {@link Roles}); registered in {@link Event#roles()}. */
    ROLE("role", "Roles", () -> codes(Roles.builtIn(), Role::code)),
    /** The sector of an organisation or position ({@link Sector}); registered in {@link Event#sectors()}. */
    SECTOR("sector", "Sectors", () -> codes(Sector.builtIn(), Sector::code));

    private final String noun;
    private final String bundle;
    private final Supplier<List<String>> builtInCodes;
    private volatile Map<String, Definition> builtIns;

    Vocabulary(String noun, String bundle, Supplier<List<String>> builtInCodes) {
        this.noun = noun;
        this.bundle = bundle;
        this.builtInCodes = builtInCodes;
    }

    private static <T> List<String> codes(List<T> values, java.util.function.Function<T, String> code) {
        return values.stream().map(code).toList();
    }

    /**
     * What one code of this vocabulary is called in messages.
     *
     * @return {@code event kind}, {@code agenda item kind}, {@code role} or {@code sector}
     */
    public String noun() {
        return noun;
    }

    /**
     * The built-in definitions, in the order their constants are declared.
     *
     * @return the definitions Disputatio ships, each labelled and described in English and French
     */
    public List<Definition> builtIns() {
        return List.copyOf(definitions().values());
    }

    /**
     * The built-in definition of this code.
     *
     * @param code a code, matched exactly
     * @return its built-in definition, or empty if the code is not built in
     */
    public Optional<Definition> builtIn(String code) {
        return Optional.ofNullable(definitions().get(code));
    }

    /**
     * Whether this code is built in.
     *
     * @param code a code, matched exactly
     * @return true if Disputatio ships a definition of it
     */
    public boolean isBuiltIn(String code) {
        return definitions().containsKey(code);
    }

    private Map<String, Definition> definitions() {
        Map<String, Definition> known = builtIns;
        if (known == null) {
            Translations english = words(Locale.ENGLISH);
            Translations french = words(Locale.FRENCH);
            Map<String, Definition> byCode = new LinkedHashMap<>();
            for (String code : builtInCodes.get()) {
                byCode.put(code, new Definition(code, both(english, french, code + ".label"),
                        both(english, french, code + ".description")));
            }
            known = java.util.Collections.unmodifiableMap(byCode);
            builtIns = known;
        }
        return known;
    }

    private Translations words(Locale locale) {
        return Translations.of(ResourceBundle.getBundle("org.disputatio.model." + bundle, locale), locale);
    }

    private static LocalizedText both(Translations english, Translations french, String key) {
        return LocalizedText.of("en", english.text(key), "fr", french.text(key));
    }
}
