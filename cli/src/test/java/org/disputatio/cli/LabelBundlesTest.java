package org.disputatio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command's words come from the Labels bundles: one key per {@link Label}, in English and French, same parameters. */
class LabelBundlesTest {

    @Test
    void theBundlesHaveExactlyTheLabelsInBothLanguages() throws IOException {
        Set<String> labels = new TreeSet<>();
        for (Label label : Label.values()) {
            labels.add(label.name());
        }
        Properties english = load("Labels.properties");
        Properties french = load("Labels_fr.properties");
        load("Labels_en.properties");
        assertEquals(labels, new TreeSet<>(english.stringPropertyNames()), "English");
        assertEquals(labels, new TreeSet<>(french.stringPropertyNames()), "French");
        for (String key : labels) {
            assertEquals(parameters(english.getProperty(key)), parameters(french.getProperty(key)), key);
        }
    }

    @Test
    void parametersAreFilledInEachLanguage() {
        assertEquals("3 languages", Label.LANGUAGE_COUNT.format(UiLanguage.EN, "count", 3));
        assertEquals("3 langues", Label.LANGUAGE_COUNT.format(UiLanguage.FR, "count", 3));
        assertEquals(" :", Label.COLON.in(UiLanguage.FR));
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = Label.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(java.util.Objects.requireNonNull(in, name), StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
