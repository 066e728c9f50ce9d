package org.disputatio.model;

import jakarta.validation.constraints.NotBlank;

/**
 * The part a person plays in an agenda item: a code from a vocabulary with a localized label
 * and a one-line description. {@link Roles} holds the built-in vocabulary; an event adds its own
 * roles with {@link Event.Builder#role(Role)}.
 */
public record Role(@NotBlank String code, LocalizedText label, LocalizedText description) {

    public Role {
        Checks.present(label, "label");
        Checks.present(description, "description");
    }

    public static Role of(String code, LocalizedText label, LocalizedText description) {
        return new Role(code, label, description);
    }
}
