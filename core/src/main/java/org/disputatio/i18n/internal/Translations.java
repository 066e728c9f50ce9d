package org.disputatio.i18n.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disputatio's one way of putting words in English and French: every text that people read —
 * validation messages, the words of reports, the labels of the built-in roles, the command's
 * labels — lives in a {@code .properties} resource bundle (an English base, an explicit
 * {@code _en} and a {@code _fr}), and templates name their parameters ({@code {count} languages}),
 * filled in by {@link #format}. Immutable and thread-safe.
 *
 * <p>Each module loads its own bundles (a named module reaches only its own resources) for the
 * locale {@link #supported} gives, and wraps them here. Internal: exported to Disputatio's modules
 * only.
 */
public final class Translations {

    /** The languages Disputatio ships its words in. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr");

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Each key's template cut at its parameters, on first use: some messages come by the thousand. */
    private final Map<String, String[]> templates = new ConcurrentHashMap<>();

    private Translations(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The locale to load bundles for: this one if Disputatio ships its language, else English —
     * never the JVM's default locale, which a bundle lookup would otherwise fall back to.
     *
     * @param locale the locale wanted
     * @return the locale itself, or {@link Locale#ENGLISH}
     */
    public static Locale supported(Locale locale) {
        return LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
    }

    /**
     * The words of a bundle its module loaded for a {@linkplain #supported supported} locale.
     *
     * @param bundle the bundle
     * @param locale the locale it was loaded for, for the parameters rendered in words (days)
     * @return the translations
     */
    public static Translations of(ResourceBundle bundle, Locale locale) {
        return new Translations(bundle, locale);
    }

    /**
     * The locale of these words.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The bundle, for lookups a template does not cover.
     *
     * @return the bundle
     */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * Whether the bundle has this key.
     *
     * @param key the key
     * @return true if it does
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of a key, as it is.
     *
     * @param key the key
     * @return the text
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String text(String key) {
        return bundle.getString(key);
    }

    /**
     * The text of a key with its {@code {name}} parameters filled in.
     *
     * @param key the key
     * @param parameters alternating names and values; a {@code {name}} given no value stays as it
     *     is, a null value reads {@code null}, a day of the week is named in this locale
     * @return the text
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String format(String key, Object... parameters) {
        String[] template = templates.computeIfAbsent(key, this::parse);
        StringBuilder out = new StringBuilder(template[0].length() + 48);
        out.append(template[0]);
        for (int t = 1; t < template.length; t += 2) {
            String name = template[t];
            int at = parameter(name, parameters);
            if (at < 0) {
                out.append('{').append(name).append('}');
            } else {
                out.append(render(parameters[at]));
            }
            out.append(template[t + 1]);
        }
        return out.toString();
    }

    /**
     * A value as a parameter reads: a day of the week by its name in this locale, an array as its
     * elements, anything else by {@link String#valueOf(Object)}.
     *
     * @param value the value
     * @return its text
     */
    public String render(Object value) {
        if (value instanceof Object[]) {
            return Arrays.toString((Object[]) value);
        }
        return value instanceof DayOfWeek ? ((DayOfWeek) value).getDisplayName(TextStyle.FULL, locale)
                : String.valueOf(value);
    }

    /** A template cut at its parameters: text, name, text, name, ..., text. */
    private String[] parse(String key) {
        String template = bundle.getString(key);
        List<String> parts = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(template);
        int copied = 0;
        while (matcher.find()) {
            parts.add(template.substring(copied, matcher.start()));
            parts.add(matcher.group(1));
            copied = matcher.end();
        }
        parts.add(template.substring(copied));
        return parts.toArray(String[]::new);
    }

    /** The index of the value of the named parameter, or -1 if there is none. */
    private static int parameter(String name, Object[] parameters) {
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            if (name.equals(parameters[i])) {
                return i + 1;
            }
        }
        return -1;
    }
}
