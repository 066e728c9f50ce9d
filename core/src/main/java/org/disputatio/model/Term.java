package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A theme, keyword or dimension of the proceedings: a stable code for counting across events
 * ({@code signals-intelligence}) and a label as the source words it.
 *
 * @param code the stable code, the same across events
 * @param label the term as the source words it
 */
public record Term(@NotBlank String code, LocalizedText label) {

    /**
     * Checks that the label is not null.
     *
     * @param code the code; a blank one is reported by validation
     * @param label the label, possibly empty
     * @throws NullPointerException if the label is null
     */
    public Term {
        Checks.present(label, "label");
    }

    /**
     * A term from its parts.
     *
     * @param code the stable code ({@code trust-among-allies})
     * @param label the term as the source words it
     * @return the term
     * @throws NullPointerException if the label is null
     */
    public static Term of(String code, LocalizedText label) {
        return new Term(code, label);
    }
}
