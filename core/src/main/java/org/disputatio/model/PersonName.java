package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's name exactly as the source prints it, with its given and family parts where they are
 * known. The printed form is what counts: splitting "Anne Marie Leclerc", "María José García
 * Márquez" or "van den Berg" into given and family names is often a guess, and a mononym
 * ("Sukarno") has no such parts. Nothing is re-cased: the UNESCO programme prints family names in
 * capitals ("Céline CASTETS-RENARD"), and "LARUE" could as well be "La Rue".
 *
 * <p>The parts, when present, are marked {@linkplain Certainty#STATED stated} when the source
 * makes the split visible (the UNESCO programme's capitals) and {@linkplain Certainty#INFERRED
 * inferred} when the encoder worked it out ("Qi XIAOXIA": Qi is the family name, written first in
 * Chinese order, although the capitals fall on the given name). A name with neither part has no
 * parts to be certain of: its {@link #parts()} is always {@link Certainty#STATED}, and formats
 * leave it out.
 *
 * <p>Two keys are derived from a name, both folded by the same rule: lower case
 * ({@link Locale#ROOT}), without diacritics (NFKD, combining marks removed), with every run of
 * white space, dots and hyphens replaced by one space, trimmed.
 * <ul>
 *   <li>{@link #normalized()}, the <em>matching key</em> for finding the same person across
 *       documents: the parts joined by a space in the name's {@link #order()} when the name has
 *       parts, the printed form otherwise. A name with parts and the same name printed alone
 *       share a key when the printed form is just the parts in that order.</li>
 *   <li>{@link #sortKey()}, the <em>sort key</em>: the family part, then {@code ", "}, then the
 *       given part when the name has parts (whichever of the two is present when only one is),
 *       the printed form otherwise. Particles are not moved: "van den Berg" sorts under v.</li>
 * </ul>
 *
 * @param printed the name as the source prints it, without the honorific; never re-cased
 * @param given the given name(s), if known; a blank one counts as unknown
 * @param family the family name(s), if known; a blank one counts as unknown
 * @param order which part the person writes first; {@link NameOrder#GIVEN_FIRST} unless stated
 *     otherwise
 * @param parts whether the given and family parts are printed as such or inferred by the encoder;
 *     {@link Certainty#STATED} when the name has neither part
 */
public record PersonName(
        @NotBlank String printed,
        Optional<String> given,
        Optional<String> family,
        NameOrder order,
        Certainty parts) {

    /**
     * Checks that the parts, the order and the certainty are not null. A blank part becomes
     * empty, and a name with neither part gets {@link Certainty#STATED}, since it has no parts to
     * be certain of.
     *
     * @param printed the name as printed; a blank one is reported by validation
     * @param given the given name, or empty
     * @param family the family name, or empty
     * @param order the name order
     * @param parts the certainty of the parts
     * @throws NullPointerException if the given name, the family name, the order or the
     *     certainty is null
     */
    public PersonName {
        Checks.present(given, "given");
        Checks.present(family, "family");
        Checks.present(order, "order");
        Checks.present(parts, "parts");
        given = given.filter(part -> !part.isBlank());
        family = family.filter(part -> !part.isBlank());
        if (given.isEmpty() && family.isEmpty()) {
            parts = Certainty.STATED;
        }
    }

    /**
     * A name from its parts, printed as the parts joined in the given order. Kept for code
     * written before names were kept as printed; prefer {@link #of}, {@link #familyFirst} or
     * {@link #withParts}.
     *
     * @param given the given name, or empty
     * @param family the family name, or null; with no given name, a null or blank family name
     *     leaves the printed form null or blank, which validation reports
     * @param order the name order
     * @throws NullPointerException if the given name or the order is null
     */
    public PersonName(Optional<String> given, String family, NameOrder order) {
        this(join(Checks.present(given, "given").orElse(null), family, Checks.present(order, "order")), given,
                Optional.ofNullable(family), order, Certainty.STATED);
    }

    /**
     * Given name, then family name, with stated parts, printed as the two joined by a space.
     *
     * @param given the given name as printed, or null if none
     * @param family the family name as printed
     * @return a {@link NameOrder#GIVEN_FIRST} name printed "given family"
     */
    public static PersonName of(String given, String family) {
        return new PersonName(Optional.ofNullable(given), family, NameOrder.GIVEN_FIRST);
    }

    /**
     * Family name first, as the person writes it, with stated parts, printed as the two joined by
     * a space ("Qi XIAOXIA": family {@code Qi}).
     *
     * @param family the family name as printed
     * @param given the given name as printed, or null if none
     * @return a {@link NameOrder#FAMILY_FIRST} name printed "family given"
     */
    public static PersonName familyFirst(String family, String given) {
        return new PersonName(Optional.ofNullable(given), family, NameOrder.FAMILY_FIRST);
    }

    /**
     * A name known only as printed: a mononym ("Sukarno"), or a name whose split would be a guess
     * the encoder does not make.
     *
     * @param printed the name as printed; a blank one is reported by validation
     * @return a name without parts, {@link NameOrder#GIVEN_FIRST}
     */
    public static PersonName printedOnly(String printed) {
        return new PersonName(printed, Optional.empty(), Optional.empty(), NameOrder.GIVEN_FIRST, Certainty.STATED);
    }

    /**
     * A name as printed, with its parts and how certain they are.
     *
     * @param printed the name as printed; a blank one is reported by validation
     * @param given the given name, or null if unknown
     * @param family the family name, or null if unknown
     * @param order which part the person writes first
     * @param parts whether the source makes the split visible ({@link Certainty#STATED}) or the
     *     encoder inferred it ({@link Certainty#INFERRED})
     * @return the name
     * @throws NullPointerException if the order or the certainty is null
     */
    public static PersonName withParts(String printed, String given, String family, NameOrder order,
            Certainty parts) {
        return new PersonName(printed, Optional.ofNullable(given), Optional.ofNullable(family), order, parts);
    }

    /**
     * Whether the name has a given or a family part.
     *
     * @return true if either part is present
     */
    public boolean hasParts() {
        return given.isPresent() || family.isPresent();
    }

    /**
     * The name as printed.
     *
     * @return {@link #printed()}, or an empty string if it is null
     */
    public String displayName() {
        return printed == null ? "" : printed;
    }

    /**
     * The key for matching the same person across documents: with parts, the parts joined by a
     * space in {@link #order()}; without, the printed form; folded as described in the
     * {@linkplain PersonName class documentation}. "Théodore CHRISTAKIS" and "Theodore
     * Christakis" share the key {@code theodore christakis}.
     *
     * @return the matching key, never null
     */
    public String normalized() {
        if (!hasParts()) {
            return fold(displayName());
        }
        String first = order == NameOrder.FAMILY_FIRST ? family.orElse(null) : given.orElse(null);
        String second = order == NameOrder.FAMILY_FIRST ? given.orElse(null) : family.orElse(null);
        return fold(join(first, second, NameOrder.GIVEN_FIRST));
    }

    /**
     * The key for sorting names: with parts, the family part, {@code ", "} and the given part
     * (only the part present when one is missing); without, the printed form; folded as described
     * in the {@linkplain PersonName class documentation}. "Théodore CHRISTAKIS" sorts as
     * {@code christakis, theodore}, "Qi XIAOXIA" as {@code qi, xiaoxia}, "Sukarno" as
     * {@code sukarno}.
     *
     * @return the sort key, never null
     */
    public String sortKey() {
        if (!hasParts()) {
            return fold(displayName());
        }
        String familyKey = family.map(PersonName::fold).orElse("");
        String givenKey = given.map(PersonName::fold).orElse("");
        if (familyKey.isEmpty() || givenKey.isEmpty()) {
            return familyKey + givenKey;
        }
        return familyKey + ", " + givenKey;
    }

    /** Lower case, without diacritics, runs of spaces, dots and hyphens folded to one space. */
    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unaccented = decomposed.replaceAll("\\p{M}+", "");
        return unaccented.toLowerCase(Locale.ROOT).replaceAll("[\\s.\\-‐‑]+", " ").trim();
    }

    /** The two parts joined by a space in this order; one alone if the other is null or blank. */
    private static String join(String given, String family, NameOrder order) {
        boolean noGiven = given == null || given.isBlank();
        boolean noFamily = family == null || family.isBlank();
        if (noGiven) {
            return family;
        }
        if (noFamily) {
            return given;
        }
        return order == NameOrder.FAMILY_FIRST ? family + " " + given : given + " " + family;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
