package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * One entry of an open vocabulary ({@link Vocabulary}): a code with a localized label and a
 * one-line description. The built-in entries come with Disputatio in English and French; an event
 * registers its own ({@link Event.Builder#define(Vocabulary, Definition)}) so that a programme's
 * "social dinner" or a "standards body" sector is a code like any other, not a bucket called
 * {@code other}.
 *
 * @param code the code documents use ({@code social-dinner}), unique in its vocabulary
 * @param label the name a reader sees ("Social dinner", "Dîner")
 * @param description what the code stands for, in one line; possibly empty
 */
public record Definition(@NotBlank String code, LocalizedText label, LocalizedText description) {

    /**
     * Checks that the label and the description are not null.
     *
     * @param code the code; a blank one is reported by validation
     * @param label the label, possibly empty
     * @param description the description, possibly empty
     * @throws NullPointerException if the label or the description is null
     */
    public Definition {
        Checks.present(label, "label");
        Checks.present(description, "description");
    }

    /**
     * A definition from its parts.
     *
     * @param code the code
     * @param label the label, possibly empty
     * @param description the description, possibly empty
     * @return the definition
     * @throws NullPointerException if the label or the description is null
     */
    public static Definition of(String code, LocalizedText label, LocalizedText description) {
        return new Definition(code, label, description);
    }

    /**
     * A definition with a label and no description.
     *
     * @param code the code
     * @param label the label, possibly empty
     * @return the definition
     * @throws NullPointerException if the label is null
     */
    public static Definition of(String code, LocalizedText label) {
        return new Definition(code, label, LocalizedText.empty());
    }
}
