package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's name with given and family names kept apart, spelled as the source prints them
 * (the UNESCO programme prints family names in capitals; they are not re-cased, since "LARUE"
 * could as well be "La Rue").
 */
public record PersonName(Optional<String> given, @NotBlank String family, NameOrder order) {

    public PersonName {
        Checks.present(given, "given");
        Checks.present(order, "order");
    }

    /** Given name, then family name. */
    public static PersonName of(String given, String family) {
        return new PersonName(Optional.ofNullable(given), family, NameOrder.GIVEN_FIRST);
    }

    /** Family name first, as the person writes it ("Qi XIAOXIA": family {@code Qi}). */
    public static PersonName familyFirst(String family, String given) {
        return new PersonName(Optional.ofNullable(given), family, NameOrder.FAMILY_FIRST);
    }

    /** The full name in the person's own order, as printed. */
    public String displayName() {
        if (given.isEmpty() || given.get().isBlank()) {
            return family == null ? "" : family;
        }
        return order == NameOrder.FAMILY_FIRST ? family + " " + given.get() : given.get() + " " + family;
    }

    /**
     * A key for matching the same person across documents: the display name in lower case,
     * without diacritics, with runs of spaces, hyphens and dots folded to one space.
     * "Théodore CHRISTAKIS" and "Theodore Christakis" share a key.
     */
    public String normalized() {
        String decomposed = Normalizer.normalize(displayName(), Normalizer.Form.NFKD);
        String unaccented = decomposed.replaceAll("\\p{M}+", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-‐‑]+", " ").trim();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
