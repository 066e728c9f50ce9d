package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's name with given and family names kept apart, spelled as the source prints them
 * (the UNESCO programme prints family names in capitals; they are not re-cased, since "LARUE"
 * could as well be "La Rue").
 *
 * @param given the given name(s) as printed, if any
 * @param family the family name as printed
 * @param order which name the person writes first
 */
public record PersonName(Optional<String> given, @NotBlank String family, NameOrder order) {

    /**
     * Checks that the given name and the order are not null.
     *
     * @param given the given name, or empty
     * @param family the family name; a blank one is reported by validation
     * @param order the name order
     * @throws NullPointerException if the given name or the order is null
     */
    public PersonName {
        Checks.present(given, "given");
        Checks.present(order, "order");
    }

    /**
     * Given name, then family name.
     *
     * @param given the given name as printed, or null if none
     * @param family the family name as printed
     * @return a {@link NameOrder#GIVEN_FIRST} name
     */
    public static PersonName of(String given, String family) {
        return new PersonName(Optional.ofNullable(given), family, NameOrder.GIVEN_FIRST);
    }

    /**
     * Family name first, as the person writes it ("Qi XIAOXIA": family {@code Qi}).
     *
     * @param family the family name as printed
     * @param given the given name as printed, or null if none
     * @return a {@link NameOrder#FAMILY_FIRST} name
     */
    public static PersonName familyFirst(String family, String given) {
        return new PersonName(Optional.ofNullable(given), family, NameOrder.FAMILY_FIRST);
    }

    /**
     * The full name in the person's own order, as printed.
     *
     * @return given and family name joined by a space, in {@link #order()}; the family name alone
     *     if there is no given name
     */
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
     *
     * @return the matching key, never null
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
