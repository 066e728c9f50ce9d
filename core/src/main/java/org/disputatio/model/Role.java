package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * The part a person plays in an agenda item: a code from a vocabulary with a localized label
 * and a one-line description. {@link Roles} holds the built-in vocabulary; an event adds its own
 * roles with {@link Event.Builder#role(Role)}.
 *
 * @param code the code participations refer to ({@code moderator}), unique in the vocabulary
 * @param label the role's name as a reader sees it ("Moderator", "Modérateur")
 * @param description what someone in this role does, in one line
 */
public record Role(@NotBlank String code, LocalizedText label, LocalizedText description) {

    /**
     * Checks that the label and the description are not null.
     *
     * @param code the code; a blank one is reported by validation
     * @param label the label, possibly empty
     * @param description the description, possibly empty
     * @throws NullPointerException if the label or the description is null
     */
    public Role {
        Checks.present(label, "label");
        Checks.present(description, "description");
    }

    /**
     * A role from its parts.
     *
     * @param code the code participations refer to
     * @param label the role's name
     * @param description what someone in this role does
     * @return the role
     * @throws NullPointerException if the label or the description is null
     */
    public static Role of(String code, LocalizedText label, LocalizedText description) {
        return new Role(code, label, description);
    }
}
