package org.disputatio.i18n.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of core is complete in every language Disputatio ships: the same keys, the same
 * parameters; and templates fill in their named parameters.
 */
class TranslationsTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.]*)}");

    @ParameterizedTest
    @ValueSource(strings = {"/ValidationMessages", "/org/disputatio/model/Roles"})
    void everyKeyIsTranslatedWithTheSameParameters(String bundle) throws IOException {
        assertComplete(TranslationsTest.class, bundle);
    }

    /**
     * Checks that a bundle's French file has exactly the keys of its English base, each with the
     * same parameters, and that its {@code _en} file exists (so that English never falls back to
     * the JVM's default locale).
     *
     * @param owner a class whose class loader sees the bundle
     * @param bundle the bundle's resource path without {@code .properties}
     * @throws IOException if a file cannot be read
     */
    static void assertComplete(Class<?> owner, String bundle) throws IOException {
        Properties english = load(owner, bundle + ".properties");
        Properties french = load(owner, bundle + "_fr.properties");
        load(owner, bundle + "_en.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()),
                bundle + ": the same keys in English and French");
        for (String key : english.stringPropertyNames()) {
            assertEquals(parameters(english.getProperty(key)), parameters(french.getProperty(key)),
                    bundle + " " + key + ": the same parameters in English and French");
            assertTrue(!english.getProperty(key).isBlank() && !french.getProperty(key).isBlank(), key);
        }
    }

    private static Properties load(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is on the class path");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void fillsNamedParametersAndNamesDaysInItsLanguage() {
        ResourceBundle bundle = new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"k", "{count} languages on {day}, {missing} stays"}};
            }
        };
        assertEquals("2 languages on jeudi, {missing} stays",
                Translations.of(bundle, Locale.FRENCH).format("k", "count", 2, "day", DayOfWeek.THURSDAY));
    }

    @Test
    void aLanguageNotShippedGetsEnglishWhateverTheDefault() {
        assertEquals(Locale.ENGLISH, Translations.supported(Locale.GERMAN));
        assertEquals(Locale.CANADA_FRENCH, Translations.supported(Locale.CANADA_FRENCH));
    }
}
