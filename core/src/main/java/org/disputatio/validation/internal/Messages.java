package org.disputatio.validation.internal;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.disputatio.i18n.internal.Translations;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Disputatio's validation messages in one language, from the {@code ValidationMessages} bundles
 * through {@link Translations}, with {@code {name}} parameters filled in as Hibernate Validator's
 * parameter interpolation fills them (a day of the week named in the language). Immutable and
 * thread-safe.
 */
public final class Messages {

    /** Hibernate Validator's messages of the built-in constraints ({@code jakarta.validation.constraints.*}). */
    private static final String PROVIDER_BUNDLE = "org.hibernate.validator.ValidationMessages";

    private final Locale locale;
    private final Translations words;
    private final ResourceBundle bundle;
    private volatile ResourceBundle providerBundle;

    private static final ConcurrentMap<Locale, Messages> BY_LOCALE = new ConcurrentHashMap<>();

    /** The keys of {@link #format} with {@link EventRule#MESSAGE_PREFIX} before them. */
    private static final ConcurrentMap<String, String> FULL_KEYS = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("ValidationMessages", locale);
        this.words = Translations.of(bundle, locale);
    }

    /**
     * Disputatio's messages in this locale's language where it ships them (English and French),
     * else in English, whatever the JVM's default locale.
     *
     * @param locale the language wanted
     * @return the messages, shared and cached per locale
     */
    public static Messages of(Locale locale) {
        return BY_LOCALE.computeIfAbsent(Translations.supported(locale), Messages::new);
    }

    /**
     * The locale of these messages.
     *
     * @return English or French
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The message for a key below {@link EventRule#MESSAGE_PREFIX}, with these name/value parameters.
     *
     * @param key the key without the prefix ({@code TimesInOrder.endBeforeStart})
     * @param parameters alternating names and values; a {@code {name}} with no value is left as is
     * @return the message
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String format(String key, Object... parameters) {
        String fullKey = FULL_KEYS.get(key);
        if (fullKey == null) { // once per key: a finding costs no new key to build and hash
            fullKey = EventRule.MESSAGE_PREFIX + key;
            FULL_KEYS.putIfAbsent(key, fullKey);
        }
        return words.format(fullKey, parameters);
    }

    /**
     * A word of the bundle as it is, such as a report's {@code org.disputatio.validation.report.error}.
     *
     * @param key the whole key
     * @return the word
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String word(String key) {
        return words.text(key);
    }

    /**
     * A constraint's message template interpolated as Hibernate Validator's parameter interpolator
     * does it for a violation without message parameters: {@code {key}}s resolved in our bundle
     * (repeatedly), then in Hibernate Validator's bundle, then {@code {attribute}}s of the
     * constraint annotation, then the escapes {@code \{ \} \\ \$} undone. Called once per
     * constraint and language, when the constraint is first violated.
     *
     * @param template the annotation's {@code message}
     * @param attributes the annotation's attributes by name
     * @return the message
     */
    public String interpolate(String template, Map<String, Object> attributes) {
        String message = template;
        for (int round = 0; round < 10; round++) {
            String resolved = replaceTokens(message, name -> bundle.containsKey(name) ? bundle.getString(name) : null);
            if (resolved.equals(message)) {
                break;
            }
            message = resolved;
        }
        ResourceBundle provider = providerBundle();
        message = replaceTokens(message, name -> provider != null && provider.containsKey(name)
                ? provider.getString(name) : null);
        message = replaceTokens(message, name -> attributes.containsKey(name) ? words.render(attributes.get(name)) : null);
        if (message.indexOf('\\') >= 0) {
            StringBuilder out = new StringBuilder(message.length());
            for (int i = 0; i < message.length(); i++) {
                char c = message.charAt(i);
                if (c == '\\' && i + 1 < message.length() && "{}\\$".indexOf(message.charAt(i + 1)) >= 0) {
                    c = message.charAt(++i);
                }
                out.append(c);
            }
            message = out.toString();
        }
        return message;
    }

    /** Replaces each unescaped {@code {name}} that {@code values} knows; others stay as they are. */
    private static String replaceTokens(String message, Function<String, String> values) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                int end = message.indexOf('}', i + 1);
                if (end < 0) {
                    break;
                }
                String value = values.apply(message.substring(i + 1, end));
                if (value != null) {
                    if (out == null) {
                        out = new StringBuilder(message.length() + 32);
                    }
                    out.append(message, copied, i).append(value);
                    copied = end + 1;
                }
                i = end;
            }
        }
        return out == null ? message : out.append(message, copied, message.length()).toString();
    }

    private ResourceBundle providerBundle() {
        ResourceBundle provider = providerBundle;
        if (provider == null) {
            try {
                // Through Hibernate Validator's own locator, which finds its bundle on the class
                // path and on the module path alike; loaded only once a built-in constraint fails.
                provider = new PlatformResourceBundleLocator(PROVIDER_BUNDLE).getResourceBundle(locale);
            } catch (RuntimeException | LinkageError absent) {
                provider = null;
            }
            providerBundle = provider;
        }
        return provider;
    }
}
