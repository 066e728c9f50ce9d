package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A theme, keyword or dimension of the proceedings: a stable code for counting across events
 * ({@code signals-intelligence}) and a label as the source words it.
 */
public record Term(@NotBlank String code, LocalizedText label) {

    public Term {
        Checks.present(label, "label");
    }

    public static Term of(String code, LocalizedText label) {
        return new Term(code, label);
    }
}
