package org.disputatio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText opening = LocalizedText.of("fr", "Ouverture", "en", "Opening");

    @Nested
    class Resolution {
        @Test
        void resolvesTheFirstPreferredLanguagePresent() {
            assertEquals(Optional.of("Opening"), opening.resolve("de", "en", "fr"));
        }

        @Test
        void resolvesARegionalTagToItsLanguage() {
            assertEquals(Optional.of("Ouverture"), opening.resolve("fr-CA"));
            assertEquals(Optional.of("Ouverture"), opening.resolve("fr-Latn-CA"));
        }

        @Test
        void resolvesALanguageToARegionalTranslation() {
            LocalizedText brazilian = LocalizedText.of("pt-BR", "Abertura");
            assertEquals(Optional.of("Abertura"), brazilian.resolve("pt"));
        }

        @Test
        void comparesTagsWithoutRegardToCase() {
            assertEquals(Optional.of("Opening"), opening.resolve("EN"));
            assertEquals(Optional.of("Opening"), opening.get("En"));
        }

        @Test
        void fallsBackToTheFirstTranslationInDocumentOrder() {
            assertEquals(Optional.of("Ouverture"), opening.resolve("de", "it"));
            assertEquals(Optional.of("Ouverture"), opening.resolve());
        }

        @Test
        void findDoesNotFallBack() {
            assertEquals(Optional.empty(), opening.find(List.of("de")));
        }

        @Test
        void resolvesLocales() {
            assertEquals(Optional.of("Ouverture"), opening.resolve(Locale.CANADA_FRENCH));
        }

        @Test
        void saysWhichTranslationItChose() {
            assertEquals(Optional.of(new LocalizedText.Translation("fr", "Ouverture")),
                    opening.resolveTranslation(List.of("fr-CA")));
            assertEquals(Optional.of(new LocalizedText.Translation("fr", "Ouverture")),
                    opening.resolveTranslation(List.of("de")), "the fallback is the first in document order");
            assertEquals(Optional.empty(), opening.findTranslation(List.of("de")));
            assertEquals(Optional.of(new LocalizedText.Translation("EN", "Opening")),
                    LocalizedText.of("EN", "Opening").findTranslation(List.of("en")), "the tag as stored");
        }

        @Test
        void emptyTextResolvesToNothing() {
            assertEquals(Optional.empty(), LocalizedText.empty().resolve("en"));
        }
    }

    @Nested
    class MissingTranslations {
        @Test
        void reportsTheRequiredLanguagesThatAreAbsent() {
            LocalizedText frenchOnly = LocalizedText.of("fr", "Prévention des attaques informatiques");
            assertEquals(Set.of("en"), frenchOnly.missing(List.of("fr", "en")));
        }

        @Test
        void keepsTheRequiredOrder() {
            assertEquals(List.of("de", "it"), List.copyOf(opening.missing(List.of("de", "fr", "it"))));
        }

        @Test
        void emptyTextMissesEveryLanguage() {
            assertEquals(Set.of("fr", "en"), LocalizedText.empty().missing(List.of("fr", "en")));
        }
    }

    @Nested
    class Value {
        @Test
        void equalityIgnoresOrderAndTagCase() {
            assertEquals(opening, LocalizedText.of("EN", "Opening", "fr", "Ouverture"));
            assertEquals(opening.hashCode(), LocalizedText.of("EN", "Opening", "fr", "Ouverture").hashCode());
            assertNotEquals(opening, LocalizedText.of("fr", "Ouverture"));
        }

        @Test
        void keepsDocumentOrder() {
            assertEquals(List.of("fr", "en"), List.copyOf(opening.languages()));
        }

        @Test
        void readsWell() {
            assertEquals("[fr] \"Ouverture\" | [en] \"Opening\"", opening.toString());
            assertEquals("(no text)", LocalizedText.empty().toString());
        }

        @Test
        void withReplacesOrAdds() {
            assertEquals(Optional.of("Welcome"), opening.with("EN", "Welcome").get("en"));
            assertEquals(3, opening.with("de", "Eröffnung").size());
            assertEquals(Optional.of("Opening"), opening.get("en"), "the original is unchanged");
        }

        @Test
        void mapViewIsUnmodifiable() {
            assertThrows(UnsupportedOperationException.class, () -> opening.asMap().put("de", "x"));
        }

        @Test
        void fromMapKeepsItsOrder() {
            Map<String, String> map = new java.util.LinkedHashMap<>();
            map.put("en", "Opening");
            map.put("fr", "Ouverture");
            assertEquals(List.of("en", "fr"), List.copyOf(LocalizedText.from(map).languages()));
        }
    }

    @Nested
    class Rejects {
        @Test
        void aLanguageGivenTwice() {
            var error = assertThrows(IllegalArgumentException.class,
                    () -> LocalizedText.builder().put("fr", "a").put("FR", "b"));
            assertEquals("language FR given twice", error.getMessage());
        }

        @Test
        void nullTagsAndTexts() {
            assertThrows(NullPointerException.class, () -> LocalizedText.of(null, "x"));
            var error = assertThrows(NullPointerException.class, () -> LocalizedText.of("fr", null));
            assertTrue(error.getMessage().contains("fr"));
        }
    }
}
