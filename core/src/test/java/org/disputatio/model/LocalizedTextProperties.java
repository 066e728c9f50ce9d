package org.disputatio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class LocalizedTextProperties {

    private static final List<String> LANGUAGES = List.of("fr", "en", "de", "zh", "ar", "pt-BR", "en-GB", "es", "ru");

    @Provide
    Arbitrary<Map<String, String>> translations() {
        return Arbitraries.maps(Arbitraries.of(LANGUAGES), Arbitraries.strings().ofMinLength(1).ofMaxLength(20))
                .ofMinSize(1).ofMaxSize(5)
                .map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<String> language() {
        return Arbitraries.of(LANGUAGES);
    }

    @Property
    void aLanguagePresentResolvesToItsOwnText(@ForAll("translations") Map<String, String> translations) {
        LocalizedText text = LocalizedText.from(translations);
        translations.forEach((tag, value) -> assertEquals(Optional.of(value), text.resolve(tag)));
    }

    @Property
    void aNonEmptyTextAlwaysResolvesToOneOfItsTranslations(@ForAll("translations") Map<String, String> translations,
            @ForAll @Size(max = 3) List<@net.jqwik.api.From("language") String> preferred) {
        LocalizedText text = LocalizedText.from(translations);
        Optional<String> resolved = text.resolve(preferred);
        assertTrue(resolved.isPresent());
        assertTrue(translations.containsValue(resolved.get()));
    }

    @Property
    void theFirstPreferredLanguageThatIsPresentWins(@ForAll("translations") Map<String, String> translations,
            @ForAll @Size(min = 1, max = 4) List<@net.jqwik.api.From("language") String> preferred) {
        LocalizedText text = LocalizedText.from(translations);
        Optional<String> firstExact = preferred.stream().filter(translations::containsKey).findFirst()
                .map(translations::get);
        boolean earlierApproximateMatch = false;
        for (String tag : preferred) {
            if (translations.containsKey(tag)) {
                break;
            }
            if (text.find(List.of(tag)).isPresent()) {
                earlierApproximateMatch = true;
                break;
            }
        }
        if (firstExact.isPresent() && !earlierApproximateMatch) {
            assertEquals(firstExact, text.resolve(preferred));
        }
    }

    @Property
    void missingIsExactlyTheRequiredLanguagesWithoutATranslation(
            @ForAll("translations") Map<String, String> translations,
            @ForAll @Size(max = 5) List<@net.jqwik.api.From("language") String> required) {
        LocalizedText text = LocalizedText.from(translations);
        List<String> expected = new ArrayList<>();
        for (String tag : required) {
            if (!translations.containsKey(tag) && !expected.contains(tag)) {
                expected.add(tag);
            }
        }
        assertEquals(expected, List.copyOf(text.missing(required)));
    }

    @Property
    void equalityDoesNotDependOnInsertionOrder(@ForAll("translations") Map<String, String> translations) {
        List<Map.Entry<String, String>> reversed = new ArrayList<>(translations.entrySet());
        java.util.Collections.reverse(reversed);
        LocalizedText.Builder builder = LocalizedText.builder();
        reversed.forEach(e -> builder.put(e.getKey(), e.getValue()));
        LocalizedText forwards = LocalizedText.from(translations);
        LocalizedText backwards = builder.build();
        assertEquals(forwards, backwards);
        assertEquals(forwards.hashCode(), backwards.hashCode());
    }
}
